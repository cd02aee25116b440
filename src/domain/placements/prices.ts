/**
 * The price in force on each day of a placement's life, from its price history and known uplifts
 * (the placement-prices register), and what it costs over a span of days at those prices.
 */
import { addDays, daysInclusive, type IsoDate, maxDate, minDate } from "../calendar/dates.js";
import { type Pence, prorate } from "../money/money.js";
import type { PlacementPrice } from "./events.js";
import type { Placement } from "./placement.js";

/** Each placement's price rows, oldest first. */
export type PriceHistory = ReadonlyMap<string, readonly PlacementPrice[]>;

export function priceHistory(prices: readonly PlacementPrice[]): PriceHistory {
  const byPlacement = new Map<string, PlacementPrice[]>();
  for (const row of prices) {
    const rows = byPlacement.get(row.placementRef) ?? [];
    rows.push(row);
    byPlacement.set(row.placementRef, rows);
  }
  for (const rows of byPlacement.values()) rows.sort((a, b) => (a.from < b.from ? -1 : 1));
  return byPlacement;
}

/** A run of days at one gross weekly price. */
export interface PriceSpan {
  from: IsoDate;
  to: IsoDate;
  weeklyCost: Pence;
}

/**
 * The gross weekly price on each day from `from` to `to` inclusive: the latest row from on or before
 * the day, or else the placement's own weekly cost.
 */
export function priceSpans(
  placement: Pick<Placement, "placementRef" | "weeklyCost">,
  history: PriceHistory,
  from: IsoDate,
  to: IsoDate,
): PriceSpan[] {
  if (from > to) return [];
  const rows = history.get(placement.placementRef) ?? [];
  const spans: PriceSpan[] = [];
  let day = from;
  let price = placement.weeklyCost;
  for (const row of rows) {
    if (row.from <= day) {
      price = row.weeklyCost;
      continue;
    }
    if (row.from > to) break;
    spans.push({ from: day, to: addDays(row.from, -1), weeklyCost: price });
    day = row.from;
    price = row.weeklyCost;
  }
  spans.push({ from: day, to, weeklyCost: price });
  return spans;
}

/** The gross weekly price in force on `day`. */
export function weeklyCostOn(
  placement: Pick<Placement, "placementRef" | "weeklyCost">,
  history: PriceHistory,
  day: IsoDate,
): Pence {
  return priceSpans(placement, history, day, day)[0]?.weeklyCost ?? placement.weeklyCost;
}

/**
 * What the council pays from `from` to `to` inclusive: each day's price in force less the
 * placement's health and education contributions, ÷ 7, rounded once. Nothing when `to` is before `from`.
 */
export function netCostBetween(
  placement: Placement,
  history: PriceHistory,
  from: IsoDate,
  to: IsoDate,
): Pence {
  const contributions = placement.healthContribution + placement.educationContribution;
  const weekDays = priceSpans(placement, history, from, to).reduce(
    (sum, span) => sum + (span.weeklyCost - contributions) * daysInclusive(span.from, span.to),
    0,
  );
  return prorate(weekDays, 1, 7);
}

/** The days a placement is paid for within `from`..`to`: from its start to its end day, inclusive. */
export function paidSpan(
  placement: Pick<Placement, "start" | "end">,
  from: IsoDate,
  to: IsoDate,
): { from: IsoDate; to: IsoDate } | null {
  const first = maxDate(placement.start, from);
  const last = placement.end === null ? to : minDate(placement.end, to);
  return first <= last ? { from: first, to: last } : null;
}
