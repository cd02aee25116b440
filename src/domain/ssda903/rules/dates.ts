/**
 * Date and age rules: dates that do not read as dates, dates in the wrong order or outside the
 * collection year, and children too young or too old for an episode. Codes and messages are the DfE's,
 * as the Data to Insight validator (csc-validator-be-903) has them in its 2024/25 ruleset.
 * A date that parsed is ISO; one that did not is kept as written, so it fails the "valid date" rules
 * and is skipped (not guessed at) by the rules that compare dates.
 */
import { isIsoDate } from "../../calendar/dates.js";
import { collectionYearSpan, type Ssda903Row, type Ssda903Table } from "../tables.js";
import { type FailedRow, failing, type ValidationContext, type ValidationRule } from "./rule.js";

export const val = (row: Ssda903Row, column: string): string => (row.values[column] ?? "").trim();
export const isBlank = (row: Ssda903Row, column: string): boolean => val(row, column) === "";
/** The column's date, or null when it is blank or not a valid date. */
export const dateOf = (row: Ssda903Row, column: string): string | null =>
  isIsoDate(val(row, column)) ? val(row, column) : null;

/** The date a child born on `dob` turns `years` (29 February falls back to 28 February). */
export function birthday(dob: string, years: number): string {
  const [y, m, d] = dob.split("-").map(Number) as [number, number, number];
  const year = y + years;
  const lastDay = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${String(year).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(Math.min(d, lastDay)).padStart(2, "0")}`;
}

/** Each child's valid date of birth from the header (the first row for the child). */
export function dobByChild(ctx: ValidationContext): Map<string, string> {
  const dobs = new Map<string, string>();
  for (const row of ctx.current.tables.header) {
    const dob = dateOf(row, "DOB");
    if (dob && !dobs.has(val(row, "CHILD"))) dobs.set(val(row, "CHILD"), dob);
  }
  return dobs;
}

/** Each child's episodes with a valid DECOM, in DECOM order (then DEC, open last; then file order). */
export function episodesByChild(ctx: ValidationContext): Ssda903Row[][] {
  const byChild = new Map<string, Ssda903Row[]>();
  for (const row of ctx.current.tables.episodes) {
    if (!dateOf(row, "DECOM") || isBlank(row, "CHILD")) continue;
    const list = byChild.get(val(row, "CHILD")) ?? [];
    list.push(row);
    byChild.set(val(row, "CHILD"), list);
  }
  const key = (r: Ssda903Row) => `${dateOf(r, "DECOM")} ${dateOf(r, "DEC") ?? "~"}`;
  return [...byChild.values()].map((rows) =>
    rows.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.row - b.row)),
  );
}

/** The given rows of a table, each once, in file order. */
export function inFileOrder(ctx: ValidationContext, table: Ssda903Table, rows: Iterable<Ssda903Row>) {
  const set = new Set(rows);
  return failing(ctx, table, (row) => set.has(row));
}

const span = (ctx: ValidationContext) => collectionYearSpan(ctx.current.year);
const notValid = (column: string) => (row: Ssda903Row) => !isBlank(row, column) && !dateOf(row, column);

/** A rule over episodes and the child's date of birth; with `alsoHeader`, the header rows fail too. */
function episodeAgeRule(
  code: string,
  message: string,
  fields: readonly string[],
  test: (row: Ssda903Row, dob: string, ctx: ValidationContext) => boolean,
  alsoHeader = false,
): ValidationRule {
  return {
    code,
    message,
    tables: ["episodes", "header"],
    fields,
    validate(ctx) {
      const dobs = dobByChild(ctx);
      const failed = ctx.current.tables.episodes.filter((row) => {
        const dob = dobs.get(val(row, "CHILD"));
        return dob !== undefined && test(row, dob, ctx);
      });
      return alsoHeader ? withHeader(ctx, failed) : inFileOrder(ctx, "episodes", failed);
    },
  };
}

/** An episode in `place` that starts before the child's `years`th birthday (open episodes included). */
const placedTooYoung = (code: string, message: string, place: string, years: number) =>
  episodeAgeRule(code, message, ["DECOM", "PLACE"], (row, dob) => {
    const decom = dateOf(row, "DECOM");
    return val(row, "PLACE") === place && decom !== null && decom < birthday(dob, years);
  });

/** Episode rows (and their children's header rows) that fail, for rules the DfE points at both. */
function withHeader(ctx: ValidationContext, episodes: Ssda903Row[]): FailedRow[] {
  const children = new Set(episodes.map((row) => val(row, "CHILD")));
  return [
    ...inFileOrder(ctx, "episodes", episodes),
    ...failing(ctx, "header", (row) => children.has(val(row, "CHILD"))),
  ];
}

export const DATE_RULES: readonly ValidationRule[] = [
  {
    code: "102",
    message: "Date of birth is not a valid date.",
    tables: ["header"],
    fields: ["DOB"],
    validate: (ctx) => failing(ctx, "header", (row) => !dateOf(row, "DOB")),
  },
  {
    code: "141",
    message: "Date episode began is not a valid date.",
    tables: ["episodes"],
    fields: ["DECOM"],
    validate: (ctx) => failing(ctx, "episodes", notValid("DECOM")),
  },
  {
    code: "147",
    message: "Date episode ceased is not a valid date.",
    tables: ["episodes"],
    fields: ["DEC"],
    validate: (ctx) => failing(ctx, "episodes", notValid("DEC")),
  },
  {
    code: "301",
    message: "Date of birth falls after the year ended.",
    tables: ["header"],
    fields: ["DOB"],
    validate: (ctx) => failing(ctx, "header", (row) => (dateOf(row, "DOB") ?? "") > span(ctx).end),
  },
  {
    code: "302",
    message: "First episode starts before child was born.",
    tables: ["header", "episodes"],
    fields: ["DECOM", "DOB"],
    validate(ctx) {
      const dobs = dobByChild(ctx);
      const firsts = episodesByChild(ctx).map((rows) => rows[0] as Ssda903Row);
      const early = firsts.filter(
        (row) => (dobs.get(val(row, "CHILD")) ?? "") > (dateOf(row, "DECOM") ?? ""),
      );
      return withHeader(ctx, early);
    },
  },
  {
    code: "351",
    message: "Child was over 21 at the start of the current collection year.",
    tables: ["header"],
    fields: ["DOB"],
    validate(ctx) {
      return failing(ctx, "header", (row) => {
        const dob = dateOf(row, "DOB");
        return dob !== null && span(ctx).start > birthday(dob, 21);
      });
    },
  },
  episodeAgeRule(
    "352",
    "Child who started to be looked after was aged 18 or over.",
    ["DECOM", "RNE"],
    (row, dob) => val(row, "RNE").toUpperCase() === "S" && (dateOf(row, "DECOM") ?? "") >= birthday(dob, 18),
  ),
  {
    code: "353",
    message: "No episode submitted can start before 14 October 1991.",
    tables: ["episodes"],
    fields: ["DECOM"],
    validate: (ctx) => failing(ctx, "episodes", (row) => (dateOf(row, "DECOM") ?? "9") < "1991-10-14"),
  },
  {
    code: "354",
    message: "Date episode ceased must be on or before the end of the current collection year.",
    tables: ["episodes"],
    fields: ["DECOM"],
    validate: (ctx) => failing(ctx, "episodes", (row) => (dateOf(row, "DECOM") ?? "") > span(ctx).end),
  },
  {
    code: "355",
    message: "Episode appears to have lasted for less than 24 hours",
    tables: ["episodes"],
    fields: ["DECOM", "DEC"],
    validate: (ctx) =>
      failing(ctx, "episodes", (row) => !isBlank(row, "DECOM") && val(row, "DECOM") === val(row, "DEC")),
  },
  {
    code: "356",
    message: "The date the episode ceased is before the date the same episode started.",
    tables: ["episodes"],
    fields: ["DECOM"],
    validate: (ctx) =>
      failing(ctx, "episodes", (row) => (dateOf(row, "DEC") ?? "9") < (dateOf(row, "DECOM") ?? "")),
  },
  episodeAgeRule(
    "358",
    "Child with this legal status should not be under 10.",
    ["DECOM", "DOB", "LS"],
    (row, dob) =>
      ["J1", "J2", "J3"].includes(val(row, "LS")) && (dateOf(row, "DECOM") ?? "9") <= birthday(dob, 10),
    true,
  ),
  episodeAgeRule(
    "359",
    "Child being looked after following 18th birthday must be accommodated under section 20(5) of the Children Act 1989 in a community home.",
    ["DEC", "LS", "PLACE"],
    (row, dob, ctx) =>
      birthday(dob, 18) < span(ctx).end &&
      isBlank(row, "DEC") &&
      !(val(row, "LS") === "V2" && val(row, "PLACE") === "K2"),
  ),
  placedTooYoung(
    "371",
    "Child in supported accomodation not subject to children’s homes regulations should be at least 16.",
    "K3",
    16,
  ),
  placedTooYoung("372", "Child in youth custody or prison should be at least 10.", "R5", 10),
  placedTooYoung("373", "Child placed in a school should be at least 4 years old.", "S1", 4),
  placedTooYoung("374", "Child in residential employment should be at least 14 years old.", "P3", 14),
  {
    code: "385",
    message: "Date episode ceased must be on or before the end of the current collection year.",
    tables: ["episodes"],
    fields: ["DEC"],
    validate: (ctx) => failing(ctx, "episodes", (row) => (dateOf(row, "DEC") ?? "") > span(ctx).end),
  },
  episodeAgeRule(
    "386",
    "Reason episode ceased is adopted but child has reached age 18.",
    ["REC"],
    (row, dob) =>
      ["E11", "E12"].includes(val(row, "REC").toUpperCase()) &&
      (dateOf(row, "DEC") ?? "") >= birthday(dob, 18),
  ),
];
