/**
 * Migration 0004: the measure registers: the council's settings for each measure (target, amber
 * tolerance, owner), the values it enters, and dated commentary. Measure ids are not constrained
 * here, so the catalogue can grow without a migration; the store checks them on write.
 */
import { type Migration, sql } from "kysely";
import { type AnyDb, councilTable, required } from "./migration-builders.js";

export function measures(): Migration {
  return {
    async up(db: AnyDb) {
      await councilTable(db, "measure_settings", ["measure"])
        .addColumn("measure", "text", required)
        .addColumn("target", "double precision")
        .addColumn("tolerance", "double precision", (c) => c.check(sql`tolerance >= 0`))
        .addColumn("owner", "text", required)
        .execute();

      await councilTable(db, "measure_values", ["measure", "period"])
        .addColumn("measure", "text", required)
        .addColumn("period", "text", required)
        .addColumn("value", "double precision", required)
        .execute();

      await councilTable(db, "measure_comments", ["measure", "period", "comment_date", "author"])
        .addColumn("measure", "text", required)
        .addColumn("period", "text", required)
        .addColumn("comment_date", "text", required)
        .addColumn("author", "text", required)
        .addColumn("comment_text", "text", (c) => c.notNull().check(sql`length(trim(comment_text)) > 0`))
        .execute();
    },
  };
}
