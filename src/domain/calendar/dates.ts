/**
 * Dates are ISO `YYYY-MM-DD` strings at the edges and day numbers (days since 1970-01-01) inside
 * loops. Everything here is calendar arithmetic in UTC: no time zones, no clock.
 */
export type IsoDate = string;
export type DayNumber = number;

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
  return isoDay(iso);
}

/** The day number of a proleptic Gregorian year, month (1–12) and day, in integers: for hot loops. */
export function civilDay(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

const digits = (s: string, from: number, n: number): number => {
  let v = 0;
  for (let i = from; i < from + n; i++) v = v * 10 + s.charCodeAt(i) - 48;
  return v;
};

/** The day number of an ISO date already known to be valid, unchecked: for hot loops over cleaned data. */
export const isoDay = (iso: IsoDate): DayNumber =>
  civilDay(digits(iso, 0, 4), digits(iso, 5, 2), digits(iso, 8, 2));

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

/** The ISO date of a year, month (1–12) and day. */
export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(day)}`;
}

/** The ISO date of a day number (years 0–9999), in integers without building a Date. */
export function fromDay(day: DayNumber): IsoDate {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return isoDate(yoe + era * 400 + (m <= 2 ? 1 : 0), m, d);
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  return fromDay(toDay(iso) + days);
}

export const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The months' names, January first. */
export const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/** Days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (MONTH_DAYS[month - 1] as number);
}

export function isMonthEnd(date: IsoDate): boolean {
  return digits(date, 8, 2) === daysInMonth(digits(date, 0, 4), digits(date, 5, 2));
}

/** The same day `years` years on (or back, when negative); 29 February becomes 28 February in a year that has none. */
export function addYears(date: IsoDate, years: number): IsoDate {
  const year = digits(date, 0, 4) + years;
  const [month, day] = [digits(date, 5, 2), digits(date, 8, 2)];
  return isoDate(year, month, month === 2 && day === 29 && !isLeapYear(year) ? 28 : day);
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
