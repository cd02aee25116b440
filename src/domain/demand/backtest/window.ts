/**
 * Where a backtest sits: the projection's settings moved back by whole years (the same reference
 * period and horizon in calendar terms, 12 months staying 12 months) until the projection ends no
 * later than the last day the returns cover. When the returns start too late for that, it says so
 * in words, with the dates it needs; it never throws.
 */
import { addDays, type IsoDate, isIsoDate, isMonthEnd, toDay } from "../../calendar/dates.js";
import { periodOf, startingYear } from "../../calendar/financial.js";
import type { Ssda903History } from "../../ssda903/history.js";
import { collectionYearSpan } from "../../ssda903/tables.js";
import type { DemandSettings } from "../model.js";
import { MAX_DAYS } from "../projection/project.js";
import { longDate } from "../words.js";
import { monthEndsAfter, yearsBefore } from "./dates.js";

/** The days whose end-of-day stock the returns hold in full. */
export interface Coverage {
  /** 31 March before the first collection year: every episode open at its end is in the first return. */
  first: IsoDate;
  /** The last collection year's 31 March, or the in-year extract's last day. */
  last: IsoDate;
}

export interface BacktestWindow {
  /** The backtest's own settings: the projection's, moved back. */
  settings: DemandSettings;
  yearsBack: number;
  /** The projection's last day. */
  end: IsoDate;
  coverage: Coverage;
}

export type WindowResult = { ok: true; window: BacktestWindow } | { ok: false; reason: string };

/** The collection year (ending 31 March) a day falls in. */
const collectionYearOf = (date: IsoDate): number => startingYear(periodOf(date).year) + 1;

/** What the history covers; `inYearEnd` is the last day of an in-year extract for the last year. */
export function coverageOf(history: Ssda903History, inYearEnd?: IsoDate): Coverage | string {
  const years = history.years;
  if (years.length === 0) return "The history holds no returns, so there is nothing to backtest against.";
  const firstYear = years[0] as number;
  const lastYear = years[years.length - 1] as number;
  const yearEnd = collectionYearSpan(lastYear).end;
  if (inYearEnd !== undefined && !isIsoDate(inYearEnd))
    return `The in-year extract's last day "${inYearEnd}" is not a date (YYYY-MM-DD).`;
  const last = inYearEnd !== undefined && inYearEnd < yearEnd ? inYearEnd : yearEnd;
  return { first: addDays(collectionYearSpan(firstYear).start, -1), last };
}

/** "12 months" when both ends fall on the same day of the month (or both on month ends), else "N days". */
export function spanInWords(from: IsoDate, to: IsoDate): string {
  const sameDay = from.slice(8) === to.slice(8) || (isMonthEnd(from) && isMonthEnd(to));
  if (sameDay) {
    const months =
      (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 +
      Number(to.slice(5, 7)) -
      Number(from.slice(5, 7));
    if (months > 0) return `${months} month${months === 1 ? "" : "s"}`;
  }
  const days = toDay(to) - toDay(from);
  return `${days} day${days === 1 ? "" : "s"}`;
}

function settingsProblem(s: DemandSettings): string | null {
  for (const [name, value] of [
    ["reference period's start", s.referenceStart],
    ["reference period's end", s.referenceEnd],
    ["projection's start", s.start],
  ] as const)
    if (!isIsoDate(value))
      return `The ${name} "${value}" is not a date (YYYY-MM-DD), so there is no backtest.`;
  if (s.referenceEnd < s.referenceStart)
    return `The reference period ends (${longDate(s.referenceEnd)}) before it starts (${longDate(s.referenceStart)}), so there is no backtest.`;
  if (!Number.isInteger(s.days) || s.days < 1 || s.days > MAX_DAYS)
    return `The projection runs ${s.days} days; a backtest needs 1 to ${MAX_DAYS} (4 years).`;
  return null;
}

export function backtestWindow(settings: DemandSettings, coverage: Coverage): WindowResult {
  const problem = settingsProblem(settings);
  if (problem) return { ok: false, reason: problem };
  const end = addDays(settings.start, settings.days);
  if (monthEndsAfter(settings.start, end).length === 0)
    return {
      ok: false,
      reason: "The projection ends before its first month end, so there is nothing to compare.",
    };
  let yearsBack = 0;
  while (yearsBefore(end, yearsBack) > coverage.last) yearsBack++;
  const moved: DemandSettings = {
    ...settings,
    referenceStart: yearsBefore(settings.referenceStart, yearsBack),
    referenceEnd: yearsBefore(settings.referenceEnd, yearsBack),
    start: yearsBefore(settings.start, yearsBack),
  };
  const movedEnd = yearsBefore(end, yearsBack);
  moved.days = Math.min(MAX_DAYS, toDay(movedEnd) - toDay(moved.start));
  const earliest = moved.referenceStart < moved.start ? moved.referenceStart : moved.start;
  if (earliest < coverage.first) {
    const horizon = spanInWords(settings.start, end);
    const reference = spanInWords(settings.referenceStart, settings.referenceEnd);
    const needed = collectionYearOf(addDays(earliest, 1));
    const loaded = collectionYearOf(addDays(coverage.first, 1));
    return {
      ok: false,
      reason:
        `Too little history for a backtest. Projecting ${horizon} from a reference period of ${reference}, ` +
        `moved back to end by ${longDate(coverage.last)}, runs from ${longDate(earliest)} to ${longDate(movedEnd)}; ` +
        `that needs the returns from the year ending 31 March ${needed} onwards, and the earliest loaded ` +
        `is for the year ending 31 March ${loaded}.`,
    };
  }
  return {
    ok: true,
    window: { settings: moved, yearsBack, end: addDays(moved.start, moved.days), coverage },
  };
}
