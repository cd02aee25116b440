/**
 * Tenancy: the only way council code reaches the database. A CouncilQueries is bound to one `la`;
 * every select, update and delete it builds starts with `where la = <bound la>`, and every insert
 * sets `la` from the bound value (after the row's own fields, so a row cannot override it). The
 * Kysely instance is private, so council code cannot build a query without the `la`.
 */
import type { Kysely, Transaction } from "kysely";
import type { SqlValue, TenantTables } from "./schema.js";

export type ColumnValues = Record<string, SqlValue>;

/** Bound parameters per statement kept well under SQLite's (32,766) and PostgreSQL's (65,535) limits. */
const MAX_PARAMETERS = 10_000;

export class CouncilQueries {
  readonly #db: Kysely<TenantTables>;
  readonly la: string;

  constructor(db: Kysely<TenantTables>, la: string) {
    this.#db = db;
    this.la = la;
  }

  select(table: string) {
    return this.#db.selectFrom(table).where("la", "=", this.la);
  }

  update(table: string, values: ColumnValues) {
    return this.#db.updateTable(table).set(values).where("la", "=", this.la);
  }

  delete(table: string) {
    return this.#db.deleteFrom(table).where("la", "=", this.la);
  }

  /** Inserts rows in batches; returns how many were inserted. */
  async insert(table: string, rows: ColumnValues[]): Promise<number> {
    const first = rows[0];
    if (!first) return 0;
    const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / (Object.keys(first).length + 1)));
    for (let from = 0; from < rows.length; from += perStatement) {
      const batch = rows.slice(from, from + perStatement).map((row) => ({ ...row, la: this.la }));
      await this.#db.insertInto(table).values(batch).execute();
    }
    return rows.length;
  }

  /** Runs `work` in one transaction, all or nothing, with queries bound to the same `la`. */
  transaction<T>(work: (queries: CouncilQueries) => Promise<T>): Promise<T> {
    if (this.#db.isTransaction) return work(this);
    return this.#db
      .transaction()
      .execute((trx: Transaction<TenantTables>) => work(new CouncilQueries(trx, this.la)));
  }
}
