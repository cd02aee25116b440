/**
 * Reads one 903 table from CSV: the header names the columns (any order, any case), every column of
 * the table's layout must be there, other columns are ignored and noted, and each row's values come
 * back as text with dd/mm/yyyy dates as ISO.
 */

import { SSDA903_LAYOUTS, type Ssda903Row, type Ssda903Table } from "../../domain/ssda903/tables.js";
import { eachCsvRecord } from "./csv-records.js";
import { problem, type Ssda903Problem } from "./errors.js";
import { decodeUtf8, isoDate } from "./values.js";

export interface CsvTable {
  rows: Ssda903Row[];
  /** The `extra` columns' values, a list per column in `extra`'s order, a value per row (the rows' values hold the table's own). */
  extraColumns: string[][];
  /** Columns the file has beyond the layout's and `extra`, ignored. */
  unknownColumns: string[];
}

export type CsvResult = { table: CsvTable } | { problems: Ssda903Problem[] };

/** Columns the table must have and has not, and columns named twice. */
function headerProblems(
  file: string,
  table: Ssda903Table,
  header: readonly string[],
  wanted: readonly string[],
): Ssda903Problem[] {
  const problems: Ssda903Problem[] = [];
  for (const column of wanted) {
    if (!header.includes(column))
      problems.push(problem(file, 1, column, "", `the ${table} table must have the column ${column}`));
  }
  header.forEach((name, i) => {
    if (name && header.indexOf(name) !== i)
      problems.push(problem(file, 1, name, name, "a column may appear only once"));
  });
  return problems;
}

function isBlank(record: readonly string[]): boolean {
  for (let i = 0; i < record.length; i++) if ((record[i] as string).trim() !== "") return false;
  return true;
}

/**
 * `extra` names columns the layout wants besides the table's own (the regional layout's LA and
 * YEAR): they are required too, and their values come back in `extraColumns`.
 */
export function readCsvTable(
  file: string,
  bytes: Uint8Array,
  table: Ssda903Table,
  extra: readonly string[] = [],
): CsvResult {
  const decoded = decodeUtf8(file, bytes);
  if ("problem" in decoded) return { problems: [decoded.problem] };
  const layout = SSDA903_LAYOUTS[table];
  const wanted = [...layout.columns, ...extra];
  const columns = layout.columns;
  const rows: Ssda903Row[] = [];
  const extraColumns: string[][] = extra.map(() => []);
  let header: string[] | undefined;
  let problems: Ssda903Problem[] = [];
  // Plain indexed loops: this runs once per cell of every file, mostly before it is optimised.
  let at: number[] = [];
  let isDate: boolean[] = [];
  let extraAt: number[] = [];
  const blank: Record<string, string> = {};
  for (const column of columns) blank[column] = "";
  const invalid = eachCsvRecord(decoded.text, (record, line) => {
    if (header === undefined) {
      header = record.map((name) => name.trim().toUpperCase());
      problems = headerProblems(file, table, header, wanted);
      at = columns.map((column) => (header as string[]).indexOf(column));
      isDate = columns.map((column) => layout.dates.includes(column));
      extraAt = extra.map((column) => (header as string[]).indexOf(column));
      return problems.length === 0;
    }
    if (isBlank(record)) return true;
    const values: Record<string, string> = { ...blank };
    for (let c = 0; c < columns.length; c++) {
      const text = (record[at[c] as number] ?? "").trim();
      values[columns[c] as string] = isDate[c] ? isoDate(text) : text;
    }
    rows.push({ file, row: line, values });
    for (let c = 0; c < extraAt.length; c++)
      (extraColumns[c] as string[]).push((record[extraAt[c] as number] ?? "").trim());
    return true;
  });
  if (invalid)
    return { problems: [problem(file, invalid.line, "", "", `must be valid CSV (${invalid.error})`)] };
  header ??= [];
  if (problems.length === 0) problems = headerProblems(file, table, header, wanted);
  if (problems.length > 0) return { problems };
  const known = new Set(wanted);
  return {
    table: {
      rows,
      extraColumns,
      unknownColumns: (header as string[]).filter((name) => name && !known.has(name)),
    },
  };
}
