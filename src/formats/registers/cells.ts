/**
 * The kinds of cell a register file holds, each a zod schema that turns one non-blank cell (from a
 * CSV field or an Excel cell) into a domain value, with the rule it enforces in plain English.
 */
import { z } from "zod";
import { type IsoDate, isIsoDate } from "../../domain/calendar/dates.js";
import {
  type FinancialYear,
  isFinancialYear,
  isPeriodNumber,
  type PeriodNumber,
} from "../../domain/calendar/financial.js";
import { MoneyError, type Pence, parsePounds } from "../../domain/money/money.js";

/** A cell that holds no value a register can use: an Excel error, or a formula never calculated. */
export class UnreadableCell {
  constructor(
    readonly text: string,
    readonly rule: string,
  ) {}
}

/** One cell as read from a file: CSV gives text; Excel also gives numbers, booleans and dates. */
export type Cell = string | number | boolean | Date | UnreadableCell | null;

/** How a cell is written into a template workbook. */
export type CellKind = "text" | "code" | "money" | "date" | "number" | "yes-no";

export interface CellType<T> {
  kind: CellKind;
  /** The rule a value must follow, as a person would say it; also the error message. */
  rule: string;
  /** The values allowed, for code columns (offered as a drop-down list in the template). */
  codes?: readonly string[];
  schema: z.ZodType<T>;
}

/** A cell as a person reads it: dates as YYYY-MM-DD, everything trimmed. */
export function cellText(cell: unknown): string {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? "" : cell.toISOString().slice(0, 10);
  if (typeof cell === "boolean") return cell ? "Yes" : "No";
  if (cell instanceof UnreadableCell) return cell.text;
  if (cell === null || cell === undefined) return "";
  return String(cell).trim();
}

const MAX_TEXT = 200;

export const TEXT: CellType<string> = {
  kind: "text",
  rule: `must be text of at most ${MAX_TEXT} characters`,
  schema: z.preprocess(
    cellText,
    z.string().max(MAX_TEXT, { error: `must be at most ${MAX_TEXT} characters` }),
  ),
};

/** A value from a fixed list, matched without regard to case and written as the list writes it. */
export function code<const L extends readonly [string, ...string[]]>(
  codes: L,
  rule: string,
): CellType<L[number]> {
  const canonical = (cell: unknown) => {
    const text = cellText(cell).toLowerCase();
    return codes.find((c) => c.toLowerCase() === text) ?? text;
  };
  return { kind: "code", rule, codes, schema: z.preprocess(canonical, z.enum(codes, { error: rule })) };
}

function oneOf(codes: readonly string[]): string {
  return `must be one of: ${codes.join(", ")}`;
}

/** A code list whose rule simply names its values. */
export function listed<const L extends readonly [string, ...string[]]>(codes: L): CellType<L[number]> {
  return code(codes, oneOf(codes));
}

const POUNDS_RULE = "must be an amount in pounds with at most 2 decimal places, e.g. 1234.56";

/** Excel numbers are written out in full, so 12.345 keeps its third decimal and is refused. */
function poundsText(cell: unknown): string {
  return typeof cell === "number" && Number.isFinite(cell) ? String(cell) : cellText(cell);
}

const pence = z.string().transform((text, ctx): Pence => {
  try {
    return parsePounds(text);
  } catch (error) {
    if (!(error instanceof MoneyError)) throw error;
    ctx.addIssue({ code: "custom", message: POUNDS_RULE });
    return z.NEVER;
  }
});

export const POUNDS: CellType<Pence> = {
  kind: "money",
  rule: POUNDS_RULE,
  schema: z.preprocess(poundsText, pence),
};

export const POUNDS_NOT_NEGATIVE: CellType<Pence> = {
  kind: "money",
  rule: `${POUNDS_RULE}, and not negative`,
  schema: z.preprocess(poundsText, pence.pipe(z.number().min(0, { error: "must not be negative" }))),
};

const DATE_RULE = "must be a date written YYYY-MM-DD or dd/mm/yyyy (or an Excel date)";
const DMY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

function isoDate(cell: unknown): string {
  const text = cellText(cell);
  const dmy = DMY.exec(text);
  if (!dmy) return text;
  return `${dmy[3]}-${(dmy[2] ?? "").padStart(2, "0")}-${(dmy[1] ?? "").padStart(2, "0")}`;
}

export const DATE: CellType<IsoDate> = {
  kind: "date",
  rule: DATE_RULE,
  schema: z.preprocess(isoDate, z.string().refine(isIsoDate, { error: DATE_RULE })),
};

const YEAR_RULE = "must be a financial year written like 2024-25";

export const FINANCIAL_YEAR: CellType<FinancialYear> = {
  kind: "text",
  rule: YEAR_RULE,
  schema: z.preprocess(cellText, z.string().refine(isFinancialYear, { error: YEAR_RULE })),
};

const PERIOD_RULE = "must be a period from 1 (April) to 12 (March), written 7 or P7";

export const PERIOD: CellType<PeriodNumber> = {
  kind: "number",
  rule: PERIOD_RULE,
  schema: z.preprocess(
    (cell) => Number(cellText(cell).replace(/^p/i, "") || Number.NaN),
    z.custom<PeriodNumber>((n) => typeof n === "number" && isPeriodNumber(n), { error: PERIOD_RULE }),
  ),
};

const DECIMAL = /^\d+(\.\d+)?$/;

/** A plain number that is not negative; text such as "0.6" is read as the number. */
function decimal(cell: unknown): number {
  if (typeof cell === "number") return cell;
  const text = cellText(cell);
  return DECIMAL.test(text) ? Number(text) : Number.NaN;
}

const FTE_RULE = "must be a number of full-time equivalents above 0 and at most 1, e.g. 0.6";

export const FTE: CellType<number> = {
  kind: "number",
  rule: FTE_RULE,
  schema: z.preprocess(
    decimal,
    z.number({ error: FTE_RULE }).gt(0, { error: FTE_RULE }).max(1, { error: FTE_RULE }),
  ),
};

const MILES_RULE = "must be a number of miles, 0 or more, e.g. 23.5";

export const MILES: CellType<number> = {
  kind: "number",
  rule: MILES_RULE,
  schema: z.preprocess(decimal, z.number({ error: MILES_RULE }).min(0, { error: MILES_RULE })),
};

const SIGNED_DECIMAL = /^-?\d+(\.\d+)?$/;

/** A number that may be negative; text may end in "%", which is dropped ("3.5%" is 3.5). */
function signedDecimal(cell: unknown): number {
  if (typeof cell === "number") return cell;
  const text = cellText(cell).replace(/%$/, "").trim();
  return SIGNED_DECIMAL.test(text) ? Number(text) : Number.NaN;
}

/** A percentage written as a number (3.5 for 3.5%), within the bounds given. */
export function percent(bounds: { above?: number; min?: number; max?: number } = {}): CellType<number> {
  const limits = [
    bounds.above === undefined ? "" : `above ${bounds.above}`,
    bounds.min === undefined ? "" : `${bounds.min} or more`,
    bounds.max === undefined ? "" : `at most ${bounds.max}`,
  ].filter((limit) => limit !== "");
  const rule = `must be a percentage written as a number (3.5 for 3.5%)${limits.length > 0 ? `, ${limits.join(" and ")}` : ""}`;
  let number = z.number({ error: rule });
  if (bounds.above !== undefined) number = number.gt(bounds.above, { error: rule });
  if (bounds.min !== undefined) number = number.min(bounds.min, { error: rule });
  if (bounds.max !== undefined) number = number.max(bounds.max, { error: rule });
  return { kind: "number", rule, schema: z.preprocess(signedDecimal, number) };
}

const MEASURE_RULE = "must be a number, 0 or more, e.g. 34, 0.5 or 4,250.50";

/** A count, an FTE or an amount in pounds a driver measures: any number not below 0; "£" and "," are dropped. */
export const MEASURE: CellType<number> = {
  kind: "number",
  rule: MEASURE_RULE,
  schema: z.preprocess(
    (cell) => (typeof cell === "number" ? cell : decimal(cellText(cell).replace(/[£,]/g, ""))),
    z.number({ error: MEASURE_RULE }).min(0, { error: MEASURE_RULE }),
  ),
};

const YES_NO_RULE = "must be Yes or No";
const YES = new Set(["yes", "y", "true"]);
const NO = new Set(["no", "n", "false"]);

export const YES_NO: CellType<boolean> = {
  kind: "yes-no",
  rule: YES_NO_RULE,
  codes: ["Yes", "No"],
  schema: z.preprocess(
    (cell) => {
      const text = cellText(cell).toLowerCase();
      return YES.has(text) ? true : NO.has(text) ? false : text;
    },
    z.boolean({ error: YES_NO_RULE }),
  ),
};
