/**
 * Reads one register from a CSV or XLSX file and checks every row against the register's layout.
 * Bad data never throws: every broken rule comes back as an ImportError naming the file, the row
 * (as the spreadsheet numbers it, header row = 1), the column, the value and the rule.
 */
import { keyOf, type RegisterName, type RegisterRows } from "../../domain/registers.js";
import { type Cell, cellText, UnreadableCell } from "./cells.js";
import type { Column, Layout } from "./layout.js";
import { LAYOUTS } from "./layouts/index.js";
import { readCsv } from "./read/csv.js";
import type { ReadResult, Sheet } from "./read/sheet.js";
import { readXlsx } from "./read/xlsx.js";

export interface ImportError {
  file: string;
  /** The spreadsheet row number, counting the header row as 1; 0 for the file as a whole. */
  row: number;
  column: string;
  value: string;
  rule: string;
}

export interface RegisterFile {
  name: string;
  bytes: Uint8Array;
}

export type ParseResult<R extends RegisterName> = { rows: RegisterRows[R][] } | { errors: ImportError[] };

export const MAX_ERRORS = 1000;

type Problem = Omit<ImportError, "file">;

async function read(register: RegisterName, file: RegisterFile): Promise<ReadResult> {
  const extension = /\.([^.]+)$/.exec(file.name)?.[1]?.toLowerCase();
  if (extension === "csv" || extension === "txt") return readCsv(file.bytes);
  if (extension === "xlsx" || extension === "xlsm") return readXlsx(file.bytes, register);
  const rule =
    extension === "xls"
      ? "is an old-style .xls workbook; save it as .xlsx or .csv"
      : "must be a .csv or .xlsx file (the name says which)";
  return { failure: { row: 0, rule } };
}

/** "A", "B", … "Z", "AA": the column letter a spreadsheet shows for a 0-based index. */
function columnLetter(index: number): string {
  const letter = String.fromCharCode(65 + (index % 26));
  return index < 26 ? letter : columnLetter(Math.floor(index / 26) - 1) + letter;
}

const normalise = (header: string) => header.toLowerCase().replace(/\s+/g, "");

/** Maps each header cell to its column's field, or reports what is wrong with the header row. */
function matchHeader(
  layout: Layout,
  header: readonly Cell[],
): { fields: (string | null)[]; problems: Problem[] } {
  const byHeader = new Map(Object.entries(layout.columns).map(([field, c]) => [normalise(c.header), field]));
  const headers = Object.values(layout.columns).map((c) => c.header);
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const fields = header.map((cell) => {
    const text = cellText(cell);
    if (text === "") return null;
    const field = byHeader.get(normalise(text));
    const at = { row: 1, column: text, value: text };
    if (field === undefined) {
      problems.push({
        ...at,
        rule: `is not a column of ${layout.title}; its columns are ${headers.join(", ")}`,
      });
      return null;
    }
    if (seen.has(field)) problems.push({ ...at, rule: "must appear only once in the header row" });
    seen.add(field);
    return field;
  });
  for (const [field, column] of Object.entries(layout.columns)) {
    if (column.required && !seen.has(field)) {
      problems.push({
        row: 1,
        column: column.header,
        value: "",
        rule: "is a required column and is missing from row 1",
      });
    }
  }
  return { fields, problems };
}

function* checkRows<R extends RegisterName>(
  layout: Layout<R>,
  sheet: Sheet,
  fields: (string | null)[],
  rows: RegisterRows[R][],
): Generator<Problem> {
  const columns: Readonly<Record<string, Column>> = layout.columns;
  const keyHeaders = layout.key.map((field) => columns[field]?.header).join(", ");
  const firstRowOfKey = new Map<string, number>();
  for (const { row, cells } of sheet.rows) {
    const input: Record<string, Cell> = Object.fromEntries(
      Object.keys(columns).map((field) => [field, null]),
    );
    const unreadable = new Set<string>();
    for (const [index, cell] of cells.entries()) {
      const field = fields[index];
      const value = cellText(cell);
      if (field === undefined || field === null) {
        if (value !== "")
          yield { row, column: `column ${columnLetter(index)}`, value, rule: "has a value but no header" };
      } else if (cell instanceof UnreadableCell) {
        unreadable.add(field);
        yield { row, column: columns[field]?.header ?? field, value, rule: cell.rule };
      } else {
        input[field] = cell;
      }
    }
    const parsed = layout.row.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? "");
        if (unreadable.has(field)) continue;
        yield {
          row,
          column: columns[field]?.header ?? field,
          value: cellText(input[field]),
          rule: issue.message,
        };
      }
    } else if (unreadable.size === 0) {
      const key = keyOf(layout.register, parsed.data);
      const first = firstRowOfKey.get(key);
      if (first !== undefined) {
        yield {
          row,
          column: keyHeaders,
          value: key,
          rule: `must be unique in the file; row ${first} has the same ${keyHeaders}`,
        };
      } else {
        firstRowOfKey.set(key, row);
        rows.push(parsed.data);
      }
    }
  }
}

/** Reads and checks a whole register file; returns its rows, or every error in it (up to MAX_ERRORS). */
export async function parseRegister<R extends RegisterName>(
  register: R,
  file: RegisterFile,
): Promise<ParseResult<R>> {
  const layout: Layout<R> = LAYOUTS[register];
  const withFile = (problem: Problem): ImportError => ({ file: file.name, ...problem });
  const grid = await read(register, file);
  if ("failure" in grid) return { errors: [withFile({ column: "", value: "", ...grid.failure })] };
  const { fields, problems } = matchHeader(layout, grid.sheet.header);
  if (problems.length > 0) return { errors: problems.map(withFile) };
  const rows: RegisterRows[R][] = [];
  const errors: ImportError[] = [];
  for (const problem of checkRows(layout, grid.sheet, fields, rows)) {
    if (errors.length === MAX_ERRORS) {
      const rule = `stopped after ${MAX_ERRORS} errors; correct these and import the file again to see the rest`;
      errors.push(withFile({ row: 0, column: "", value: "", rule }));
      break;
    }
    errors.push(withFile(problem));
  }
  return errors.length > 0 ? { errors } : { rows };
}
