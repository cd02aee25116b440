/**
 * What the scenarios read from a base projection: the days a change applies on, clipped to the
 * projection, and the stock by state on a day.
 */
import { type IsoDate, maxDate, minDate, toDay } from "../../calendar/dates.js";
import type { DemandProjection } from "../model.js";

/** Projection days from `firstDay` to `lastDay`, both included; `first` and `last` index `dates`. */
export interface ProjectionWindow {
  firstDay: IsoDate;
  lastDay: IsoDate;
  first: number;
  last: number;
}

/** The projection days from `from` (absent: the first) to `to` (absent: the last); null when none. */
export function projectionWindow(
  projection: Pick<DemandProjection, "dates">,
  from: IsoDate | null,
  to: IsoDate | null,
): ProjectionWindow | null {
  const { dates } = projection;
  const start = dates[0];
  const end = dates[dates.length - 1];
  if (start === undefined || end === undefined) return null;
  const firstDay = from === null ? start : maxDate(from, start);
  const lastDay = to === null ? end : minDate(to, end);
  if (firstDay > lastDay) return null;
  const first = toDay(firstDay) - toDay(start);
  return { firstDay, lastDay, first, last: first + toDay(lastDay) - toDay(firstDay) };
}

/**
 * The stock by state (the projection's order) at the end of day `index` of the projection; index
 * -1 is the start day. A rate applied on day i acts on the stock at the end of day i − 1.
 */
export function stockAt(projection: DemandProjection, index: number): ArrayLike<number> {
  if (index < 0) return projection.initial;
  const day = projection.population[index];
  if (day === undefined) throw new RangeError(`the projection has no day ${index + 1}`);
  return day;
}

/** A scenario's number, refusing one the register would not hold. */
export function positive(
  value: number | null,
  what: string,
  scenario: { scenario: string; kind: string },
): number {
  if (value === null || !(value > 0)) {
    throw new RangeError(`scenario "${scenario.scenario}" (${scenario.kind}) needs ${what} above 0`);
  }
  return value;
}

/**
 * The projection's days `first` to `end` (excluded) as a projection of their own: the same
 * settings, states and rates, starting from the stock at the end of the day before.
 */
export function projectionSlice(projection: DemandProjection, first: number, end: number): DemandProjection {
  return {
    ...projection,
    initial: Array.from(stockAt(projection, first - 1)),
    dates: projection.dates.slice(first, end),
    population: projection.population.slice(first, end),
    variance: projection.variance.slice(first, end),
  };
}
