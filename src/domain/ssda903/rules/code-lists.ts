/**
 * The SSDA903 code lists the code rules check, by collection year where the DfE changed them, and the
 * small helpers those rules share (rowRule, which builds a one-table row rule, is in table-helpers.ts).
 * Codes come from Data to Insight's csc-validator-be-903 (lac_validator/rules/lac2022_23, and later
 * year folders where a list changed):
 * - SEX is 1/2 up to 2023-24 and M/F/U from 2024-25 (lac2024_25 rules 101, 174, 393);
 * - PLACE gains K3 in 2024-25 (lac2024_25 rule 146, whose lowercase "k3" is a typo for K3) and
 *   drops H5, P2 and Z1 for Z11–Z14 in 2025-26 (lac2025_26 rule 146).
 * A collection year is the year ending 31 March: 2025 is 2024-25.
 */
import { isIsoDate } from "../../calendar/dates.js";
import type { Ssda903Row, Ssda903Table } from "../tables.js";
import type { ValidationRule } from "./rule.js";
import { rowRule } from "./table-helpers.js";

export function sexCodes(year: number): { male: string; female: string; valid: readonly string[] } {
  return year >= 2025
    ? { male: "M", female: "F", valid: ["M", "F", "U"] }
    : { male: "1", female: "2", valid: ["1", "2"] };
}

const PLACE_ALWAYS = ["A3", "A4", "A5", "A6", "K1", "K2", "P1", "P3", "R1", "R2", "R3", "R5", "S1"];
const TEMPORARY = ["T0", "T1", "T2", "T3", "T4"];
const FOSTER = ["U1", "U2", "U3", "U4", "U5", "U6"];

/** The PLACE codes a collection year accepts (rule 146). */
export function placeCodes(year: number): readonly string[] {
  if (year >= 2026) return [...PLACE_ALWAYS, "K3", ...TEMPORARY, ...FOSTER, "Z11", "Z12", "Z13", "Z14"];
  const upTo2024 = [...PLACE_ALWAYS, "H5", "P2", ...TEMPORARY, ...FOSTER, "Z1"];
  return year >= 2025 ? [...upTo2024, "K3"] : upTo2024;
}

export const ETHNIC_CODES =
  "WBRI WIRI WOTH WIRT WROM MWBC MWBA MWAS MOTH AIND APKN ABAN AOTH BCRB BAFR BOTH CHNE OOTH REFU NOBT".split(
    " ",
  );
export const RNE_CODES = ["S", "P", "L", "T", "U", "B"];
export const LS_CODES = "C1 C2 D1 E1 V2 V3 V4 J1 J2 J3 L1 L2 L3".split(" ");
export const CIN_CODES = ["N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8"];
export const REC_CODES =
  "E11 E12 E2 E3 E4A E4B E13 E41 E45 E46 E47 E48 E5 E6 E7 E8 E9 E14 E15 E16 E17 X1".split(" ");
export const PLACE_CHANGE_CODES =
  "CARPL CLOSE ALLEG STAND APPRR CREQB CREQO CHILD LAREQ PLACE CUSTOD OTHER".split(" ");
export const REVIEW_CODES = ["PN0", "PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7"];
/** A UPN: a letter other than I, O or S, then 12 digits or 11 digits and a letter; or UN1–UN5 when unknown. */
export const UPN_PATTERN = /^(?:[A-HJ-NP-RT-Z](?:\d{12}|\d{11}[A-Z])|UN[1-5])$/;

export const isBlank = (value: string | undefined): boolean => (value ?? "").trim() === "";
export const field = (row: Ssda903Row, name: string): string => row.values[name] ?? "";

/** The date `years` years on, as pandas' DateOffset does it (29 February → 28 February). */
export function addYears(iso: string, years: number): string {
  const moved = `${String(Number(iso.slice(0, 4)) + years).padStart(4, "0")}${iso.slice(4)}`;
  return isIsoDate(moved) ? moved : `${moved.slice(0, 4)}-02-28`;
}

export function rowsByChild(rows: readonly Ssda903Row[]): Map<string, Ssda903Row[]> {
  const byChild = new Map<string, Ssda903Row[]>();
  for (const row of rows) {
    const child = field(row, "CHILD");
    byChild.set(child, [...(byChild.get(child) ?? []), row]);
  }
  return byChild;
}

/**
 * A rule that one field holds a code from a list (exact, case-sensitive, as the validator's `isin`).
 * `blankPasses` where the validator lets a blank (NA) through.
 */
export function codeListRule(
  code: string,
  message: string,
  table: Ssda903Table,
  name: string,
  codes: readonly string[] | ((year: number) => readonly string[]),
  blankPasses: boolean,
): ValidationRule {
  return rowRule(code, message, table, [name], (row, current) => {
    const value = field(row, name);
    if (isBlank(value)) return !blankPasses;
    return !(typeof codes === "function" ? codes(current.year) : codes).includes(value);
  });
}
