/**
 * A DfE SSDA903 validation rule: its code and message as the DfE (and the Data to Insight validator)
 * give them, the tables and fields it reads, and the rows it fails. Rules are pure functions of the
 * current return and, for rules that compare years, the previous one.
 */
import type { Ssda903Return, Ssda903Row, Ssda903Table } from "../tables.js";

export interface ValidationContext {
  current: Ssda903Return;
  /** The previous collection year's return, when the council has loaded it. */
  previous: Ssda903Return | null;
}

/** A row a rule fails. */
export interface FailedRow {
  table: Ssda903Table;
  row: Ssda903Row;
}

export interface ValidationRule {
  /** The DfE code, e.g. "103" or "392A". */
  code: string;
  /** The DfE message, word for word. */
  message: string;
  tables: readonly Ssda903Table[];
  fields: readonly string[];
  /** True when the rule needs the previous year's return (it passes when there is none). */
  comparesYears?: boolean;
  validate(ctx: ValidationContext): FailedRow[];
}

/** The rows of one table that fail a test, each once, in file order. */
export function failing(
  ctx: ValidationContext,
  table: Ssda903Table,
  test: (row: Ssda903Row) => boolean,
): FailedRow[] {
  return ctx.current.tables[table].filter(test).map((row) => ({ table, row }));
}
