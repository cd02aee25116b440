/**
 * Each saved scenario beside the base: the children projected in care at each 31 March and at the
 * end, and the cost and saving by financial year. The projection and the costing are passed in:
 * `project` is projectFrom/projectDemand bound to the base, `cost` the costing of a projection with
 * given sub-type shares (costs/projected.ts), so the comparison never projects or prices on its own.
 */
import type { IsoDate } from "../../calendar/dates.js";
import { type FinancialYear, periodOf } from "../../calendar/financial.js";
import type { Pence } from "../../money/money.js";
import {
  type DemandProjection,
  PLACEMENT_CATEGORIES,
  type PlacementCategory,
  type RateAdjustment,
} from "../model.js";
import { categoryOfState } from "../projection/states.js";
import { sharesOn } from "./carers.js";
import {
  type DemandScenario,
  type ScenarioBase,
  type ScenarioChanges,
  type SubtypeShares,
  translateScenario,
} from "./scenario.js";
import { projectionSlice, stockAt } from "./window.js";

/** What the comparison needs from the costing: a projection's cost by financial year, split by the given shares. */
export type CostByYear = (
  projection: DemandProjection,
  shares: SubtypeShares,
) => ReadonlyMap<FinancialYear, Pence>;

/** The base's projection with a scenario's rate changes applied. */
export type ProjectWith = (adjustments: readonly RateAdjustment[]) => DemandProjection;

/** Children projected in care on a day: by placement category and in all, with the states' variances added. */
export interface InCare {
  total: number;
  variance: number;
  byCategory: Record<PlacementCategory, number>;
}

export interface PopulationOn {
  date: IsoDate;
  /** The projection's last day (which may also be a 31 March). */
  end: boolean;
  base: InCare;
  scenario: InCare;
}

export interface YearCost {
  year: FinancialYear;
  /** Days of the year the projection covers (a year at either end may be part-covered). */
  days: number;
  base: Pence;
  scenario: Pence;
  /** The base less the scenario: positive when the scenario costs less. */
  saving: Pence;
}

export interface ScenarioComparison {
  scenario: DemandScenario;
  changes: ScenarioChanges;
  populations: PopulationOn[];
  years: YearCost[];
}

/** Children in care at the end of day `index` (-1: the start day). */
export function inCareOn(projection: DemandProjection, index: number): InCare {
  const stock = stockAt(projection, index);
  const variance = index < 0 ? undefined : projection.variance[index];
  const byCategory = Object.fromEntries(PLACEMENT_CATEGORIES.map((c) => [c, 0])) as Record<
    PlacementCategory,
    number
  >;
  const result = { total: 0, variance: 0, byCategory };
  projection.states.forEach((state, i) => {
    const category = categoryOfState(state);
    if (category === null) return;
    byCategory[category] += stock[i] ?? 0;
    result.total += stock[i] ?? 0;
    result.variance += variance?.[i] ?? 0;
  });
  return result;
}

/** The indexes of each 31 March in the projection, and of its last day. */
function reportDays(dates: readonly IsoDate[]): number[] {
  const days = dates.flatMap((date, i) => (date.endsWith("-03-31") ? [i] : []));
  return days.at(-1) === dates.length - 1 ? days : [...days, dates.length - 1];
}

/** Days of each financial year the projection covers. */
function daysByYear(dates: readonly IsoDate[]): Map<FinancialYear, number> {
  const days = new Map<FinancialYear, number>();
  for (const date of dates) {
    const { year } = periodOf(date);
    days.set(year, (days.get(year) ?? 0) + 1);
  }
  return days;
}

/** The projection's cost by year, its shares changing on the days the scenario says. */
export function costWithChanges(
  cost: CostByYear,
  projection: DemandProjection,
  shares: SubtypeShares,
  changes: ScenarioChanges["shares"],
): Map<FinancialYear, Pence> {
  const { dates } = projection;
  const cuts = [...new Set(changes.map((c) => dates.indexOf(c.firstDay)).filter((i) => i > 0))].sort(
    (a, b) => a - b,
  );
  const bounds = [0, ...cuts, dates.length];
  const total = new Map<FinancialYear, Pence>();
  for (let k = 0; k + 1 < bounds.length; k++) {
    const [first, end] = [bounds[k] as number, bounds[k + 1] as number];
    const part = cuts.length === 0 ? projection : projectionSlice(projection, first, end);
    for (const [year, amount] of cost(part, sharesOn(shares, changes, dates[first] as IsoDate))) {
      total.set(year, (total.get(year) ?? 0) + amount);
    }
  }
  return total;
}

/** Each scenario beside the base. */
export function compareScenarios(
  scenarios: readonly DemandScenario[],
  base: ScenarioBase,
  project: ProjectWith,
  cost: CostByYear,
): ScenarioComparison[] {
  const { projection } = base;
  const baseCost = cost(projection, base.shares);
  const coverage = daysByYear(projection.dates);
  return scenarios.map((scenario) => {
    const changes = translateScenario(scenario, base);
    const projected = changes.adjustments.length === 0 ? projection : project(changes.adjustments);
    const scenarioCost = costWithChanges(cost, projected, base.shares, changes.shares);
    const populations = reportDays(projection.dates).map((i) => ({
      date: projection.dates[i] as IsoDate,
      end: i === projection.dates.length - 1,
      base: inCareOn(projection, i),
      scenario: inCareOn(projected, i),
    }));
    const years = [...coverage].map(([year, days]): YearCost => {
      const [b, s] = [baseCost.get(year) ?? 0, scenarioCost.get(year) ?? 0];
      return { year, days, base: b, scenario: s, saving: b - s };
    });
    return { scenario, changes, populations, years };
  });
}
