/**
 * What a child in each cost sub-type costs a week and each sub-type's share of its category: measured
 * from the placements register and the 903 history, with the council's own figures (the
 * demand-costs register) in their place where it enters them. Nothing is invented: a sub-type with
 * no placement and no entered cost has no unit cost, and its share goes uncosted with a warning.
 */
import type { IsoDate } from "../../calendar/dates.js";
import type { Pence } from "../../money/money.js";
import type { CouncilRegisters } from "../../registers.js";
import type { Ssda903History } from "../../ssda903/history.js";
import {
  COST_SUBTYPES,
  type CostSubtype,
  type DemandSettings,
  PLACEMENT_CATEGORIES,
  type PlacementCategory,
} from "../model.js";
import { measuredProportions, withEnteredProportions } from "./proportions.js";
import { type DemandCostOverride, subtypeCategory, subtypesOf } from "./subtypes.js";
import { measuredUnitCosts } from "./units.js";

export interface SubtypeCost {
  subtype: CostSubtype;
  category: PlacementCategory;
  /** Gross weekly cost of one child, or null when nothing measured or entered gives one. */
  weeklyCost: Pence | null;
  costFrom: "measured" | "entered" | "none";
  /** The placements the cost was measured on (0 when entered or none). */
  placements: number;
  /** The share of its category (0.35), or null when the category has none. */
  proportion: number | null;
  /** "only": the category's one sub-type, its whole share whether or not the history has any. */
  proportionFrom: "measured" | "entered" | "only" | "none";
}

export interface DemandCostBasis {
  /** The 12 months the unit costs are measured over. */
  unitCostsFrom: IsoDate;
  unitCostsTo: IsoDate;
  /** The days the shares are measured over. */
  proportionsFrom: IsoDate;
  proportionsTo: IsoDate;
  /** In COST_SUBTYPES order. */
  subtypes: SubtypeCost[];
  warnings: string[];
}

const percent = (share: number) => `${Number((share * 100).toFixed(1))}%`;

/** The unit costs and shares the projection is costed at, measured on `asAt` with the overrides applied. */
export function demandCostBasis(
  registers: Pick<CouncilRegisters, "placements" | "placementPrices" | "demandCosts">,
  history: Ssda903History,
  settings: Pick<DemandSettings, "referenceStart" | "referenceEnd" | "compatibility">,
  asAt: IsoDate,
): DemandCostBasis {
  const units = measuredUnitCosts(registers, asAt);
  const shares = measuredProportions(history, settings);
  const warnings = [...units.warnings];
  if (shares.leftOutDays > 0) {
    warnings.push(
      `${shares.leftOutDays} child-days of fostering or residential episodes with no provider PR1–PR5 are left out of the sub-types' shares`,
    );
  }
  const overrides = new Map<CostSubtype, DemandCostOverride>(
    registers.demandCosts.map((o) => [o.subtype, o]),
  );
  const entered = new Map<CostSubtype, number>();
  for (const o of overrides.values()) if (o.proportion !== null) entered.set(o.subtype, o.proportion / 100);
  const proportions = withEnteredProportions(shares.proportions, entered);
  for (const category of PLACEMENT_CATEGORIES) {
    const mine = subtypesOf(category);
    if (mine.length === 1 && !proportions.has(mine[0] as CostSubtype))
      proportions.set(mine[0] as CostSubtype, 1);
    if (!mine.some((s) => proportions.has(s))) {
      warnings.push(
        `${category} has no shares by sub-type: no child was in it from ${shares.from} to ${shares.to} and none are entered; its projected cost is left out`,
      );
    }
    const changed = mine.filter(
      (s) => entered.has(s) && Math.abs((proportions.get(s) ?? 0) - (entered.get(s) ?? 0)) > 1e-9,
    );
    if (changed.length > 0) {
      warnings.push(
        `The entered shares of ${category} did not leave room for the rest to sum to 100%, so they were scaled: ${mine.map((s) => `${s} ${percent(proportions.get(s) ?? 0)}`).join(", ")}`,
      );
    }
  }

  const subtypes = COST_SUBTYPES.map(({ subtype, category }): SubtypeCost => {
    const measured = units.costs.find((c) => c.subtype === subtype);
    const enteredCost = overrides.get(subtype)?.weeklyCost ?? null;
    const weeklyCost = enteredCost ?? measured?.weeklyCost ?? null;
    const proportion = proportions.get(subtype) ?? null;
    const only = subtypesOf(subtypeCategory(subtype)).length === 1 && !shares.proportions.has(subtype);
    if (weeklyCost === null) {
      const share =
        proportion === null || proportion === 0
          ? ""
          : `; its ${percent(proportion)} share of ${category} is left uncosted`;
      warnings.push(
        `${subtype} has no unit cost: no placement of it ran from ${units.from} to ${units.to} and none is entered in the demand-costs register${share}`,
      );
    }
    return {
      subtype,
      category,
      weeklyCost,
      costFrom: enteredCost !== null ? "entered" : weeklyCost !== null ? "measured" : "none",
      placements: enteredCost !== null ? 0 : (measured?.placements ?? 0),
      proportion,
      proportionFrom: entered.has(subtype)
        ? "entered"
        : proportion === null
          ? "none"
          : only
            ? "only"
            : "measured",
    };
  });
  return {
    unitCostsFrom: units.from,
    unitCostsTo: units.to,
    proportionsFrom: shares.from,
    proportionsTo: shares.to,
    subtypes,
    warnings,
  };
}
