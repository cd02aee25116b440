/** The embedded store: one SQLite file (or ":memory:"), in WAL mode with foreign keys enforced. */
import BetterSqlite3 from "better-sqlite3";
import { Kysely, SqliteDialect } from "kysely";
import { KyselyStore } from "./kysely-store.js";
import type { Database } from "./schema.js";
import type { Store } from "./store.js";

export async function openSqliteStore(file: string): Promise<Store> {
  const database = new BetterSqlite3(file);
  database.pragma("journal_mode = WAL");
  database.pragma("foreign_keys = ON");
  database.pragma("busy_timeout = 5000");
  return new KyselyStore(new Kysely<Database>({ dialect: new SqliteDialect({ database }) }), "sqlite");
}
