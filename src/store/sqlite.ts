/**
 * The embedded store: one SQLite file (or ":memory:"), in WAL mode with foreign keys enforced.
 * Transactions begin IMMEDIATE: they take the write lock at once, waiting up to the busy timeout for
 * another process (a server beside a command-line import) to finish. A deferred transaction that
 * has read and then needs to write fails at once instead, because its view is out of date.
 */
import BetterSqlite3 from "better-sqlite3";
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  Kysely,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
} from "kysely";
import { KyselyStore } from "./kysely-store.js";
import type { Database } from "./schema.js";
import type { Store } from "./store.js";

class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("begin immediate"));
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }
}

export async function openSqliteStore(file: string): Promise<Store> {
  const database = new BetterSqlite3(file);
  database.pragma("journal_mode = WAL");
  database.pragma("foreign_keys = ON");
  database.pragma("busy_timeout = 5000");
  return new KyselyStore(
    new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database }) }),
    "sqlite",
  );
}
