/**
 * The council setting that PostgreSQL's row-level security reads (migration 0012). Each call of a
 * CouncilStore method takes one pooled connection, runs `set_config('outturn.la', <la>, false)` on
 * it, does all its queries (and any transaction) on that connection, and clears the setting before
 * the connection goes back to the pool. A Proxy wraps every method, so a method added to the
 * CouncilStore later is covered without an edit here.
 */
import { type Kysely, sql } from "kysely";
import { SqlCouncilStore } from "./council-store.js";
import type { TenantTables } from "./schema.js";
import type { CouncilStore } from "./store.js";
import { CouncilQueries } from "./tenancy.js";

/** Runs `work` on one connection that carries the council's setting, cleared afterwards. */
export function withCouncilSetting<T>(
  db: Kysely<TenantTables>,
  la: string,
  work: (connection: Kysely<TenantTables>) => Promise<T>,
): Promise<T> {
  return db.connection().execute(async (connection) => {
    await sql`select set_config('outturn.la', ${la}, false)`.execute(connection);
    try {
      return await work(connection);
    } finally {
      await sql`reset outturn.la`.execute(connection);
    }
  });
}

/** A CouncilStore whose every method runs on a connection set to its council (PostgreSQL). */
export function settingCouncilStore(db: Kysely<TenantTables>, la: string): CouncilStore {
  const bound = new SqlCouncilStore(new CouncilQueries(db, la));
  return new Proxy(bound, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) =>
        withCouncilSetting(db, la, (connection) => {
          const onConnection = new SqlCouncilStore(new CouncilQueries(connection, la));
          return Reflect.apply(value, onConnection, args) as Promise<unknown>;
        });
    },
  });
}
