/**
 * Backup and restore of one council: a versioned JSON document holding the council row and every
 * council table's rows as stored (every register, the 903 returns, the forecast snapshots and the
 * audit trail), read through the council-bound queries. A restore writes it in one transaction,
 * all or nothing, into a council with no data (or over one, when asked to replace it); audit entries
 * keep their time, person, source, field, values and order (their ids are the target store's own).
 * Users and sessions stay out: a backup holds a council's figures, never its sign-in secrets.
 */
import { REGISTER_NAMES } from "../domain/registers.js";
import { migrations } from "./migrations.js";
import { fieldOf, registerTable } from "./register-tables.js";
import type { SqlValue } from "./schema.js";
import { type Council, type CouncilTables, type Store, StoreError } from "./store.js";
import type { CouncilQueries } from "./tenancy.js";

export const BACKUP_FORMAT = "outturn-council-backup";

export interface CouncilBackup {
  format: typeof BACKUP_FORMAT;
  /** The latest migration of the schema the backup was made from, e.g. "0012-row-security". */
  schema: string;
  council: Council;
  /** Each council table's rows (column → value, without `la`), in key order; the audit oldest first, without ids. */
  tables: CouncilTables;
}

/** Every council table and the columns that order its rows (its key; the audit by id). */
function councilTables(): { table: string; order: string[] }[] {
  const registers = REGISTER_NAMES.map((name) => {
    const table = registerTable(name);
    return { table: table.table, order: table.key.map((key) => fieldOf(table, key)?.column ?? key) };
  });
  return [
    ...registers,
    { table: "ssda903_rows", order: ["year", "table_name", "file", "row_number"] },
    { table: "forecast_snapshots", order: ["year", "period"] },
    { table: "audit", order: ["id"] },
  ];
}

const compare = (a: SqlValue, b: SqlValue) => (a === b ? 0 : a === null ? -1 : b === null || a < b ? -1 : 1);

/** Reads every council table, in an order that is the same on both dialects (no collation). */
export async function readCouncilTables(queries: CouncilQueries): Promise<CouncilTables> {
  const tables: CouncilTables = {};
  for (const { table, order } of councilTables()) {
    const records = await queries.select(table).selectAll().execute();
    records.sort((a, b) => {
      for (const column of order) {
        const c = compare(a[column] ?? null, b[column] ?? null);
        if (c !== 0) return c;
      }
      return 0;
    });
    const dropped = table === "audit" ? ["la", "id"] : ["la"];
    tables[table] = records.map((record) =>
      Object.fromEntries(Object.entries(record).filter(([column]) => !dropped.includes(column))),
    );
  }
  return tables;
}

/** Rows in a council table now, by table; empty when the council has no data. */
async function tablesWithRows(queries: CouncilQueries): Promise<string[]> {
  const found: string[] = [];
  for (const { table } of councilTables()) {
    if (await queries.select(table).select("la").limit(1).executeTakeFirst()) found.push(table);
  }
  return found;
}

/**
 * Writes the council row and its tables in the caller's transaction. Refuses a council that has data
 * unless `replace`, which deletes the council's rows first.
 */
export async function writeCouncilTables(
  queries: CouncilQueries,
  council: Omit<Council, "la">,
  tables: CouncilTables,
  replace: boolean,
): Promise<void> {
  const known = councilTables();
  const present = await tablesWithRows(queries);
  if (present.length > 0 && !replace)
    throw new StoreError(
      `council ${queries.la} already has data (in ${present.join(", ")}); restore with --replace to overwrite it`,
    );
  for (const { table } of known) await queries.delete(table).execute();
  const values = { name: council.name, region: council.region, demo: council.demo ? 1 : 0 };
  if (await queries.select("councils").select("la").executeTakeFirst())
    await queries.update("councils", values).execute();
  else await queries.insert("councils", [values]);
  for (const { table } of known) {
    try {
      await queries.insert(table, tables[table] ?? []);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new StoreError(
        `backup table ${table}: the store refused its rows, so nothing was restored: ${reason}`,
        {
          cause: error,
        },
      );
    }
  }
}

/** The latest migration's name: the schema version a backup carries. */
export function schemaVersion(store: Store): string {
  return Object.keys(migrations(store.dialect)).sort().at(-1) ?? "";
}

export async function backupCouncil(store: Store, la: string): Promise<CouncilBackup> {
  const council = (await store.councils()).find((c) => c.la === la);
  if (!council) throw new StoreError(`no council "${la}" in the store to back up`);
  return {
    format: BACKUP_FORMAT,
    schema: schemaVersion(store),
    council,
    tables: await store.council(la).dump(),
  };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The document checked for what a restore relies on; a clear StoreError for anything else. */
export function checkBackup(document: unknown, store: Store): CouncilBackup {
  if (!isObject(document) || document.format !== BACKUP_FORMAT)
    throw new StoreError(`this is not an Outturn council backup (its "format" is not "${BACKUP_FORMAT}")`);
  const schema = schemaVersion(store);
  if (document.schema !== schema)
    throw new StoreError(
      `the backup is of schema ${String(document.schema)}, and this store is at ${schema}: restore it with the Outturn version that made it`,
    );
  const council = document.council;
  const named = isObject(council) && typeof council.la === "string" && council.la.trim() !== "";
  if (
    !named ||
    typeof council.name !== "string" ||
    typeof council.region !== "string" ||
    typeof council.demo !== "boolean"
  )
    throw new StoreError("the backup's council needs an la, a name, a region and whether it is a demo");
  if (!isObject(document.tables)) throw new StoreError("the backup has no tables");
  const known = new Set(councilTables().map((t) => t.table));
  for (const [table, rows] of Object.entries(document.tables)) {
    if (!known.has(table))
      throw new StoreError(`the backup has a table "${table}", which is not a council table`);
    if (!Array.isArray(rows) || !rows.every(isObject))
      throw new StoreError(`the backup's table ${table} is not a list of rows`);
  }
  return document as unknown as CouncilBackup;
}

/** Restores a backup into its council in one transaction; see writeCouncilTables for `replace`. */
export async function restoreCouncil(
  store: Store,
  backup: unknown,
  options: { replace?: boolean } = {},
): Promise<Council> {
  const { council, tables } = checkBackup(backup, store);
  await store.council(council.la).restore(council, tables, options.replace ?? false);
  return council;
}
