/**
 * The financial year runs from 1 April to 31 March, in twelve monthly periods: P1 is April, P12 is
 * March. A year is written "2024-25"; a period "2024-25:P7".
 */
import { addDays, DateError, daysInclusive, type IsoDate } from "./dates.js";

export type FinancialYear = string;
export type PeriodNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12;
export interface PeriodRef {
  year: FinancialYear;
  period: PeriodNumber;
}

const YEAR = /^(\d{4})-(\d{2})$/;
const PERIOD = /^(\d{4}-\d{2}):P(\d{1,2})$/;

export function isFinancialYear(text: string): boolean {
  const m = YEAR.exec(text);
  return !!m && (Number(m[1]) + 1) % 100 === Number(m[2]);
}

export function parseFinancialYear(text: string): FinancialYear {
  if (!isFinancialYear(text)) throw new DateError(`not a financial year (e.g. 2024-25): "${text}"`);
  return text;
}

export function startingYear(year: FinancialYear): number {
  return Number(parseFinancialYear(year).slice(0, 4));
}

export function financialYearStarting(calendarYear: number): FinancialYear {
  return `${calendarYear}-${String((calendarYear + 1) % 100).padStart(2, "0")}`;
}

export function yearStart(year: FinancialYear): IsoDate {
  return `${startingYear(year)}-04-01`;
}

export function yearEnd(year: FinancialYear): IsoDate {
  return `${startingYear(year) + 1}-03-31`;
}

export function daysInYear(year: FinancialYear): number {
  return daysInclusive(yearStart(year), yearEnd(year));
}

export function previousYear(year: FinancialYear): FinancialYear {
  return financialYearStarting(startingYear(year) - 1);
}

export function isPeriodNumber(n: number): n is PeriodNumber {
  return Number.isInteger(n) && n >= 1 && n <= 12;
}

export function parsePeriodRef(text: string): PeriodRef {
  const m = PERIOD.exec(text.trim());
  const period = Number(m?.[2]);
  if (!m || !isFinancialYear(m[1] ?? "") || !isPeriodNumber(period)) {
    throw new DateError(`not a period (e.g. 2024-25:P7): "${text}"`);
  }
  return { year: m[1] as FinancialYear, period };
}

export function formatPeriodRef(ref: PeriodRef): string {
  return `${ref.year}:P${ref.period}`;
}

/** Calendar year and month (1-12) of a period: P1 of 2024-25 is April 2024. */
function calendarMonth(ref: PeriodRef): { year: number; month: number } {
  const month = ((ref.period + 2) % 12) + 1;
  return { year: startingYear(ref.year) + (ref.period >= 10 ? 1 : 0), month };
}

export function periodStart(ref: PeriodRef): IsoDate {
  const { year, month } = calendarMonth(ref);
  return `${year}-${String(month).padStart(2, "0")}-01`;
}

export function periodEnd(ref: PeriodRef): IsoDate {
  if (ref.period === 12) return yearEnd(ref.year);
  return addDays(periodStart({ year: ref.year, period: (ref.period + 1) as PeriodNumber }), -1);
}

/** The period a date falls in. */
export function periodOf(date: IsoDate): PeriodRef {
  const [y, m] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
  const start = m >= 4 ? y : y - 1;
  return { year: financialYearStarting(start), period: (((m + 8) % 12) + 1) as PeriodNumber };
}

export function periodsOf(year: FinancialYear): PeriodRef[] {
  return Array.from({ length: 12 }, (_, i) => ({ year, period: (i + 1) as PeriodNumber }));
}

export function comparePeriods(a: PeriodRef, b: PeriodRef): number {
  return startingYear(a.year) - startingYear(b.year) || a.period - b.period;
}

/** Days after the period's end up to and including 31 March. */
export function daysRemaining(ref: PeriodRef): number {
  return daysInclusive(addDays(periodEnd(ref), 1), yearEnd(ref.year));
}

/** Weeks after the period's end up to 31 March, as a fraction (days ÷ 7). */
export function weeksRemaining(ref: PeriodRef): number {
  return daysRemaining(ref) / 7;
}
