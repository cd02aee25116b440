/**
 * Dates are ISO `YYYY-MM-DD` strings at the edges and day numbers (days since 1970-01-01) inside
 * loops. Everything here is calendar arithmetic in UTC: no time zones, no clock.
 */
export type IsoDate = string;
export type DayNumber = number;

const MS_PER_DAY = 86_400_000;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export class DateError extends Error {}

export function isIsoDate(text: string): boolean {
  const m = ISO.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export function toDay(iso: IsoDate): DayNumber {
  if (!isIsoDate(iso)) throw new DateError(`not a date (YYYY-MM-DD): "${iso}"`);
  return Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY;
}

export function fromDay(day: DayNumber): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  return fromDay(toDay(iso) + days);
}

/** Days from `from` to `to`, both inclusive; 0 when `to` is before `from`. */
export function daysInclusive(from: IsoDate, to: IsoDate): number {
  return Math.max(0, toDay(to) - toDay(from) + 1);
}

/** 0 = Monday … 6 = Sunday. */
export function weekday(day: DayNumber): number {
  return (((day + 3) % 7) + 7) % 7;
}

export function isWeekend(day: DayNumber): boolean {
  return weekday(day) >= 5;
}

/** Monday-to-Friday days from `from` to `to`, both inclusive. */
export function weekdaysInclusive(from: IsoDate, to: IsoDate): number {
  return weekdaysBetween(toDay(from), toDay(to));
}

/** Monday-to-Friday days from day `start` to day `end`, both inclusive; for hot loops. */
export function weekdaysBetween(start: DayNumber, end: DayNumber): number {
  if (end < start) return 0;
  const total = end - start + 1;
  let count = Math.floor(total / 7) * 5;
  for (let d = start + Math.floor(total / 7) * 7; d <= end; d++) if (!isWeekend(d)) count++;
  return count;
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}
