/** The builders the migrations share: a council's table and the column rules they repeat. */
import { type ColumnDefinitionBuilder, type CreateTableBuilder, type Kysely, sql } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations run before any typed schema exists.
export type AnyDb = Kysely<any>;
export type Column = (c: ColumnDefinitionBuilder) => ColumnDefinitionBuilder;

export const required: Column = (c) => c.notNull();
export const oneOf =
  (column: string, values: readonly string[]): Column =>
  (c) =>
    c.notNull().check(sql`${sql.ref(column)} in (${sql.join(values.map((v) => sql.lit(v)))})`);
export const flag =
  (column: string): Column =>
  (c) =>
    c.notNull().check(sql`${sql.ref(column)} in (0, 1)`);

/** A council's table: `la` (a known council) plus the given columns, keyed by (la, ...key). */
export function councilTable(db: AnyDb, table: string, key: string[]): CreateTableBuilder<string, string> {
  const builder: CreateTableBuilder<string, string> = db.schema.createTable(table);
  return builder
    .addColumn("la", "text", (c) => c.notNull().references("councils.la"))
    .addPrimaryKeyConstraint(`${table}_pk`, ["la", ...key]);
}
