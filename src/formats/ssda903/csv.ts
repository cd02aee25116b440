/**
 * Reads one 903 table from CSV: the header names the columns (any order, any case), every column of
 * the table's layout must be there, other columns are ignored and noted, and each row's values come
 * back as text with dd/mm/yyyy dates as ISO.
 */
import { CsvError, parse } from "csv-parse/sync";
import { SSDA903_LAYOUTS, type Ssda903Row, type Ssda903Table } from "../../domain/ssda903/tables.js";
import { problem, type Ssda903Problem } from "./errors.js";
import { decodeUtf8, isoDate } from "./values.js";

export interface CsvTable {
  rows: Ssda903Row[];
  /** Columns the file has beyond the layout's and `extra`, ignored. */
  unknownColumns: string[];
}

export type CsvResult = { table: CsvTable } | { problems: Ssda903Problem[] };

/**
 * `extra` names columns the layout wants besides the table's own (the regional layout's LA and
 * YEAR): they are required too, and kept in the values.
 */
export function readCsvTable(
  file: string,
  bytes: Uint8Array,
  table: Ssda903Table,
  extra: readonly string[] = [],
): CsvResult {
  const decoded = decodeUtf8(file, bytes);
  if ("problem" in decoded) return { problems: [decoded.problem] };
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(decoded.text, {
      bom: true,
      relax_column_count: true,
      info: true,
    }) as unknown as typeof records;
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const row = typeof error.lines === "number" ? error.lines : 0;
    return { problems: [problem(file, row, "", "", `must be valid CSV (${error.message})`)] };
  }
  const [head, ...body] = records;
  const header = (head?.record ?? []).map((name) => name.trim().toUpperCase());
  const layout = SSDA903_LAYOUTS[table];
  const wanted = [...layout.columns, ...extra];
  const problems: Ssda903Problem[] = [];
  for (const column of wanted) {
    if (!header.includes(column))
      problems.push(problem(file, 1, column, "", `the ${table} table must have the column ${column}`));
  }
  header.forEach((name, i) => {
    if (name && header.indexOf(name) !== i)
      problems.push(problem(file, 1, name, name, "a column may appear only once"));
  });
  if (problems.length > 0) return { problems };

  const index = new Map(wanted.map((column) => [column, header.indexOf(column)]));
  const dates = new Set(layout.dates);
  const rows: Ssda903Row[] = [];
  for (const { record, info } of body) {
    if (record.every((cell) => cell.trim() === "")) continue;
    const values: Record<string, string> = {};
    for (const [column, i] of index) {
      const text = (record[i] ?? "").trim();
      values[column] = dates.has(column) ? isoDate(text) : text;
    }
    rows.push({ file, row: info.lines, values });
  }
  const known = new Set(wanted);
  return { table: { rows, unknownColumns: header.filter((name) => name && !known.has(name)) } };
}
