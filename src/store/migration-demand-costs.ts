/**
 * Migration 0006: the demand-costs register, the council's own weekly cost and share of its
 * placement category for a cost sub-type of the demand model, in place of those measured. The
 * sub-types are written out here, not imported, so the migration stays as released.
 */
import { type Migration, sql } from "kysely";
import { type AnyDb, councilTable, oneOf } from "./migration-builders.js";

const SUBTYPES = [
  "Fostering (Friend/Relative)",
  "Fostering (In-house)",
  "Fostering (IFA)",
  "Residential (In-house)",
  "Residential (External)",
  "Supported accommodation",
  "Secure home",
  "Placed with family",
  "Other",
];

export function demandCosts(): Migration {
  return {
    async up(db: AnyDb) {
      await councilTable(db, "demand_costs", ["subtype"])
        .addColumn("subtype", "text", oneOf("subtype", SUBTYPES))
        .addColumn("weekly_cost", "bigint", (c) => c.check(sql`weekly_cost >= 0`))
        .addColumn("proportion", "double precision", (c) => c.check(sql`proportion between 0 and 100`))
        .execute();
    },
  };
}
