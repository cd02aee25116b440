/**
 * A council's SSDA903 rows in the store. replaceSsda903Rows replaces whole collection years in one
 * transaction and audits, for each year and table that changed, its row count and a fingerprint
 * of its rows before and after (the values themselves are child-level data and stay out of the audit).
 */
import { createHash } from "node:crypto";
import {
  SSDA903_TABLES,
  type Ssda903Return,
  type Ssda903Row,
  type Ssda903Table,
} from "../domain/ssda903/tables.js";
import { type Change, recordChanges } from "./audit.js";
import { type Actor, type ReplaceResult, StoreError } from "./store.js";
import type { CouncilQueries } from "./tenancy.js";

const TABLE = "ssda903_rows";
type Tables = Record<Ssda903Table, Ssda903Row[]>;

const emptyTables = (): Tables =>
  Object.fromEntries(SSDA903_TABLES.map((t) => [t, [] as Ssda903Row[]])) as Tables;
const rowKey = (year: number, table: string, row: Ssda903Row) =>
  `${year}\u0000${table}\u0000${row.file}\u0000${row.row}`;

async function readReturns(queries: CouncilQueries, years?: readonly number[]): Promise<Ssda903Return[]> {
  let query = queries.select(TABLE).selectAll();
  if (years) {
    if (years.length === 0) return [];
    query = query.where("year", "in", [...years]);
  }
  const records = await query
    .orderBy("year")
    .orderBy("table_name")
    .orderBy("file")
    .orderBy("row_number")
    .execute();
  const byYear = new Map<number, Tables>();
  for (const r of records) {
    const year = Number(r.year);
    const tables = byYear.get(year) ?? emptyTables();
    byYear.set(year, tables);
    const values = JSON.parse(String(r.row_values)) as Record<string, string>;
    tables[String(r.table_name) as Ssda903Table]?.push({
      file: String(r.file),
      row: Number(r.row_number),
      values,
    });
  }
  return [...byYear].map(([year, tables]) => ({ year, tables }));
}

/** "1620 rows, sha256 3f9a…": what the audit keeps of a year's table. */
function fingerprint(rows: readonly Ssda903Row[]): string | null {
  if (rows.length === 0) return null;
  const hash = createHash("sha256");
  for (const row of rows) hash.update(JSON.stringify([row.file, row.row, row.values]));
  return `${rows.length} rows, sha256 ${hash.digest("hex").slice(0, 12)}`;
}

function checked(returns: readonly Ssda903Return[]): Ssda903Return[] {
  const years = new Set<number>();
  const keys = new Set<string>();
  for (const { year, tables } of returns) {
    if (!Number.isInteger(year) || year < 1990 || year > 2200)
      throw new StoreError(`ssda903: ${year} is not a collection year`);
    if (years.has(year)) throw new StoreError(`ssda903: the collection year ${year} is given twice`);
    years.add(year);
    for (const table of SSDA903_TABLES) {
      for (const row of tables[table] ?? []) {
        const key = rowKey(year, table, row);
        if (keys.has(key))
          throw new StoreError(`ssda903 ${year} ${row.file} row ${row.row}: the row is given twice`);
        keys.add(key);
      }
    }
  }
  return [...returns].sort((a, b) => a.year - b.year);
}

export async function replaceSsda903Rows(
  queries: CouncilQueries,
  returns: readonly Ssda903Return[],
  actor: Actor,
): Promise<ReplaceResult> {
  const incoming = checked(returns);
  const years = incoming.map((r) => r.year);
  return queries.transaction(async (q) => {
    const existing = new Map((await readReturns(q, years)).map((r) => [r.year, r.tables]));
    const result: ReplaceResult = { inserted: 0, updated: 0, deleted: 0, unchanged: 0 };
    const changes: Change[] = [];
    const records = [];
    for (const { year, tables } of incoming) {
      const before = existing.get(year) ?? emptyTables();
      for (const table of SSDA903_TABLES) {
        const [oldRows, newRows] = [before[table], tables[table] ?? []];
        const old = new Map(oldRows.map((row) => [rowKey(year, table, row), JSON.stringify(row.values)]));
        for (const row of newRows) {
          const values = JSON.stringify(row.values);
          const was = old.get(rowKey(year, table, row));
          if (was === undefined) result.inserted++;
          else if (was === values) result.unchanged++;
          else result.updated++;
          old.delete(rowKey(year, table, row));
          records.push({ year, table_name: table, file: row.file, row_number: row.row, row_values: values });
        }
        result.deleted += old.size;
        const [oldValue, newValue] = [fingerprint(oldRows), fingerprint(newRows)];
        if (oldValue !== newValue)
          changes.push({ register: "ssda903", key: `${year}/${table}`, field: "rows", oldValue, newValue });
      }
    }
    await q.delete(TABLE).where("year", "in", years).execute();
    await q.insert(TABLE, records);
    if (changes.length > 0) await recordChanges(q, changes, actor);
    return result;
  });
}

/** Every collection year's return, oldest first, each table's rows in file and row order. */
export function ssda903Returns(queries: CouncilQueries): Promise<Ssda903Return[]> {
  return readReturns(queries);
}
