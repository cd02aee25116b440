/** How the demand model's sentences (scenarios, backtest) write dates, rates and numbers of children. */
import { type IsoDate, isMonthEnd } from "../calendar/dates.js";

const MONTHS = [
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

const monthOf = (date: IsoDate): string => MONTHS[Number(date.slice(5, 7)) - 1] as string;

/** "2024-04-01" → "1 Apr 2024". */
export function dayInWords(date: IsoDate): string {
  return `${Number(date.slice(8, 10))} ${monthOf(date).slice(0, 3)} ${date.slice(0, 4)}`;
}

/** "from 1 Apr 2024 to 31 Mar 2025". */
export const windowInWords = (firstDay: IsoDate, lastDay: IsoDate): string =>
  `from ${dayInWords(firstDay)} to ${dayInWords(lastDay)}`;

/** "31 March 2022". */
export function longDate(date: IsoDate): string {
  return `${Number(date.slice(8, 10))} ${monthOf(date)} ${Number(date.slice(0, 4))}`;
}

/** "March 2022" for a month end, as people name a snapshot taken then; otherwise the day in full. */
export function pointInWords(date: IsoDate): string {
  return isMonthEnd(date) ? `${monthOf(date)} ${Number(date.slice(0, 4))}` : longDate(date);
}

const significant = new Intl.NumberFormat("en-GB", { maximumSignificantDigits: 3 });
const upToOne = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 });
const upToTwo = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 });

/** A daily rate or a share, to 3 significant figures: 0.00214. */
export const rateInWords = (rate: number): string => significant.format(rate);
/** A number of children, to one decimal place: 10, 6.2. */
export const childrenInWords = (children: number): string => upToOne.format(children);
/** A multiplier or a number a person typed: 1.05, 1.3. */
export const numberInWords = (value: number): string => upToTwo.format(value);
/** A share as a whole percentage: 0.824 → "82%". */
export const percentInWords = (share: number): string => `${Math.round(share * 100)}%`;
