/**
 * A register's file layout: its columns in order, each with a header a finance officer recognises,
 * a description, an example and the schema that turns the cell into the domain value; plus the
 * rules across columns, written as a zod schema over the whole row.
 */
import { z } from "zod";
import type { IsoDate } from "../../domain/calendar/dates.js";
import type { RegisterName, RegisterRows } from "../../domain/registers.js";
import type { CellKind, CellType } from "./cells.js";

export interface Column<T = unknown> {
  header: string;
  description: string;
  /** A typical value, written as a person would type it. */
  example: string;
  required: boolean;
  kind: CellKind;
  /** Every rule the column's value must follow, in plain English, with a code column's values. */
  rule: string;
  codes?: readonly string[];
  /** Turns the cell (null when blank) into the domain value. */
  cell: z.ZodType<T>;
}

interface ColumnSpec {
  header: string;
  description: string;
  example: string;
  /** A rule across columns that this column's value must also follow, e.g. "on or after Start". */
  alsoRule?: string;
}

const BLANK_RULE = "must not be blank";
const blankToUndefined = (cell: unknown) => (cell === null || cell === "" ? undefined : cell);

function describe<T>(type: CellType<T>, spec: ColumnSpec, required: boolean) {
  const listed = type.codes?.every((code) => type.rule.includes(code)) ?? true;
  const typeRule = listed ? type.rule : `${type.rule} (${type.codes?.join(", ")})`;
  const rule = spec.alsoRule ? `${typeRule}; ${spec.alsoRule}` : typeRule;
  const codes = type.codes ? { codes: type.codes } : {};
  const { alsoRule: _, ...text } = spec;
  return { ...text, ...codes, required, kind: type.kind, rule };
}

/** A column that must hold a value on every row. */
export function required<T>(type: CellType<T>, spec: ColumnSpec): Column<T> {
  const present = z.custom<unknown>((cell) => cell !== undefined, { error: BLANK_RULE });
  return { ...describe(type, spec, true), cell: z.preprocess(blankToUndefined, present.pipe(type.schema)) };
}

/** A column that may be left blank (or left out of the file), when it takes the value `blank`. */
export function optional<T, D>(type: CellType<T>, spec: ColumnSpec, blank: D): Column<T | D> {
  const cell = z.preprocess(
    blankToUndefined,
    type.schema.optional().transform((value): T | D => (value === undefined ? blank : value)),
  );
  return { ...describe(type, spec, false), cell };
}

type Cells<C extends Record<string, Column>> = z.ZodObject<{ [K in keyof C]: C[K]["cell"] }>;
/** A row whose every cell is valid: the input to the rules across columns. */
type CleanRow<C extends Record<string, Column>> = z.ZodType<z.output<Cells<C>>, z.output<Cells<C>>>;

export interface Layout<R extends RegisterName = RegisterName> {
  register: R;
  /** The register's name for people, e.g. "Placements". */
  title: string;
  summary: string;
  /** Columns by field name, in the order a template lays them out. */
  columns: Readonly<Record<string, Column>>;
  /** The fields that identify a row (keyOf in src/domain/registers.ts), named in duplicate-row errors. */
  key: readonly string[];
  row: z.ZodType<RegisterRows[R]>;
}

export function defineLayout<R extends RegisterName, C extends Record<string, Column>>(spec: {
  register: R;
  title: string;
  summary: string;
  columns: C;
  key: readonly (keyof C & string)[];
  /** The rules across columns and the domain row, applied only once every cell is valid. */
  row: (cells: CleanRow<C>) => z.ZodType<RegisterRows[R], z.output<Cells<C>>>;
}): Layout<R> {
  const shape = Object.fromEntries(
    Object.entries(spec.columns).map(([field, column]) => [field, column.cell]),
  );
  const cells = z.object(shape) as Cells<C>;
  return { ...spec, row: cells.pipe(spec.row(z.custom<z.output<Cells<C>>>())) };
}

/** The rule "`later` must be on or after `earlier`", reported against the later date's column. */
export function notBefore(
  ctx: z.RefinementCtx,
  earlier: { date: IsoDate; header: string },
  later: { date: IsoDate | null; field: string },
): void {
  if (later.date !== null && later.date < earlier.date) {
    ctx.addIssue({ code: "custom", path: [later.field], message: `must be on or after ${earlier.header}` });
  }
}
