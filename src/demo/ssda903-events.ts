/**
 * What else the 903 records about a child's time in care: looked-after reviews (the first within 20
 * working days, the second 3 months later, then every 6 months) and missing or away-without-
 * authorisation incidents (about a tenth of children looked after in a year, several times each,
 * mostly teenagers in residential and supported placements).
 */
import { fromDay, type IsoDate, toDay } from "../domain/calendar/dates.js";
import type { Random } from "./random.js";
import { addYears, type CareChild } from "./ssda903-children.js";

export interface Review {
  date: IsoDate;
  code: string;
}

export interface MissingIncident {
  /** M missing, A away from placement without authorisation. */
  missing: "M" | "A";
  start: IsoDate;
  /** Null while the child is still missing at the end of the extract. */
  end: IsoDate | null;
}

const PARTICIPATION = { PN1: 45, PN2: 12, PN3: 8, PN4: 12, PN5: 8, PN6: 8, PN7: 7 };

/** The first and last day looked after (the last is `until` while care continues). */
function careSpan(child: CareChild, until: IsoDate): { from: number; to: number } {
  const first = child.placements[0];
  const last = child.placements[child.placements.length - 1];
  return { from: toDay(first?.start ?? until), to: toDay(last?.end ?? until) };
}

const ageOn = (child: CareChild, day: number) => Math.floor((day - toDay(child.dob)) / 365.25);

export function reviewsOf(child: CareChild, until: IsoDate, rng: Random): Review[] {
  const { from, to } = careSpan(child, until);
  const out: Review[] = [];
  let day = from + rng.int(20, 28);
  for (let k = 0; day <= to; k++) {
    const date = fromDay(day);
    out.push({ date, code: date < addYears(child.dob, 4) ? "PN0" : rng.weighted(PARTICIPATION) });
    day += k === 0 ? rng.int(84, 91) : rng.int(168, 182);
  }
  return out;
}

/** How likely a child is to go missing in a year, by age and where they live. */
function missingChance(age: number, placeCode: string): number {
  const byAge = age < 10 ? 0.003 : age < 13 ? 0.04 : age < 16 ? 0.13 : 0.15;
  const residential = ["K1", "K2", "K3", "H5", "P2", "R1"].includes(placeCode);
  return Math.min(0.7, byAge * (residential ? 2.2 : 1));
}

/** Incidents within each collection year the child was looked after, never overlapping. */
export function missingOf(
  child: CareChild,
  years: readonly { start: IsoDate; end: IsoDate }[],
  rng: Random,
): MissingIncident[] {
  const out: MissingIncident[] = [];
  const last = years[years.length - 1]?.end ?? "";
  const span = careSpan(child, last);
  const stillInCare = child.placements[child.placements.length - 1]?.end === null;
  for (const year of years) {
    const from = Math.max(span.from, toDay(year.start));
    const to = Math.min(span.to, toDay(year.end));
    if (to < from) continue;
    const mid = fromDay(Math.floor((from + to) / 2));
    const placement = child.placements.find((p) => p.start <= mid && (p.end === null || p.end >= mid));
    if (!rng.chance(missingChance(ageOn(child, toDay(mid)), placement?.placeCode ?? ""))) continue;
    let count = 1;
    while (count < 20 && rng.chance(0.68)) count++;
    const starts = [...new Set(Array.from({ length: count }, () => rng.int(from, to)))].sort((a, b) => a - b);
    let free = from;
    for (const start of starts) {
      if (start < free) continue;
      const length = rng.weighted({ 0: 45, 1: 30, 2: 10, 3: 8, 6: 7 });
      const end = start + Number(length);
      out.push({
        missing: rng.chance(0.12) ? "A" : "M",
        start: fromDay(start),
        // Still missing when the extract was taken (the child is still in care then).
        end: end > to && stillInCare && year.end === last ? null : fromDay(Math.min(end, to)),
      });
      free = Math.min(end, to) + 1;
    }
  }
  return out;
}

/** A date the incident can be counted in a year: it started in it. */
export function inYear(date: IsoDate, year: { start: IsoDate; end: IsoDate }): boolean {
  return date >= year.start && date <= year.end;
}
