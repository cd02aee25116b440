/**
 * Each cost sub-type's share of its placement category, from the SSDA903 history: the child-days of
 * the sub-type (the stock at the end of each day, summed) over the child-days of all the category's
 * sub-types.
 *
 * Over which days: "outturn" sums the reference period, as the rates are estimated. The peer sums
 * every day of its data, whatever the reference period (population_stats.py placement_proportions
 * truncates to the reference period but then totals the untruncated stock); "peer" does the same:
 * from the first date in the history (a DECOM or DEC) to the last.
 */
import { fromDay, type IsoDate, toDay } from "../../calendar/dates.js";
import type { Ssda903History } from "../../ssda903/history.js";
import { COST_SUBTYPES, type CostSubtype, type DemandSettings, PLACEMENT_CATEGORIES } from "../model.js";
import { costSubtypeOf, subtypesOf } from "./subtypes.js";

export interface MeasuredProportions {
  /** The days summed, both included. */
  from: IsoDate;
  to: IsoDate;
  /** Child-days of each sub-type over those days (every sub-type, 0 when none). */
  childDays: Map<CostSubtype, number>;
  /** Each sub-type's share of its category's child-days; none for a category with no child-days. */
  proportions: Map<CostSubtype, number>;
  /** Child-days of fostering or residential episodes with no provider PR1–PR5 ("outturn": left out). */
  leftOutDays: number;
}

type Settings = Pick<DemandSettings, "referenceStart" | "referenceEnd" | "compatibility">;

/** The first and last dates in the history, as day numbers. */
function historySpan(history: Ssda903History): [number, number] {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const child of history.children) {
    for (const e of child.episodes) {
      for (const date of e.dec === null ? [e.decom] : [e.decom, e.dec]) {
        const day = toDay(date);
        if (day < first) first = day;
        if (day > last) last = day;
      }
    }
  }
  return [first, last];
}

/** The sub-types' shares of their categories' stock, measured as the settings say. */
export function measuredProportions(history: Ssda903History, settings: Settings): MeasuredProportions {
  const [from, to] =
    settings.compatibility === "peer"
      ? historySpan(history)
      : [toDay(settings.referenceStart), toDay(settings.referenceEnd)];
  const childDays = new Map<CostSubtype, number>(COST_SUBTYPES.map((s) => [s.subtype, 0]));
  let leftOutDays = 0;
  for (const child of history.children) {
    for (const e of child.episodes) {
      // In the stock at the end of each day from DECOM to the day before DEC (an open episode: to the end).
      const first = Math.max(toDay(e.decom), from);
      const last = Math.min(e.dec === null ? to : toDay(e.dec) - 1, to);
      if (last < first) continue;
      const subtype = costSubtypeOf(e.place, e.placeProvider, settings.compatibility);
      if (subtype === null) leftOutDays += last - first + 1;
      else childDays.set(subtype, (childDays.get(subtype) ?? 0) + last - first + 1);
    }
  }
  const proportions = new Map<CostSubtype, number>();
  for (const category of PLACEMENT_CATEGORIES) {
    const subtypes = subtypesOf(category);
    const total = subtypes.reduce((sum, s) => sum + (childDays.get(s) ?? 0), 0);
    if (total === 0) continue;
    for (const s of subtypes) proportions.set(s, (childDays.get(s) ?? 0) / total);
  }
  return {
    from: Number.isFinite(from) ? fromDay(from) : settings.referenceStart,
    to: Number.isFinite(to) ? fromDay(to) : settings.referenceEnd,
    childDays,
    proportions,
    leftOutDays,
  };
}

/**
 * The shares with the council's own entered: entered shares take priority, as the peer's
 * normalize_proportions does. Where entered and measured already sum to 1 they stand; where the
 * entered alone reach 1 (or nothing measured is left) the entered are scaled to sum to 1 and the
 * others are 0; otherwise the measured ones not entered are scaled to fill 1 − the entered.
 * A category with neither has no shares. `entered` are fractions (0.35), not percentages.
 */
export function withEnteredProportions(
  measured: ReadonlyMap<CostSubtype, number>,
  entered: ReadonlyMap<CostSubtype, number>,
): Map<CostSubtype, number> {
  const out = new Map<CostSubtype, number>();
  for (const category of PLACEMENT_CATEGORIES) {
    const subtypes = subtypesOf(category);
    const mine = subtypes.filter((s) => entered.has(s));
    const enteredTotal = mine.reduce((sum, s) => sum + (entered.get(s) ?? 0), 0);
    const rest = subtypes.filter((s) => !entered.has(s) && measured.has(s));
    const restTotal = rest.reduce((sum, s) => sum + (measured.get(s) ?? 0), 0);
    if (mine.length === 0 && rest.length === 0) continue;
    if (Math.abs(enteredTotal + restTotal - 1) < 1e-12) {
      for (const s of subtypes) out.set(s, entered.get(s) ?? measured.get(s) ?? 0);
    } else if (enteredTotal >= 1 || restTotal === 0) {
      if (enteredTotal === 0) continue;
      for (const s of subtypes) out.set(s, (entered.get(s) ?? 0) / enteredTotal);
    } else {
      const scale = (1 - enteredTotal) / restTotal;
      for (const s of subtypes) out.set(s, entered.get(s) ?? (measured.get(s) ?? 0) * scale);
    }
  }
  return out;
}
