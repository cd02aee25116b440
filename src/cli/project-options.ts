/**
 * `outturn project`'s options as typed, checked one by one, then turned into the model's settings
 * against what the returns cover: a reference period of the 12 months to the last day covered, a
 * start on that day and 24 months unless asked otherwise. Anything wrong is a UserError with exit
 * code 2 naming the option, what was given and why it cannot be.
 */
import { addYears, daysInMonth, type IsoDate, isIsoDate, isoDate, toDay } from "../domain/calendar/dates.js";
import type { Coverage } from "../domain/demand/backtest/window.js";
import type { DemandSettings } from "../domain/demand/model.js";
import { MAX_DAYS } from "../domain/demand/projection/project.js";
import { longDate } from "../domain/demand/words.js";
import { UserError } from "./common.js";

/** The options as commander hands them over: text, unchecked. */
export interface ProjectOptionText {
  reference?: string;
  start?: string;
  months?: string;
  compatibility?: string;
  format?: string;
}

export type ProjectFormat = "csv" | "json";

export interface ProjectAsk {
  referenceStart?: IsoDate;
  referenceEnd?: IsoDate;
  start?: IsoDate;
  months: number;
  compatibility: DemandSettings["compatibility"];
  format: ProjectFormat;
}

export const DEFAULT_MONTHS = 24;
/** Four years: the longest the model projects. */
export const MAX_MONTHS = 48;

const bad = (message: string) => new UserError(message, 2);

function oneOf<T extends string>(
  name: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw bad(`--${name} must be ${allowed.join(" or ")}; "${value}" is neither.`);
}

/** The options checked as written, before the returns are read. */
export function parseProjectOptions(o: ProjectOptionText): ProjectAsk {
  const ask: ProjectAsk = {
    months: DEFAULT_MONTHS,
    compatibility: oneOf("compatibility", o.compatibility, ["outturn", "peer"] as const, "outturn"),
    format: oneOf("format", o.format, ["csv", "json"] as const, "csv"),
  };
  if (o.reference !== undefined) {
    const [from, to, ...rest] = o.reference.split("..");
    if (rest.length > 0 || from === undefined || to === undefined)
      throw bad(`--reference must be two dates written 2023-03-31..2024-03-31; "${o.reference}" is not.`);
    for (const date of [from, to])
      if (!isIsoDate(date))
        throw bad(
          `--reference must be two real dates written YYYY-MM-DD..YYYY-MM-DD; "${date}" is not a date.`,
        );
    if (from >= to) throw bad(`--reference must start before it ends; ${o.reference} does not.`);
    Object.assign(ask, { referenceStart: from, referenceEnd: to });
  }
  if (o.start !== undefined) {
    if (!isIsoDate(o.start))
      throw bad(`--start must be a real date written 2024-03-31; "${o.start}" is not.`);
    ask.start = o.start;
  }
  if (o.months !== undefined) {
    const months = /^\d+$/.test(o.months) ? Number(o.months) : Number.NaN;
    if (months > MAX_MONTHS)
      throw bad(
        `--months ${o.months} is more than the model projects: at most ${MAX_MONTHS} months (4 years), as the peer allows.`,
      );
    if (!(months >= 1))
      throw bad(`--months must be a whole number from 1 to ${MAX_MONTHS}; "${o.months}" is not.`);
    ask.months = months;
  }
  return ask;
}

/** The same day `months` months later, or the month's last day where it has no such day. */
export function monthsAfter(date: IsoDate, months: number): IsoDate {
  const total = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  const [year, month] = [Math.floor(total / 12), (total % 12) + 1];
  return isoDate(year, month, Math.min(Number(date.slice(8, 10)), daysInMonth(year, month)));
}

/**
 * The settings asked for, with the defaults, each date checked against what the returns cover
 * (from the 31 March before the first collection year to the last day of the last).
 */
export function projectSettings(ask: ProjectAsk, coverage: Coverage): DemandSettings {
  const referenceEnd = ask.referenceEnd ?? coverage.last;
  const referenceStart = ask.referenceStart ?? addYears(referenceEnd, -1);
  const start = ask.start ?? coverage.last;
  const within = `the returns cover ${longDate(coverage.first)} to ${longDate(coverage.last)}`;
  if (referenceStart < coverage.first || referenceEnd > coverage.last)
    throw bad(
      `The reference period ${referenceStart}..${referenceEnd} lies outside the data: ${within}. Choose a --reference within them.`,
    );
  if (start < coverage.first || start > coverage.last)
    throw bad(
      `The projection cannot start on ${start}, outside the data: ${within}, and it starts from the children in care that day.`,
    );
  const days = Math.min(MAX_DAYS, toDay(monthsAfter(start, ask.months)) - toDay(start));
  return { referenceStart, referenceEnd, start, days, compatibility: ask.compatibility };
}
