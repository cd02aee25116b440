/**
 * Demoshire's SSDA903 returns, built from its own simulated children and placements: the collection
 * years 2021 to 2024 (years ending 31 March) and an in-year extract for 2025 up to the as-at date.
 * Each return holds every episode open in or overlapping its year, as the DfE's does, so the
 * children looked after on any 31 March agree with the placements register. Pure and deterministic.
 */
import { type IsoDate, toDay } from "../domain/calendar/dates.js";
import {
  collectionYearSpan,
  SSDA903_LAYOUTS,
  SSDA903_TABLES,
  type Ssda903Return,
  type Ssda903Row,
  type Ssda903Table,
} from "../domain/ssda903/tables.js";
import type { SimulatedPlacement } from "./placements.js";
import type { Random } from "./random.js";
import { addYears, type CareChild, earlierLeavers, simulatedChildren } from "./ssda903-children.js";
import { type CodedEpisode, codeEpisodes } from "./ssda903-episodes.js";
import { inYear, type MissingIncident, missingOf, type Review, reviewsOf } from "./ssda903-events.js";

/** The collection years Demoshire has returns for; the last is in-year, to the as-at date. */
export const DEMO_903_YEARS = [2021, 2022, 2023, 2024, 2025] as const;
/** Children who ceased in the year to 31 March 2021 (Herefordshire, DfE), before the register starts. */
const CEASED_2020_21 = 124;

interface ChildRecord {
  child: CareChild;
  episodes: CodedEpisode[];
  reviews: Review[];
  missing: MissingIncident[];
}

export interface Ssda903Options {
  placements: readonly SimulatedPlacement[];
  rng: Random;
  scale: number;
  /** The council's name, for its in-house providers. */
  council: string;
  /** The as-at date: the in-year extract runs to it. */
  until: IsoDate;
}

export function demoSsda903Returns(options: Ssda903Options): Ssda903Return[] {
  const { rng, until } = options;
  const years = DEMO_903_YEARS.map((year) => {
    const span = collectionYearSpan(year);
    return { year, start: span.start, end: span.end < until ? span.end : until };
  });
  const people = [
    ...earlierLeavers(Math.round(CEASED_2020_21 * options.scale), options.council, rng.fork(1)),
    ...simulatedChildren(options.placements, options.council, rng.fork(2)),
  ];
  const coding = rng.fork(3);
  const reviewing = rng.fork(4);
  const missing = rng.fork(5);
  const errors = rng.fork(6);
  const records: ChildRecord[] = people.map((child) => ({
    child,
    episodes: withRecordingErrors(codeEpisodes(child, coding), errors),
    reviews: reviewsOf(child, until, reviewing),
    missing: missingOf(child, years, missing),
  }));
  records.sort((a, b) => (a.child.child < b.child.child ? -1 : 1));
  return years.map((year) => returnFor(year, records));
}

/**
 * A few realistic slips, as a case management system's extract has them: about one episode in 150
 * has no HOME_POST (the family's address was not recorded when the child moved).
 */
function withRecordingErrors(episodes: CodedEpisode[], rng: Random): CodedEpisode[] {
  return episodes.map((e) => (e.homePost && rng.chance(1 / 150) ? { ...e, homePost: "" } : e));
}

type Values = Record<string, string>;

function returnFor(
  year: { year: number; start: IsoDate; end: IsoDate },
  records: ChildRecord[],
): Ssda903Return {
  const rows = Object.fromEntries(SSDA903_TABLES.map((t) => [t, [] as Values[]])) as Record<
    Ssda903Table,
    Values[]
  >;
  for (const { child, episodes, reviews, missing } of records) {
    const open = episodes.filter((e) => e.decom <= year.end && (e.dec === null || e.dec >= year.start));
    if (open.length === 0) continue;
    const dob = child.dob;
    rows.header.push(headerValues(child, year.year, year.end));
    for (const e of open) rows.episodes.push(episodeValues(e, year.end));
    const sex = sexCode(child.sex, year.year);
    if (child.uasc) rows.uasc.push({ CHILD: child.child, SEX: sex, DOB: dob, DUC: addYears(dob, 18) });
    for (const r of reviews.filter((r) => inYear(r.date, year)))
      rows.reviews.push({ CHILD: child.child, DOB: dob, REVIEW: r.date, REVIEW_CODE: r.code });
    for (const m of missing.filter((m) => inYear(m.start, year)))
      rows.missing.push({
        CHILD: child.child,
        DOB: dob,
        MISSING: m.missing,
        MIS_START: m.start,
        MIS_END: m.end ?? "",
      });
  }
  const tables = Object.fromEntries(
    SSDA903_TABLES.map((table) => [table, toRows(table, year.year, rows[table])]),
  ) as Record<Ssda903Table, Ssda903Row[]>;
  return { year: year.year, tables };
}

function toRows(table: Ssda903Table, year: number, values: Values[]): Ssda903Row[] {
  const layout = SSDA903_LAYOUTS[table];
  return values.map((v, i) => ({
    file: `${year}/${layout.file}`,
    row: i + 2,
    values: Object.fromEntries(layout.columns.map((c) => [c, v[c] ?? ""])),
  }));
}

/** SEX is 1 (male) or 2 (female) up to 2023-24, M, F or U from 2024-25 (the 2025 return). */
function sexCode(sex: "1" | "2", year: number): string {
  return year >= 2025 ? (sex === "1" ? "M" : "F") : sex;
}

function headerValues(child: CareChild, year: number, yearEnd: IsoDate): Values {
  const age = Math.floor((toDay(yearEnd) - toDay(child.dob)) / 365.25);
  const upn = child.uasc ? "UN2" : age < 5 ? "UN1" : child.upn;
  const mother = child.sex === "2" ? (child.mcDob !== null && child.mcDob <= yearEnd ? "1" : "0") : "";
  return {
    CHILD: child.child,
    SEX: sexCode(child.sex, year),
    DOB: child.dob,
    ETHNIC: child.ethnic,
    UPN: upn,
    MOTHER: mother,
    MC_DOB: mother === "1" ? (child.mcDob ?? "") : "",
  };
}

/** An episode as the year's return has it: an episode still open at the year's end has no DEC or REC yet. */
function episodeValues(e: CodedEpisode, yearEnd: IsoDate): Values {
  const ended = e.dec !== null && e.dec <= yearEnd;
  return {
    CHILD: e.child,
    DECOM: e.decom,
    RNE: e.rne,
    LS: e.ls,
    CIN: e.cin,
    PLACE: e.place,
    PLACE_PROVIDER: e.placeProvider,
    DEC: ended ? (e.dec ?? "") : "",
    REC: ended ? e.rec : "",
    REASON_PLACE_CHANGE: ended ? e.reasonPlaceChange : "",
    HOME_POST: e.homePost,
    PL_POST: e.plPost,
    URN: e.urn,
  };
}
