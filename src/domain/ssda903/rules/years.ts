/**
 * Rules that compare a return with the previous year's, as the Data to Insight validator has them
 * (its `*_last` tables): each passes when the previous return is not loaded. Dates in rows are ISO
 * when they parsed; anything else counts as no date, as the validator's coerced parsing does.
 */
import {
  collectionYearSpan,
  OC3_ITEMS,
  type Ssda903Return,
  type Ssda903Row,
  type Ssda903Table,
} from "../tables.js";
import { sexCodes } from "./code-lists.js";
import type { FailedRow, ValidationContext, ValidationRule } from "./rule.js";
import { byChild, dateOf, extremeByChild, text } from "./table-helpers.js";

const childrenOf = (rows: readonly Ssda903Row[]) => new Set(rows.map((r) => text(r, "CHILD")));

/** A year rule: runs only with a previous return. */
function yearRule(
  code: string,
  message: string,
  tables: readonly Ssda903Table[],
  fields: readonly string[],
  test: (current: Ssda903Return, previous: Ssda903Return) => FailedRow[],
): ValidationRule {
  return {
    code,
    message,
    tables,
    fields,
    comparesYears: true,
    validate: (ctx: ValidationContext) => (ctx.previous ? test(ctx.current, ctx.previous) : []),
  };
}

/** Header rows whose child was in last year's header with a value that `differs`. */
function headerChanged(
  code: string,
  message: string,
  field: string,
  differs: (now: Ssda903Row, before: Ssda903Row, current: Ssda903Return) => boolean,
): ValidationRule {
  return yearRule(code, message, ["header"], [field], (current, previous) => {
    const last = byChild(previous.tables.header);
    return current.tables.header
      .filter((row) => (last.get(text(row, "CHILD")) ?? []).some((before) => differs(row, before, current)))
      .map((row) => ({ table: "header" as const, row }));
  });
}

/** SEX with the codes used up to 2023-24 (1 male, 2 female) read as those used from 2024-25 (M, F). */
function sexOf(row: Ssda903Row): string {
  const [before, after] = [sexCodes(2024), sexCodes(2025)];
  const sex = text(row, "SEX");
  return sex === before.male ? after.male : sex === before.female ? after.female : sex;
}

const UN_CODES = ["UN1", "UN2", "UN3", "UN4", "UN5"];

function upnDiffers(now: Ssda903Row, before: Ssda903Row): boolean {
  const upn = text(now, "UPN").toUpperCase();
  const last = text(before, "UPN").toUpperCase();
  if (upn === last) return false;
  const nowUnknown = upn === "" || UN_CODES.includes(upn);
  const wasUnknown = last === "" || UN_CODES.includes(last);
  const toLaterUnknown = (last === "UN1" || last === "") && UN_CODES.slice(1).includes(upn);
  return !toLaterUnknown && !(wasUnknown && !nowUnknown);
}

/** 503A–F: the first episode this year against last year's latest episode, when that one is open. */
function firstEpisodeMatches(code: string, message: string, field: string): ValidationRule {
  return yearRule(code, message, ["episodes"], [field], (current, previous) => {
    const latest = extremeByChild(previous.tables.episodes, "DECOM", true);
    return [...extremeByChild(current.tables.episodes, "DECOM").values()]
      .filter((first) => {
        const last = latest.get(text(first, "CHILD"));
        if (!last || dateOf(last, "DEC") !== null) return false;
        const [now, before] = [text(first, field), text(last, field)];
        const h5ToK3 = field === "PLACE" && current.year === 2025 && before === "H5" && now === "K3";
        return now !== before && !h5ToK3;
      })
      .sort((a, b) => a.row - b.row)
      .map((row) => ({ table: "episodes" as const, row }));
  });
}

/** Children whose latest episode (by valid DECOM; of equals, the last in the file) has no DEC. */
function openAtEnd(rows: readonly Ssda903Row[]): Set<string> {
  const latest = new Map<string, Ssda903Row>();
  for (const row of rows) {
    const decom = dateOf(row, "DECOM");
    const held = latest.get(text(row, "CHILD"));
    if (decom !== null && (!held || decom >= (dateOf(held, "DECOM") as string)))
      latest.set(text(row, "CHILD"), row);
  }
  return new Set([...latest].filter(([, row]) => text(row, "DEC") === "").map(([child]) => child));
}

export const YEAR_RULES: readonly ValidationRule[] = [
  headerChanged(
    "202",
    "The gender code conflicts with the gender already recorded for this child.",
    "SEX",
    (now, before) => sexOf(now) !== sexOf(before),
  ),
  headerChanged(
    "203",
    "Date of birth disagrees with the date of birth already recorded for this child.",
    "DOB",
    (now, before) => dateOf(now, "DOB") !== dateOf(before, "DOB"),
  ),
  headerChanged(
    "204",
    "Ethnic origin code disagrees with the ethnic origin already recorded for this child.",
    "ETHNIC",
    (now, before) => text(now, "ETHNIC").toUpperCase() !== text(before, "ETHNIC").toUpperCase(),
  ),
  headerChanged(
    "207",
    "Mother status for the current year disagrees with the mother status already recorded for this child.",
    "MOTHER",
    (now, before, current) =>
      text(before, "MOTHER") === "1" &&
      text(now, "MOTHER") !== "1" &&
      childrenOf(current.tables.episodes).has(text(now, "CHILD")),
  ),
  headerChanged(
    "208",
    "Unique Pupil Number (UPN) for the current year disagrees with the Unique Pupil Number (UPN) already recorded for this child.",
    "UPN",
    upnDiffers,
  ),
  yearRule(
    "502",
    "Last year's record ended with an open episode. The date on which that episode started does not match the start date of the first episode on this year’s record.",
    ["episodes"],
    ["DECOM"],
    (current, previous) => {
      const open = byChild(previous.tables.episodes.filter((r) => text(r, "DEC") === ""));
      return [...extremeByChild(current.tables.episodes, "DECOM").values()]
        .filter((first) =>
          (open.get(text(first, "CHILD")) ?? []).some(
            (last) => dateOf(last, "DECOM") !== dateOf(first, "DECOM"),
          ),
        )
        .sort((a, b) => a.row - b.row)
        .map((row) => ({ table: "episodes" as const, row }));
    },
  ),
  firstEpisodeMatches(
    "503A",
    "The reason for new episode in the first episode does not match open episode at end of last year.",
    "RNE",
  ),
  firstEpisodeMatches(
    "503B",
    "The legal status in the first episode does not match open episode at end of last year.",
    "LS",
  ),
  firstEpisodeMatches(
    "503C",
    "The category of need in the first episode does not match open episode at end of last year.",
    "CIN",
  ),
  firstEpisodeMatches(
    "503D",
    "The placement type in the first episode does not match open episode at end of last year",
    "PLACE",
  ),
  firstEpisodeMatches(
    "503E",
    "The placement provider in the first episode does not match open episode at end of last year.",
    "PLACE_PROVIDER",
  ),
  firstEpisodeMatches(
    "503F",
    "The Ofsted URN in the  first episode does not match open episode at end of last year.",
    "URN",
  ),
  yearRule(
    "576",
    "There is an open missing/away from placement without authorisation period in last year’s return and there is no corresponding period recorded at the start of this year.",
    ["missing"],
    ["CHILD"],
    (current, previous) => {
      const first = new Map<string, { row: Ssda903Row; start: string }>();
      for (const row of current.tables.missing) {
        const start = dateOf(row, "MIS_START") ?? "2099-01-01";
        const held = first.get(text(row, "CHILD"));
        if (!held || start < held.start) first.set(text(row, "CHILD"), { row, start });
      }
      const open = byChild(previous.tables.missing.filter((r) => text(r, "MIS_END") === ""));
      return [...first.values()]
        .filter(({ row, start }) =>
          (open.get(text(row, "CHILD")) ?? []).some((last) => {
            const lastStart = dateOf(last, "MIS_START");
            return lastStart !== null && lastStart !== start;
          }),
        )
        .map(({ row }) => row)
        .sort((a, b) => a.row - b.row)
        .map((row) => ({ table: "missing" as const, row }));
    },
  ),
  yearRule(
    "1002",
    "This child has no previous episodes of care, therefore should not have care leaver information recorded. [NOTE: This tool can only test the current and previous year data loaded into the tool - this check may generate false positives if a child had episodes prior to last year's collection.]",
    ["oc3", "episodes"],
    OC3_ITEMS,
    (current, previous) => {
      const known = new Set([
        ...childrenOf(current.tables.episodes),
        ...childrenOf(previous.tables.episodes),
      ]);
      return current.tables.oc3
        .filter((row) => !known.has(text(row, "CHILD")))
        .map((row) => ({ table: "oc3" as const, row }));
    },
  ),
  yearRule(
    "1010",
    "This child has no episodes loaded for current year even though there was an open episode of care at the end of the previous year, and care leaver data has been entered.",
    ["oc3", "episodes"],
    OC3_ITEMS,
    (current, previous) => {
      const now = childrenOf(current.tables.episodes);
      const open = openAtEnd(previous.tables.episodes);
      return current.tables.oc3
        .filter((row) => !now.has(text(row, "CHILD")) && open.has(text(row, "CHILD")))
        .map((row) => ({ table: "oc3" as const, row }));
    },
  ),
  yearRule(
    "NoE",
    "This child has no episodes loaded for previous year even though child started to be looked after before this current year.",
    ["episodes"],
    ["DECOM"],
    (current, previous) => {
      const { start } = collectionYearSpan(current.year);
      const before = childrenOf(previous.tables.episodes);
      return current.tables.episodes
        .filter((row) => {
          const decom = dateOf(row, "DECOM");
          return decom !== null && decom < start && !before.has(text(row, "CHILD"));
        })
        .map((row) => ({ table: "episodes" as const, row }));
    },
  ),
];
