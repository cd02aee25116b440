/**
 * The scenarios wired to the model and the costing: the base from a council's history (estimateRates,
 * stockOn, projectFrom), a projection with a scenario's adjustments that honours their firstDay and
 * lastDay, and the costing of a projection with given sub-type shares (projectedCost).
 *
 * projectFrom takes one set of rates for the whole horizon, so an adjustment with a window is
 * honoured by projecting each stretch of days between window edges with the rates in force over it,
 * each stretch starting from the stock the one before ended with. The daily variance update only
 * adds to the variance (var ← var + (M∘(1−M))·pop + entrants), so each stretch's variance carries
 * the variance the one before ended with. Without windows it is one call to projectFrom.
 */
import { addDays, type IsoDate, toDay } from "../../calendar/dates.js";
import type { Ssda903History } from "../../ssda903/history.js";
import type { DemandCostBasis } from "../costs/basis.js";
import { type CostInflation, projectedCost } from "../costs/projected.js";
import type { CostSubtype, DemandProjection, DemandRates, DemandSettings, RateAdjustment } from "../model.js";
import { adjustRates } from "../projection/adjust.js";
import { estimateRates } from "../projection/estimate.js";
import { projectFrom } from "../projection/project.js";
import { stockOn } from "../projection/stock.js";
import type { CostByYear, ProjectWith } from "./compare.js";
import type { ScenarioBase, SubtypeShares } from "./scenario.js";

/** The projection days (1 = the day after the start) an adjustment applies on, clipped to the horizon. */
function daysOf(a: RateAdjustment, settings: DemandSettings): [number, number] {
  const start = toDay(settings.start);
  const first = a.firstDay === undefined ? 1 : Math.max(1, toDay(a.firstDay) - start);
  const last = a.lastDay === undefined ? settings.days : Math.min(settings.days, toDay(a.lastDay) - start);
  return [first, last];
}

/**
 * Projects the rates with the adjustments, each applying only from its firstDay to its lastDay.
 * The result's `rates` are the rates with every adjustment applied, as they stand inside the windows.
 */
export function projectWithAdjustments(
  rates: DemandRates,
  initial: readonly number[],
  settings: DemandSettings,
  adjustments: readonly RateAdjustment[],
): DemandProjection {
  const windows = adjustments.map((a) => daysOf(a, settings));
  const cuts = new Set([1]);
  for (const [first, last] of windows) if (first <= last) cuts.add(first).add(last + 1);
  const starts = [...cuts].filter((d) => d <= settings.days).sort((a, b) => a - b);
  const dates: IsoDate[] = [];
  const population: Float64Array[] = [];
  const variance: Float64Array[] = [];
  let stock: readonly number[] = initial;
  let carried: Float64Array = new Float64Array(initial.length);
  starts.forEach((first, k) => {
    const last = (starts[k + 1] ?? settings.days + 1) - 1;
    const active = adjustments.filter((_, i) => {
      const [a, b] = windows[i] as [number, number];
      return a <= first && first <= b;
    });
    const part = projectFrom(adjustRates(rates, active), stock, {
      ...settings,
      start: addDays(settings.start, first - 1),
      days: last - first + 1,
    });
    const before = carried;
    dates.push(...part.dates);
    population.push(...part.population);
    variance.push(...part.variance.map((v) => v.map((x, i) => x + (before[i] ?? 0))));
    stock = Array.from(population.at(-1) ?? stock);
    carried = variance.at(-1) ?? carried;
  });
  const all = adjustRates(rates, adjustments);
  return { settings, states: rates.states, initial: [...initial], dates, population, variance, rates: all };
}

/** Each sub-type's share of its category in the costing's basis (a sub-type with no share left out). */
export function basisShares(basis: DemandCostBasis): SubtypeShares {
  return new Map(
    basis.subtypes.flatMap((s): [CostSubtype, number][] =>
      s.proportion === null ? [] : [[s.subtype, s.proportion]],
    ),
  );
}

/** The costing (costs/projected.ts projectedCost) as the comparison needs it: each financial year's total with the shares given. */
export function costByYear(basis: DemandCostBasis, inflation: CostInflation = null): CostByYear {
  return (projection, shares) => {
    const subtypes = basis.subtypes.map((s) => ({ ...s, proportion: shares.get(s.subtype) ?? s.proportion }));
    const cost = projectedCost(projection, { ...basis, subtypes }, inflation);
    return new Map(cost.years.map((y) => [y.year, y.total]));
  };
}

/** The base from a council's history, and the projection of a scenario's adjustments from it. */
export function scenarioModel(
  history: Ssda903History,
  settings: DemandSettings,
  basis: DemandCostBasis,
): { base: ScenarioBase; project: ProjectWith; initial: number[] } {
  const rates = estimateRates(history, settings);
  const stock = stockOn(history, settings.start as IsoDate, settings);
  const initial = rates.states.map((state) => stock.get(state) ?? 0);
  const projection = projectFrom(rates, initial, settings);
  const project: ProjectWith = (adjustments) => projectWithAdjustments(rates, initial, settings, adjustments);
  return { base: { rates, projection, shares: basisShares(basis) }, project, initial };
}
