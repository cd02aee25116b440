/**
 * Migration 0012 (PostgreSQL only): row-level security, the second wall behind CouncilQueries'
 * `where la = `. Every table of the current schema with an `la` column, except those sign-in reads
 * before the council is known, only shows and accepts rows of the council named by the connection's
 * `outturn.la` setting; no setting, no rows. FORCE makes the policy bind the tables' owner too, the
 * role the app connects as. SQLite has no row-level security, so there it does nothing.
 */
import { type Migration, sql } from "kysely";
import type { AnyDb } from "./migration-builders.js";
import type { Dialect } from "./migrations.js";

/** The tables with `la` that stay open to the app's role: sign-in reads them before it knows the council. */
export const OPEN_TABLES: readonly string[] = ["councils", "users", "sessions"];

/** The policy's name on every tenant table. */
export const POLICY = "outturn_council";

/** The tables of the current schema with an `la` column that row-level security guards. */
export async function tenantTables(db: AnyDb): Promise<string[]> {
  const { rows } = await sql<{ table_name: string }>`
    select c.table_name from information_schema.columns c
    join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
    where c.table_schema = current_schema() and c.column_name = 'la' and t.table_type = 'BASE TABLE'
    order by c.table_name`.execute(db);
  return rows.map((row) => row.table_name).filter((table) => !OPEN_TABLES.includes(table));
}

export function rowSecurity(dialect: Dialect): Migration {
  return {
    async up(db: AnyDb) {
      if (dialect !== "postgres") return;
      for (const table of await tenantTables(db)) {
        const name = sql.table(table);
        await sql`alter table ${name} enable row level security`.execute(db);
        await sql`alter table ${name} force row level security`.execute(db);
        await sql`create policy ${sql.id(POLICY)} on ${name}
          using (la = current_setting('outturn.la', true))
          with check (la = current_setting('outturn.la', true))`.execute(db);
      }
    },
  };
}
