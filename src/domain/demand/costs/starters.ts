/**
 * The projection's new placements, for the outturn's expected starters: each day, the children
 * entering each placement category (the entry rates) and moving into it from another category (the
 * rates × the stock at the end of the day before), split across Outturn's placement types by the
 * cost sub-types' shares of the category and, within a sub-type, by its child-days of each type
 * over the days the shares are measured on. A move between two placements of one category is no
 * move to the model; the caller may add those at their measured rate (replacements.ts).
 */
import { addDays, type IsoDate } from "../../calendar/dates.js";
import { type Pence, roundPence } from "../../money/money.js";
import type { ProjectedStarters } from "../../placements/projected-starters.js";
import type { PlacementType } from "../../placements/types.js";
import { type DemandProjection, PLACEMENT_CATEGORIES } from "../model.js";
import { categoryOfState } from "../projection/states.js";
import { stockAt } from "../scenarios/window.js";
import type { TypeShare } from "./type-shares.js";

/**
 * Each day of the projection (its dates' order): the children expected to start a placement in each
 * category; `within`, a rate a child-day for each category, adds the moves inside it (replacements.ts).
 */
export function categoryStarters(
  projection: DemandProjection,
  within: readonly number[] = [],
): Float64Array[] {
  const index = new Map(projection.states.map((s, i) => [s, i]));
  const category = (state: string) => {
    const c = categoryOfState(state);
    return c === null ? -1 : PLACEMENT_CATEGORIES.indexOf(c);
  };
  const entries = new Float64Array(PLACEMENT_CATEGORIES.length);
  for (const e of projection.rates.entries) {
    const c = category(e.to);
    if (c >= 0) entries[c] = (entries[c] ?? 0) + e.perDay;
  }
  const moves = projection.rates.transitions
    .map((t) => ({
      from: index.get(t.from) ?? -1,
      fromCat: category(t.from),
      to: category(t.to),
      rate: t.rate,
    }))
    .filter((m) => m.from >= 0 && m.fromCat >= 0 && m.to >= 0 && m.to !== m.fromCat && m.rate > 0);
  const stays = projection.states
    .map((s, i) => ({ i, c: category(s) }))
    .filter(({ c }) => c >= 0 && (within[c] ?? 0) > 0);
  return projection.dates.map((_, d) => {
    const stock = stockAt(projection, d - 1);
    const day = Float64Array.from(entries);
    for (const m of moves) day[m.to] = (day[m.to] ?? 0) + m.rate * (stock[m.from] ?? 0);
    for (const { i, c } of stays) day[c] = (day[c] ?? 0) + (within[c] as number) * (stock[i] ?? 0);
    return day;
  });
}

/**
 * The starters in each calendar month from the one starting `firstMonth` to the one holding `until`
 * that the projection covers whole, by placement type: the outturn's expected starters.
 */
export function projectedStarters(
  projection: DemandProjection,
  shares: readonly TypeShare[],
  { firstMonth, until, within }: { firstMonth: IsoDate; until: IsoDate; within?: readonly number[] },
  basis: string,
): ProjectedStarters {
  const daily = categoryStarters(projection, within);
  const byDate = new Map(projection.dates.map((date, d) => [date, daily[d] as Float64Array]));
  const months: ProjectedStarters["months"] = [];
  const overall = new Float64Array(PLACEMENT_CATEGORIES.length);
  for (let start = firstMonth; start <= until; ) {
    const next = `${addDays(`${start.slice(0, 7)}-28`, 4).slice(0, 7)}-01`;
    const totals = new Float64Array(PLACEMENT_CATEGORIES.length);
    let whole = true;
    for (let day = start; day < next && whole; day = addDays(day, 1)) {
      const row = byDate.get(day);
      if (row) addInto(totals, row);
      else whole = false;
    }
    if (!whole) break;
    const byType: Partial<Record<PlacementType, number>> = {};
    for (const s of shares) {
      const c = PLACEMENT_CATEGORIES.indexOf(s.category);
      byType[s.type] = (byType[s.type] ?? 0) + (totals[c] ?? 0) * s.share;
    }
    addInto(overall, totals);
    months.push({ start, byType });
    start = next;
  }
  return { basis, months, weeklyCost: typeCosts(shares, overall) };
}

function addInto(sums: Float64Array, values: Float64Array): void {
  values.forEach((n, c) => {
    sums[c] = (sums[c] ?? 0) + n;
  });
}

/** A type's weekly cost: the costs of the categories it takes starters from, weighted by the starters each brings. */
function typeCosts(
  shares: readonly TypeShare[],
  overall: Float64Array,
): Partial<Record<PlacementType, Pence>> {
  const sums = new Map<PlacementType, { weight: number; cost: number }>();
  for (const s of shares) {
    if (s.weeklyCost === null) continue;
    const sum = sums.get(s.type) ?? { weight: 0, cost: 0 };
    // A share of no starters still gives its cost (a tiny weight), so a type is never left unpriced.
    const weight = s.share * Math.max(overall[PLACEMENT_CATEGORIES.indexOf(s.category)] ?? 0, 1e-9);
    sum.weight += weight;
    sum.cost += weight * s.weeklyCost;
    sums.set(s.type, sum);
  }
  const out: Partial<Record<PlacementType, Pence>> = {};
  for (const [type, { weight, cost }] of sums) if (weight > 0) out[type] = roundPence(cost / weight);
  return out;
}
