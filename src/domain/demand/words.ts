/** How the demand model's sentences (scenarios, backtest) write dates, rates and numbers of children. */
import { type IsoDate, isMonthEnd, MONTH_NAMES } from "../calendar/dates.js";

const monthOf = (date: IsoDate): string => MONTH_NAMES[Number(date.slice(5, 7)) - 1] as string;

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

/** A number format made when first used: making one loads the locale's data, which a projection alone never needs. */
function format(options: Intl.NumberFormatOptions): (value: number) => string {
  let made: Intl.NumberFormat | undefined;
  return (value) => {
    made ??= new Intl.NumberFormat("en-GB", options);
    return made.format(value);
  };
}

/** A daily rate or a share, to 3 significant figures: 0.00214. */
export const rateInWords = format({ maximumSignificantDigits: 3 });
/** A number of children, to one decimal place: 10, 6.2. */
export const childrenInWords = format({ maximumFractionDigits: 1 });
/** A multiplier or a number a person typed: 1.05, 1.3. */
export const numberInWords = format({ maximumFractionDigits: 2 });
/** A share as a whole percentage: 0.824 → "82%". */
export const percentInWords = (share: number): string => `${Math.round(share * 100)}%`;
