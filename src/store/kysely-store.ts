/** The Store over either dialect: councils, migrations, and a CouncilStore per council. */
import type { Kysely } from "kysely";
import { type AccessStore, type AccessTables, SqlAccessStore } from "./access-store.js";
import { SqlCouncilStore } from "./council-store.js";
import { type Dialect, migrateToLatest } from "./migrations.js";
import { settingCouncilStore } from "./row-security.js";
import type { Database, TenantTables } from "./schema.js";
import { type Council, type CouncilStore, type Store, StoreError } from "./store.js";
import { CouncilQueries } from "./tenancy.js";

export class KyselyStore implements Store {
  readonly dialect: Dialect;
  readonly #db: Kysely<Database>;

  constructor(db: Kysely<Database>, dialect: Dialect) {
    this.#db = db;
    this.dialect = dialect;
  }

  migrate(): Promise<void> {
    return migrateToLatest(this.#db, this.dialect);
  }

  async councils(): Promise<Council[]> {
    const rows = await this.#db.selectFrom("councils").selectAll().orderBy("la").execute();
    return rows.map((row) => ({ la: row.la, name: row.name, region: row.region, demo: row.demo === 1 }));
  }

  async saveCouncil(council: Council): Promise<void> {
    if (!council.la.trim()) throw new StoreError("a council needs a non-empty la");
    const values = { name: council.name, region: council.region, demo: council.demo ? 1 : 0 };
    await this.#db
      .insertInto("councils")
      .values({ la: council.la, ...values })
      .onConflict((conflict) => conflict.column("la").doUpdateSet(values))
      .execute();
  }

  council(la: string): CouncilStore {
    if (!la.trim()) throw new StoreError("a council store needs a non-empty la");
    const db = this.#db as unknown as Kysely<TenantTables>;
    // PostgreSQL's row-level security (migration 0012) needs the council set on the connection.
    if (this.dialect === "postgres") return settingCouncilStore(db, la);
    return new SqlCouncilStore(new CouncilQueries(db, la));
  }

  access(): AccessStore {
    return new SqlAccessStore(this.#db as unknown as Kysely<AccessTables>);
  }

  close(): Promise<void> {
    return this.#db.destroy();
  }
}
