/**
 * Artefacts the cleaning does not change but a reader must know of: an episode open during a
 * collection year yet missing from that year's return, REC X1 ("a new episode begins the same day")
 * on an episode that no episode follows, and codes implausible for the child's age.
 */
import type { Artefact } from "./history.js";
import { artefactAt, type SourcedEpisode } from "./sourced.js";
import { collectionYearSpan } from "./tables.js";

const yearName = (year: number) => `${year - 1}-${String(year % 100).padStart(2, "0")}`;

export interface YearSpan {
  year: number;
  start: string;
  end: string;
}

/** Each collection year with its first and last day, worked out once for a whole history. */
export const yearSpans = (years: readonly number[]): YearSpan[] =>
  years.map((year) => ({ year, ...collectionYearSpan(year) }));

/** Episodes open at some time in a year whose return is loaded (`spans`), but not in that return. */
export function missingFromYears(
  rows: readonly SourcedEpisode[],
  spans: readonly YearSpan[],
  artefacts: Artefact[],
): void {
  for (const row of rows) {
    const { decom, dec, child } = row.episode;
    let missing: number[] | undefined;
    for (let i = 0; i < spans.length; i++) {
      const { year, start, end } = spans[i] as YearSpan;
      if (decom <= end && (dec === null || dec >= start) && !row.seenIn.includes(year)) {
        missing ??= [];
        missing.push(year);
      }
    }
    if (missing === undefined) continue;
    const names = missing.map(yearName).join(", ");
    artefacts.push(
      artefactAt(
        row,
        child,
        "missing-from-year",
        `the episode from ${decom} is open during ${names} but missing from ${missing.length === 1 ? "that year's return" : "those years' returns"}`,
      ),
    );
  }
}

/** REC X1 says a new episode starts the day this one ends; report it where none does. */
export function x1WithoutNext(rows: readonly SourcedEpisode[], artefacts: Artefact[]): void {
  if (!rows.some((r) => r.episode.rec === "X1")) return;
  const starts = new Set(rows.map((r) => r.episode.decom));
  for (const row of rows) {
    const { dec, rec, child } = row.episode;
    if (dec !== null && rec === "X1" && !starts.has(dec))
      artefacts.push(
        artefactAt(
          row,
          child,
          "x1-without-next",
          `REC X1 says a new episode starts ${dec}, but none does: the child appears to leave care with no reason`,
        ),
      );
  }
}

/** Whole years from `dob` to `on`. */
export function ageOn(dob: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(dob.slice(0, 4));
  return on.slice(5) < dob.slice(5) ? years - 1 : years;
}

const INDEPENDENT = new Set(["H5", "P2", "K3"]);
const YOUTH_JUSTICE_LS = new Set(["J1", "J2", "J3"]);

/** Codes a child of this age at DECOM cannot plausibly have. */
export function implausibleForAge(rows: readonly SourcedEpisode[], dob: string, artefacts: Artefact[]): void {
  for (const row of rows) {
    const { decom, place, ls, child } = row.episode;
    const age = ageOn(dob, decom);
    const report = (message: string) =>
      artefacts.push(artefactAt(row, child, "implausible-for-age", message));
    if (decom < dob) report(`the episode starts ${decom}, before the child's date of birth`);
    else if (age >= 18) report(`the episode starts when the child is ${age}, after their 18th birthday`);
    if (age < 16 && INDEPENDENT.has(place))
      report(
        `PLACE ${place} (independent or supported living) for a child of ${age}; it is for those aged 16 or over`,
      );
    if (age < 10 && (place === "R5" || YOUTH_JUSTICE_LS.has(ls)))
      report(
        `${place === "R5" ? "PLACE R5 (young offender institution or prison)" : `LS ${ls} (remand or youth justice)`} for a child of ${age}, under the age of criminal responsibility`,
      );
  }
}
