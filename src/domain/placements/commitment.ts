import { addDays, daysInclusive, type IsoDate, minDate } from "../calendar/dates.js";
import { type Pence, prorate } from "../money/money.js";
import { netWeeklyCost, type Placement } from "./placement.js";

/** A placement is running at the end of `day` when it started by then and had not ended by then. */
export function isRunningAt(placement: Pick<Placement, "start" | "end">, day: IsoDate): boolean {
  return placement.start <= day && (placement.end === null || placement.end > day);
}

/**
 * The commitment a placement still carries after `asAt`: its net weekly cost for each day from the
 * day after `asAt` to the earlier of its planned end and `until` (31 March), inclusive, ÷ 7, rounded
 * once. A placement not running at `asAt` carries none.
 */
export function placementCommitment(placement: Placement, asAt: IsoDate, until: IsoDate): Pence {
  if (!isRunningAt(placement, asAt)) return 0;
  const last = placement.plannedEnd === null ? until : minDate(placement.plannedEnd, until);
  return prorate(netWeeklyCost(placement), daysInclusive(addDays(asAt, 1), last), 7);
}
