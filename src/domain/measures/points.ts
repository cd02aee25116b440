/**
 * When a measure is read: the points of its history by its frequency, and the dates a computed
 * measure looks back over (the 12 months to a day; 2½ and 2 years before it).
 */
import { addDays, type IsoDate } from "../calendar/dates.js";
import {
  formatPeriodRef,
  type PeriodNumber,
  type PeriodRef,
  periodEnd,
  previousYear,
} from "../calendar/financial.js";
import type { MeasureFrequency } from "./measure.js";

/** One reading of a measure: a period, and the day its value is taken at (the period's end). */
export interface MeasurePointRef {
  /** "2024-25:P7" */
  period: string;
  ref: PeriodRef;
  asAt: IsoDate;
}

export const HISTORY_LENGTH = 12;

const point = (ref: PeriodRef): MeasurePointRef => ({
  period: formatPeriodRef(ref),
  ref,
  asAt: periodEnd(ref),
});

/**
 * The measure's points up to and including `at`, oldest first: the 12 periods ending with it
 * (monthly), or the 12 financial years ending with its year, each earlier year at P12 (annual).
 */
export function historyPoints(at: PeriodRef, frequency: MeasureFrequency): MeasurePointRef[] {
  const refs: PeriodRef[] = [at];
  while (refs.length < HISTORY_LENGTH) {
    const last = refs[0] as PeriodRef;
    refs.unshift(
      frequency === "annual"
        ? { year: previousYear(last.year), period: 12 }
        : last.period === 1
          ? { year: previousYear(last.year), period: 12 }
          : { year: last.year, period: (last.period - 1) as PeriodNumber },
    );
  }
  return refs.map(point);
}

/** The same day `months` months earlier (or later), on the month's last day where it is shorter. */
export function addMonths(day: IsoDate, months: number): IsoDate {
  const [y, m, d] = [Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10))];
  const index = y * 12 + (m - 1) + months;
  const [year, month] = [Math.floor(index / 12), (index % 12) + 1];
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`;
}

/** The 12 months to `day`, both ends inclusive: to 31 March 2024, from 1 April 2023. */
export function yearTo(day: IsoDate): { from: IsoDate; to: IsoDate } {
  return { from: addDays(addMonths(day, -12), 1), to: day };
}
