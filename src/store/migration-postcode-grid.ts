/**
 * Migration 0005: the postcode grid, a council's extract of the ONS Postcode Directory (or its
 * district centroids): each postcode's or district's grid reference in whole metres, from which
 * the distance from home to a placement is worked out as the DfE does.
 */
import { type Migration, sql } from "kysely";
import { type AnyDb, councilTable, required } from "./migration-builders.js";

export function postcodeGrid(): Migration {
  return {
    async up(db: AnyDb) {
      await councilTable(db, "postcode_grid", ["postcode"])
        .addColumn("postcode", "text", required)
        .addColumn("easting", "integer", (c) => c.notNull().check(sql`easting >= 0`))
        .addColumn("northing", "integer", (c) => c.notNull().check(sql`northing >= 0`))
        .execute();
    },
  };
}
