/**
 * The projection as the pages and the pack read it: the children in care by placement category and
 * in all, from the start day to the end, each with its variance (the states' variances added, as the
 * scenario comparison adds them) and its band of ±2σ, never below 0.
 */
import type { IsoDate } from "../../domain/calendar/dates.js";
import { type DemandProjection, PLACEMENT_CATEGORIES } from "../../domain/demand/model.js";
import { categoryOfState } from "../../domain/demand/projection/states.js";

export const SERIES = [...PLACEMENT_CATEGORIES, "Total"] as const;
export type SeriesName = (typeof SERIES)[number];

export interface DemandSeries {
  /** The start day, then each day projected. */
  dates: IsoDate[];
  population: Record<SeriesName, Float64Array>;
  variance: Record<SeriesName, Float64Array>;
}

/** The range the projection gives a figure: ±2σ, the lower end never below 0. */
export function bandOf(population: number, variance: number): { low: number; high: number } {
  const spread = 2 * Math.sqrt(Math.max(0, variance));
  return { low: Math.max(0, population - spread), high: population + spread };
}

const empty = (n: number) =>
  Object.fromEntries(SERIES.map((s) => [s, new Float64Array(n)])) as Record<SeriesName, Float64Array>;

export function demandSeries(projection: DemandProjection): DemandSeries {
  const { states, initial, population, variance } = projection;
  const n = projection.dates.length + 1;
  const dates = [projection.settings.start, ...projection.dates];
  const pop = empty(n);
  const vars = empty(n);
  const category = states.map((s) => categoryOfState(s));
  for (let d = 0; d < n; d++) {
    const row = d === 0 ? initial : (population[d - 1] as Float64Array);
    const spread = d === 0 ? null : (variance[d - 1] as Float64Array);
    category.forEach((c, i) => {
      if (c === null) return;
      for (const s of [c, "Total"] as const) {
        pop[s][d] = (pop[s][d] ?? 0) + (row[i] ?? 0);
        vars[s][d] = (vars[s][d] ?? 0) + (spread?.[i] ?? 0);
      }
    });
  }
  return { dates, population: pop, variance: vars };
}

/** Where the tables look: the start, each 31 March, and the last day. */
export function reportIndexes(dates: readonly IsoDate[]): number[] {
  const last = dates.length - 1;
  const marches = dates.flatMap((date, i) => (i > 0 && i < last && date.endsWith("-03-31") ? [i] : []));
  return [0, ...marches, last];
}

/** What a column of a table at those days is called: "Start 31 Oct 2024", "31 Mar 2025", "End 31 Oct 2026". */
export function reportLabel(dates: readonly IsoDate[], index: number, inWords: (d: IsoDate) => string) {
  const date = dates[index] as IsoDate;
  if (index === 0) return `Start ${inWords(date)}`;
  return index === dates.length - 1 ? `End ${inWords(date)}` : inWords(date);
}

/** The chart's days: every 7th from the start, and the last. */
export function weeklyIndexes(count: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < count; i += 7) out.push(i);
  if (out.at(-1) !== count - 1) out.push(count - 1);
  return out;
}
