/**
 * Each placement type's share of the starters into a placement category: the cost sub-types'
 * shares of the category (the basis, with the council's own entered), and within a sub-type its
 * child-days of each of Outturn's placement types over the days the shares are measured on.
 */
import { toDay } from "../../calendar/dates.js";
import { type Pence, roundPence } from "../../money/money.js";
import type { PlaceCode, ProviderCode } from "../../placements/placement.js";
import { PLACEMENT_TYPES, type PlacementType, placementType } from "../../placements/types.js";
import type { Ssda903History } from "../../ssda903/history.js";
import {
  type CostSubtype,
  type DemandSettings,
  PLACEMENT_CATEGORIES,
  type PlacementCategory,
} from "../model.js";
import type { DemandCostBasis } from "./basis.js";
import { costSubtypeOf } from "./subtypes.js";

/** Where a sub-type's starters go when the history has no child-days of it to split them by. */
const DEFAULT_TYPE: Readonly<Record<CostSubtype, PlacementType>> = {
  "Fostering (Friend/Relative)": "kinship",
  "Fostering (In-house)": "foster-in-house",
  "Fostering (IFA)": "foster-ifa",
  "Residential (In-house)": "childrens-homes",
  "Residential (External)": "childrens-homes",
  "Supported accommodation": "supported",
  "Secure home": "childrens-homes",
  "Placed with family": "with-parents",
  Other: "other",
};

export interface TypeShare {
  type: PlacementType;
  category: PlacementCategory;
  /** The type's share of its category's starters. */
  share: number;
  /** Its sub-types' gross weekly costs, weighted as the share is; null when none has a cost. */
  weeklyCost: Pence | null;
}

/**
 * Each placement type's share of each category it takes starters from (children's homes and secure,
 * for one, from Residential's K2 and Other's K1), by the basis's sub-type shares and the history's
 * child-days.
 */
export function placementTypeShares(
  history: Ssda903History,
  basis: DemandCostBasis,
  compatibility: DemandSettings["compatibility"],
): TypeShare[] {
  const [from, to] = [toDay(basis.proportionsFrom), toDay(basis.proportionsTo)];
  const days = new Map<CostSubtype, Map<PlacementType, number>>();
  for (const child of history.children) {
    for (const e of child.episodes) {
      const first = Math.max(toDay(e.decom), from);
      const last = Math.min(e.dec === null ? to : toDay(e.dec) - 1, to);
      const subtype = costSubtypeOf(e.place, e.placeProvider, compatibility);
      if (last < first || subtype === null) continue;
      const type = typeOfEpisode(e.place, e.placeProvider);
      const byType = days.get(subtype) ?? new Map<PlacementType, number>();
      byType.set(type, (byType.get(type) ?? 0) + last - first + 1);
      days.set(subtype, byType);
    }
  }
  const shares = new Map<string, TypeShare & { costWeight: number; cost: number }>();
  for (const s of basis.subtypes) {
    if (s.proportion === null || s.proportion === 0) continue;
    const byType = days.get(s.subtype);
    const total = [...(byType?.values() ?? [])].reduce((a, b) => a + b, 0);
    const split: [PlacementType, number][] =
      byType && total > 0 ? [...byType].map(([t, n]) => [t, n / total]) : [[DEFAULT_TYPE[s.subtype], 1]];
    for (const [type, part] of split) {
      const key = `${s.category}|${type}`;
      const entry = shares.get(key) ?? {
        type,
        category: s.category,
        share: 0,
        weeklyCost: null,
        costWeight: 0,
        cost: 0,
      };
      entry.share += s.proportion * part;
      if (s.weeklyCost !== null) {
        entry.costWeight += s.proportion * part;
        entry.cost += s.proportion * part * s.weeklyCost;
      }
      shares.set(key, entry);
    }
  }
  const order = (Object.keys(PLACEMENT_TYPES) as PlacementType[]).flatMap((type) =>
    PLACEMENT_CATEGORIES.map((category) => `${category}|${type}`),
  );
  return order.flatMap((key) => {
    const entry = shares.get(key);
    if (!entry) return [];
    const { costWeight, cost, ...share } = entry;
    return [{ ...share, weeklyCost: costWeight > 0 ? roundPence(cost / costWeight) : null }];
  });
}

/** Outturn's placement type of an episode's PLACE and PLACE_PROVIDER; a code Outturn does not know is "other". */
function typeOfEpisode(place: string, provider: string | null): PlacementType {
  const placeCode = place.trim().toUpperCase() as PlaceCode;
  const providerCode = (provider?.trim().toUpperCase() || null) as ProviderCode | null;
  return placementType({ placeCode, providerCode }) ?? "other";
}
