/**
 * The backtest's calendar: month ends, and moving a date back by whole years so that a month end
 * stays a month end (29 February 2024 becomes 28 February 2023, 28 February 2023 becomes 29 February
 * 2020).
 */
import { addYears, daysInMonth, type IsoDate, isMonthEnd, isoDate } from "../../calendar/dates.js";

const monthEnd = (year: number, month: number): IsoDate => isoDate(year, month, daysInMonth(year, month));

/** The same day `years` years earlier; a month end stays a month end. */
export function yearsBefore(date: IsoDate, years: number): IsoDate {
  const moved = addYears(date, -years);
  return isMonthEnd(date) ? monthEnd(Number(moved.slice(0, 4)), Number(moved.slice(5, 7))) : moved;
}

/** The month ends after `from` up to `to` inclusive, in order. */
export function monthEndsAfter(from: IsoDate, to: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  let [year, month] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  for (;;) {
    const end = monthEnd(year, month);
    if (end > to) return out;
    if (end > from) out.push(end);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
}
