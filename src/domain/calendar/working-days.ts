/** Working days: Monday to Friday (bank holidays are not known to the calendar, so they count). */
import { fromDay, type IsoDate, isWeekend, toDay } from "./dates.js";

/** The `n`th working day after `date` (n ≥ 0; 0 is the date itself): Friday + 1 is Monday, Saturday + 1 is Monday. */
export function addWorkingDays(date: IsoDate, n: number): IsoDate {
  let day = toDay(date);
  for (let left = n; left > 0; ) {
    day++;
    if (!isWeekend(day)) left--;
  }
  return fromDay(day);
}
