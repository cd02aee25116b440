/**
 * Migration 0003: a council's SSDA903 returns, row by row as imported (each row's values as JSON
 * text), so that validation and the child-level history can be recomputed from exactly what was
 * loaded. One collection year's rows are replaced together.
 */
import { type Migration, sql } from "kysely";
import { type AnyDb, councilTable, required } from "./migration-builders.js";

export function ssda903(): Migration {
  return {
    async up(db: AnyDb) {
      await councilTable(db, "ssda903_rows", ["year", "table_name", "file", "row_number"])
        .addColumn("year", "integer", (c) => c.notNull().check(sql`year between 1990 and 2200`))
        .addColumn("table_name", "text", required)
        .addColumn("file", "text", required)
        .addColumn("row_number", "integer", required)
        .addColumn("row_values", "text", required)
        .execute();
    },
  };
}
