/**
 * The 903 CSV layouts, from files already in memory: a collection year's folder (the DfE layout,
 * dd/mm/yyyy dates), and the regional layout (one file per table for every year, ISO dates, with LA
 * and YEAR columns), split by YEAR into returns. Every problem in any file is gathered, then thrown
 * together as one Ssda903ImportError, so a user fixes them in one pass.
 */
import {
  SSDA903_LAYOUTS,
  SSDA903_TABLES,
  type Ssda903Return,
  type Ssda903Row,
  type Ssda903Table,
} from "../../domain/ssda903/tables.js";
import { readCsvTable } from "./csv.js";
import { problem, Ssda903ImportError, type Ssda903Problem } from "./errors.js";

/** A folder's files by lower-case name, and the name its files are reported under, e.g. "2024". */
export interface FolderFiles {
  prefix: string;
  files: ReadonlyMap<string, Uint8Array>;
}

/** Columns ignored, each noted once with the first file that had it. */
export class Notes {
  readonly #seen = new Map<string, string>();
  unknownColumns(file: string, table: Ssda903Table, columns: readonly string[]): void {
    for (const column of columns) {
      const key = `${table}\u0000${column}`;
      if (!this.#seen.has(key))
        this.#seen.set(key, `${file}: column ${column} is not in the 903 ${table} table and was ignored`);
    }
  }
  list(): string[] {
    return [...this.#seen.values()];
  }
}

type Tables = Record<Ssda903Table, Ssda903Row[]>;
const emptyTables = (): Tables =>
  Object.fromEntries(SSDA903_TABLES.map((t) => [t, [] as Ssda903Row[]])) as Tables;

function readTables(folder: FolderFiles, extra: readonly string[], notes: Notes) {
  const tables = emptyTables();
  const extras = Object.fromEntries(
    SSDA903_TABLES.map((t) => [t, extra.map(() => [] as string[])]),
  ) as Record<Ssda903Table, string[][]>;
  const problems: Ssda903Problem[] = [];
  for (const table of SSDA903_TABLES) {
    const layout = SSDA903_LAYOUTS[table];
    const file = `${folder.prefix}/${layout.file}`;
    const bytes = folder.files.get(layout.file.toLowerCase());
    if (!bytes) {
      if (layout.required)
        problems.push(problem(file, 0, "", "", `a return must have ${layout.file}; it is missing`));
      continue;
    }
    const read = readCsvTable(file, bytes, table, extra);
    if ("problems" in read) problems.push(...read.problems);
    else {
      tables[table] = read.table.rows;
      extras[table] = read.table.extraColumns;
      notes.unknownColumns(file, table, read.table.unknownColumns);
    }
  }
  return { tables, extras, problems };
}

/** One collection year's folder in the DfE CSV layout. */
export function readYearFolder(folder: FolderFiles, year: number, notes: Notes): Ssda903Return {
  const { tables, problems } = readTables(folder, [], notes);
  if (problems.length > 0) throw new Ssda903ImportError(problems);
  return { year, tables };
}

const YEAR = /^\d{4}$/;

/** The regional layout, split by YEAR; `la` keeps one council's rows when the files hold several. */
export function readRegional(
  folder: FolderFiles,
  choose: { year?: number; la?: string },
  notes: Notes,
): Ssda903Return[] {
  const { tables, extras, problems } = readTables(folder, ["LA", "YEAR"], notes);
  if (problems.length > 0) throw new Ssda903ImportError(problems);
  const las = new Set(extras.header[0]);
  if (choose.la !== undefined && !las.has(choose.la))
    problems.push(
      problem(
        `${folder.prefix}/header.csv`,
        0,
        "LA",
        choose.la,
        `no rows for this LA; the file has ${[...las].join(", ")}`,
      ),
    );
  else if (choose.la === undefined && las.size > 1)
    problems.push(
      problem(
        `${folder.prefix}/header.csv`,
        0,
        "LA",
        [...las].join(", "),
        "the file holds several councils: choose one with --file-la",
      ),
    );
  const byYear = new Map<number, Tables>();
  for (const table of SSDA903_TABLES) {
    const rows = tables[table];
    const [laColumn = [], yearColumn = []] = extras[table];
    let into: Tables | undefined;
    let intoYear = "";
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i] as Ssda903Row;
      const la = laColumn[i];
      const year = yearColumn[i] ?? "";
      if (choose.la !== undefined && la !== choose.la) continue;
      // Rows come in runs of one year, so the year's tables are looked up when it changes.
      if (year !== intoYear || into === undefined) {
        if (!YEAR.test(year)) {
          problems.push(problem(row.file, row.row, "YEAR", year, "must be the collection year, e.g. 2024"));
          continue;
        }
        if (choose.year !== undefined && Number(year) !== choose.year) continue;
        into = byYear.get(Number(year)) ?? emptyTables();
        byYear.set(Number(year), into);
        intoYear = year;
      }
      into[table].push(row);
    }
  }
  for (const [year, into] of byYear) {
    if (into.header.length === 0)
      problems.push(
        problem(
          `${folder.prefix}/header.csv`,
          0,
          "YEAR",
          String(year),
          "a year with rows in other tables must have header rows",
        ),
      );
  }
  if (choose.year !== undefined && !byYear.has(choose.year))
    problems.push(
      problem(`${folder.prefix}/header.csv`, 0, "YEAR", String(choose.year), "no rows for this year"),
    );
  if (problems.length > 0) throw new Ssda903ImportError(problems);
  return [...byYear].sort(([a], [b]) => a - b).map(([year, into]) => ({ year, tables: into }));
}
