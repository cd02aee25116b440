/**
 * Migration 0008: the SEND transport book for routing. Schools with their bell times, vehicle types
 * and their contracts, and each transported pupil's needs (keyed by the pupil reference of
 * htst-pupils, which is unchanged). Places are grid references in whole metres with an area type;
 * times of day are "HH:MM" text; money is bigint pence. The codes are written out here, not
 * imported, so the migration stays as released.
 */
import { type Migration, sql } from "kysely";
import { type AnyDb, type Column, councilTable, flag, oneOf, required } from "./migration-builders.js";

const AREAS = ["urban", "suburban", "rural"];
const zeroOrMore =
  (column: string): Column =>
  (c) =>
    c.notNull().check(sql`${sql.ref(column)} >= 0`);
const blankOrZeroOrMore =
  (column: string): Column =>
  (c) =>
    c.check(sql`${sql.ref(column)} >= 0`);

export function transportBook(): Migration {
  return {
    async up(db: AnyDb) {
      await councilTable(db, "transport_schools", ["school"])
        .addColumn("school", "text", required)
        .addColumn("name", "text", required)
        .addColumn("easting", "integer", zeroOrMore("easting"))
        .addColumn("northing", "integer", zeroOrMore("northing"))
        .addColumn("area", "text", oneOf("area", AREAS))
        .addColumn("bell", "text", required)
        .addColumn("finish", "text", required)
        .addColumn("arrive_min", "integer", zeroOrMore("arrive_min"))
        .addColumn("arrive_max", "integer", (c) => c.notNull().check(sql`arrive_max >= arrive_min`))
        .addColumn("phase", "text", oneOf("phase", ["primary", "secondary", "all-through"]))
        .execute();

      await councilTable(db, "transport_vehicles", ["vehicle_type"])
        .addColumn("vehicle_type", "text", required)
        .addColumn("description", "text", required)
        .addColumn("seats", "integer", zeroOrMore("seats"))
        .addColumn("wheelchair_spaces", "integer", zeroOrMore("wheelchair_spaces"))
        .addColumn("provider", "text", oneOf("provider", ["in-house", "contracted"]))
        .addColumn("day_rate", "bigint", blankOrZeroOrMore("day_rate"))
        .addColumn("fixed_rate", "bigint", blankOrZeroOrMore("fixed_rate"))
        .addColumn("rate_per_mile", "bigint", blankOrZeroOrMore("rate_per_mile"))
        .addColumn("assistant_cost", "bigint", blankOrZeroOrMore("assistant_cost"))
        .addColumn("available", "integer", blankOrZeroOrMore("available"))
        .addColumn("depot_easting", "integer", zeroOrMore("depot_easting"))
        .addColumn("depot_northing", "integer", zeroOrMore("depot_northing"))
        .addColumn("depot_area", "text", oneOf("depot_area", AREAS))
        .execute();

      await councilTable(db, "transport_needs", ["pupil_ref"])
        .addColumn("pupil_ref", "text", required)
        .addColumn("school", "text", required)
        .addColumn("home_easting", "integer", zeroOrMore("home_easting"))
        .addColumn("home_northing", "integer", zeroOrMore("home_northing"))
        .addColumn("home_area", "text", oneOf("home_area", AREAS))
        .addColumn("phase", "text", oneOf("phase", ["primary", "secondary"]))
        .addColumn("max_ride", "integer", (c) => c.check(sql`max_ride > 0`))
        .addColumn("seats", "integer", zeroOrMore("seats"))
        .addColumn("wheelchair", "integer", flag("wheelchair"))
        .addColumn("assistant", "integer", flag("assistant"))
        .addColumn("alone", "integer", flag("alone"))
        .addColumn("cannot_travel_with", "text", required)
        .execute();
    },
  };
}
