import {
  addDays,
  type DayNumber,
  fromDay,
  type IsoDate,
  isIsoDate,
  toDay,
  weekday,
  weekdaysBetween,
} from "./dates.js";

/** One school term: the first and last school day, inclusive. */
export interface Term {
  name: string;
  start: IsoDate;
  end: IsoDate;
}

/** A day inside a term on which pupils do not travel, and why (half-term, INSET day, bank holiday). */
export interface Closure {
  date: IsoDate;
  reason: string;
}

/** The council's editable term calendar: terms, plus the closures inside them. */
export interface TermCalendar {
  terms: Term[];
  closures: Closure[];
}

/** Counts school days between two dates (both inclusive) over one calendar. */
export type SchoolDayCount = (from: IsoDate, to: IsoDate) => number;

/**
 * Prepares a calendar once for many counts: terms are merged (a day in two terms counts once) and
 * closures kept only where they take away a school day, so each count is O(terms + log closures).
 */
export function schoolDayCounter(calendar: TermCalendar): SchoolDayCount {
  const spans: [DayNumber, DayNumber][] = [];
  const ordered = calendar.terms
    .map((t): [DayNumber, DayNumber] => [toDay(t.start), toDay(t.end)])
    .filter(([start, end]) => start <= end)
    .sort((a, b) => a[0] - b[0]);
  for (const [start, end] of ordered) {
    const last = spans[spans.length - 1];
    if (last && start <= last[1] + 1) last[1] = Math.max(last[1], end);
    else spans.push([start, end]);
  }
  const inTerm = (day: DayNumber) => spans.some(([start, end]) => start <= day && day <= end);
  const closed = [...new Set(calendar.closures.map((c) => toDay(c.date)))]
    .filter((day) => weekday(day) < 5 && inTerm(day))
    .sort((a, b) => a - b);

  return (from, to) => {
    const first = toDay(from);
    const last = toDay(to);
    if (last < first) return 0;
    let days = 0;
    for (const [start, end] of spans) days += weekdaysBetween(Math.max(first, start), Math.min(last, end));
    return days - (firstAfter(closed, last) - firstAfter(closed, first - 1));
  };
}

/** Index of the first element of the ascending `days` greater than `day`. */
function firstAfter(days: readonly DayNumber[], day: DayNumber): number {
  let low = 0;
  let high = days.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((days[mid] as DayNumber) <= day) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Weekdays inside any term from `from` to `to`, both inclusive, not counting closures. */
export function schoolDays(calendar: TermCalendar, from: IsoDate, to: IsoDate): number {
  return schoolDayCounter(calendar)(from, to);
}

/** Problems that make a calendar unusable or suspicious, each naming the term or date; [] when sound. */
export function validateTermCalendar(calendar: TermCalendar): string[] {
  const problems: string[] = [];
  const sound: Term[] = [];
  for (const term of calendar.terms) {
    const bad = [term.start, term.end].filter((d) => !isIsoDate(d));
    for (const date of bad) problems.push(`term "${term.name}": "${date}" is not a date (YYYY-MM-DD)`);
    if (bad.length > 0) continue;
    if (term.end < term.start)
      problems.push(`term "${term.name}": ends ${term.end} before it starts ${term.start}`);
    else sound.push(term);
  }
  sound.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  sound.forEach((term, i) => {
    for (const earlier of sound.slice(0, i)) {
      if (term.start <= earlier.end) {
        problems.push(
          `terms "${earlier.name}" (${earlier.start} to ${earlier.end}) and "${term.name}" (${term.start} to ${term.end}) overlap`,
        );
      }
    }
  });
  const seen = new Set<IsoDate>();
  for (const { date: closure } of calendar.closures) {
    if (!isIsoDate(closure)) problems.push(`closure "${closure}" is not a date (YYYY-MM-DD)`);
    else if (seen.has(closure)) problems.push(`closure ${closure} is listed more than once`);
    else if (!sound.some((t) => t.start <= closure && closure <= t.end)) {
      problems.push(`closure ${closure} is outside every term`);
    }
    seen.add(closure);
  }
  return problems;
}

/** Easter Sunday of a year in the Gregorian calendar (the anonymous Gregorian algorithm). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((b - Math.floor((b + 8) / 25) + 1) / 3) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Pupil days in a typical English local authority's academic year. */
export const PUPIL_DAYS = 190;

/** The first day on or after `date` that falls on `day` (0 = Monday … 6 = Sunday). */
function onOrAfter(date: IsoDate, day: number): IsoDate {
  return addDays(date, (day - weekday(toDay(date)) + 7) % 7);
}

/** The first weekday on or after `date`, moved to the Monday when it is a Friday. */
function termStartOnOrAfter(date: IsoDate): IsoDate {
  const day = weekday(toDay(date));
  return addDays(date, day >= 5 ? 7 - day : day === 4 ? 3 : 0);
}

/** The last weekday on or before `date`, moved back to the Friday when it is a Monday. */
function termEndOnOrBefore(date: IsoDate): IsoDate {
  const back = [3, 0, 0, 0, 0, 1, 2][weekday(toDay(date))] ?? 0;
  return addDays(date, -back);
}

function weekdaysFrom(monday: IsoDate): IsoDate[] {
  return [0, 1, 2, 3, 4].map((n) => addDays(monday, n));
}

/**
 * A typical English local authority calendar for the academic year starting in September of
 * `academicYearStart`, with 190 pupil days. These are defaults for the council to edit:
 * - autumn term from the first weekday on or after 1 September (a Friday start moves to Monday)
 *   to the last weekday on or before 20 December (a Monday end moves back to Friday), with
 *   half-term in the week of the fourth Monday of October;
 * - spring term from the first weekday on or after 3 January (likewise) to the Friday nine days
 *   before Easter Sunday, with half-term in the week of the Monday between 11 and 17 February;
 * - summer term from the Monday after Easter week, with the early May bank holiday closed and
 *   half-term in the week of the spring bank holiday (the last Monday of May);
 * - INSET days: the first two days of autumn, the first day of spring and of summer, and the
 *   day after the last pupil day, on which the summer term ends.
 * Each closure gives its reason: "Half-term", "Early May bank holiday" or "INSET day".
 */
export function englishTermCalendar(academicYearStart: number): TermCalendar {
  const y = academicYearStart;
  const next = y + 1;
  const autumnStart = termStartOnOrAfter(`${y}-09-01`);
  const springStart = termStartOnOrAfter(`${next}-01-03`);
  const easter = easterSunday(next);
  const summerStart = addDays(easter, 8);
  const springBankHoliday = onOrAfter(`${next}-05-25`, 0);
  const closures = new Map<IsoDate, string>();
  const close = (reason: string, dates: IsoDate[]) => {
    for (const date of dates) if (!closures.has(date)) closures.set(date, reason);
  };
  close("Half-term", weekdaysFrom(onOrAfter(`${y}-10-22`, 0)));
  close("Half-term", weekdaysFrom(onOrAfter(`${next}-02-11`, 0)));
  close("Early May bank holiday", [onOrAfter(`${next}-05-01`, 0)]);
  close("Half-term", weekdaysFrom(springBankHoliday));
  close("INSET day", [autumnStart, nextWeekday(autumnStart), springStart, summerStart]);
  const terms: Term[] = [
    { name: `Autumn ${y}`, start: autumnStart, end: termEndOnOrBefore(`${y}-12-20`) },
    { name: `Spring ${next}`, start: springStart, end: addDays(easter, -9) },
  ];
  const listed = () => [...closures].map(([date, reason]) => ({ date, reason }));
  const count = schoolDayCounter({ terms, closures: listed() });
  const before = terms.reduce((days, t) => days + count(t.start, t.end), 0);
  let lastPupilDay = toDay(summerStart);
  for (let days = before; ; lastPupilDay++) {
    const date = fromDay(lastPupilDay);
    if (weekday(lastPupilDay) < 5 && !closures.has(date)) days++;
    if (days >= PUPIL_DAYS) break;
  }
  const summerEnd = nextWeekday(fromDay(lastPupilDay));
  close("INSET day", [summerEnd]);
  terms.push({ name: `Summer ${next}`, start: summerStart, end: summerEnd });
  return { terms, closures: listed().sort((a, b) => (a.date < b.date ? -1 : 1)) };
}

function nextWeekday(date: IsoDate): IsoDate {
  const day = weekday(toDay(date));
  return addDays(date, day >= 4 ? 7 - day : 1);
}
