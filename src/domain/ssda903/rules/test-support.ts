/**
 * Test support for validation rules: builds a return from plain rows, the way the CSV loader would
 * (every column of the table's layout present, "" when blank; each row's file "<year>/<table file>";
 * rows numbered from 2, the header line being 1), and runs a rule to list the rows it fails.
 * For tests only; no product code imports it.
 */
import {
  SSDA903_LAYOUTS,
  SSDA903_TABLES,
  type Ssda903Return,
  type Ssda903Row,
  type Ssda903Table,
} from "../tables.js";
import type { ValidationRule } from "./rule.js";

/** Plain rows by table: each row a record of column → text; missing columns become "". */
export type PlainTables = Partial<Record<Ssda903Table, readonly Readonly<Record<string, string>>[]>>;

function rowsOf(year: number, table: Ssda903Table, plain: PlainTables[Ssda903Table]): Ssda903Row[] {
  const layout = SSDA903_LAYOUTS[table];
  return (plain ?? []).map((values, index) => {
    const full: Record<string, string> = {};
    for (const column of layout.columns) full[column] = values[column] ?? "";
    for (const [column, value] of Object.entries(values)) full[column] = value;
    return { file: `${year}/${layout.file}`, row: index + 2, values: full };
  });
}

/** The return for collection year `year` (ending 31 March `year`), every table present (empty when not given). */
export function returnOf(year: number, tables: PlainTables = {}): Ssda903Return {
  const built = {} as Record<Ssda903Table, Ssda903Row[]>;
  for (const table of SSDA903_TABLES) built[table] = rowsOf(year, table, tables[table]);
  return { year, tables: built };
}

/** The previous year's return for a current year `year`: i.e. returnOf(year - 1, tables). */
export function previousOf(year: number, tables: PlainTables = {}): Ssda903Return {
  return returnOf(year - 1, tables);
}

/** A failed row as tests compare it: table, row number and child. */
export interface FailedAt {
  table: Ssda903Table;
  row: number;
  child: string;
}

/** The rows a rule fails for a current (and optional previous) return, as {table, row, child}. */
export function failuresOf(
  rule: ValidationRule,
  current: Ssda903Return,
  previous: Ssda903Return | null = null,
): FailedAt[] {
  return rule
    .validate({ current, previous })
    .map(({ table, row }) => ({ table, row: row.row, child: row.values.CHILD ?? "" }));
}
