/**
 * The figures a backtest compares: children looked after in all (the total of the care states, Not
 * in care left out) and by placement category, from a stock by state or from a projection's day.
 */
import type { IsoDate } from "../../calendar/dates.js";
import { type DemandProjection, PLACEMENT_CATEGORIES } from "../model.js";
import { categoryOfState } from "../projection/states.js";

export const MEASURES = ["Total", ...PLACEMENT_CATEGORIES] as const;
export type Measure = (typeof MEASURES)[number];

/** One figure per measure. */
export type ByMeasure = Record<Measure, number>;
/** A series per measure, one value per month end. */
export type SeriesByMeasure = Record<Measure, number[]>;

export function zeroByMeasure(): ByMeasure {
  return { Total: 0, Fostering: 0, Residential: 0, Supported: 0, Other: 0 };
}

/** Sums a stock by state into the total in care and each category. */
export function byMeasure(stock: Iterable<readonly [string, number]>): ByMeasure {
  const out = zeroByMeasure();
  for (const [state, count] of stock) {
    const category = categoryOfState(state);
    if (category === null) continue;
    out[category] += count;
    out.Total += count;
  }
  return out;
}

/** Turns figures by month end into a series per measure. */
export function toSeries(points: readonly ByMeasure[]): SeriesByMeasure {
  const out = {} as SeriesByMeasure;
  for (const m of MEASURES) out[m] = points.map((p) => p[m]);
  return out;
}

/**
 * The projected stock at the end of each day asked for. `population[i]` is day i's population by
 * state (day 1 is the day after the start); the start day itself is the stock it began from.
 */
export function projectedAt(projection: DemandProjection, days: readonly IsoDate[]): ByMeasure[] {
  const index = new Map(projection.dates.map((d, i) => [d, i]));
  return days.map((day) => {
    const i = index.get(day);
    const values =
      i !== undefined
        ? projection.population[i]
        : day === projection.settings.start
          ? projection.initial
          : undefined;
    if (values === undefined) throw new Error(`the projection holds no day ${day}`);
    return byMeasure(projection.states.map((s, k) => [s, values[k] ?? 0] as const));
  });
}
