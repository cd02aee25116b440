/**
 * Migration 0002: the savings register (savings, their years, milestones, comments and drivers) and
 * the medium term financial plan (lines, assumptions, scenarios). The code lists are written out
 * here, not imported, so the migration stays as released when the domain's lists grow.
 */
import { type Migration, sql } from "kysely";
import { type AnyDb, councilTable, oneOf, required } from "./migration-builders.js";

const BRAG = ["blue", "green", "amber", "red"];
const DRIVERS = [
  "looked-after-children",
  "residential-placements",
  "residential-weekly-cost",
  "high-cost-placements",
  "ifa-placements",
  "in-house-foster-placements",
  "agency-fte",
  "social-worker-fte",
  "transport-daily-cost",
  "transport-routes",
  "single-occupancy-routes",
];
const KINDS = ["base", "funding", "pay-award", "inflation", "demand", "pressure", "mitigation"];
const LEVERS = ["savings-slip", "demand", "pay-award", "inflation"];

export function savingsAndMtfp(): Migration {
  return {
    async up(db: AnyDb) {
      await councilTable(db, "savings", ["ref"])
        .addColumn("ref", "text", required)
        .addColumn("category", "text", required)
        .addColumn("programme", "text", required)
        .addColumn("name", "text", required)
        .addColumn("description", "text", required)
        .addColumn("owner", "text", required)
        .addColumn("brag", "text", oneOf("brag", BRAG))
        .addColumn("cost_centre", "text")
        .execute();

      await councilTable(db, "saving_years", ["ref", "year"])
        .addColumn("ref", "text", required)
        .addColumn("year", "text", required)
        .addColumn("target", "bigint", required)
        .addColumn("delivered", "bigint", required)
        .addColumn("forecast", "bigint", required)
        .execute();

      await councilTable(db, "saving_milestones", ["ref", "milestone"])
        .addColumn("ref", "text", required)
        .addColumn("milestone", "text", required)
        .addColumn("due", "text", required)
        .addColumn("completed", "text")
        .execute();

      await councilTable(db, "saving_comments", ["ref", "comment_date", "author"])
        .addColumn("ref", "text", required)
        .addColumn("comment_date", "text", required)
        .addColumn("author", "text", required)
        .addColumn("comment_text", "text", (c) => c.notNull().check(sql`length(trim(comment_text)) > 0`))
        .execute();

      await councilTable(db, "saving_drivers", ["ref", "driver"])
        .addColumn("ref", "text", required)
        .addColumn("driver", "text", oneOf("driver", DRIVERS))
        .addColumn("baseline", "double precision", (c) => c.check(sql`baseline >= 0`))
        .addColumn("target", "double precision", (c) => c.notNull().check(sql`target >= 0`))
        .addColumn("from_date", "text", required)
        .addColumn("by_date", "text", (c) => c.notNull().check(sql`by_date > from_date`))
        .execute();

      await councilTable(db, "mtfp_lines", ["year", "ref"])
        .addColumn("year", "text", required)
        .addColumn("ref", "text", required)
        .addColumn("kind", "text", oneOf("kind", KINDS))
        .addColumn("cost_centre", "text")
        .addColumn("description", "text", required)
        .addColumn("amount", "bigint", (c) => c.notNull().check(sql`amount >= 0`))
        .addColumn("funded_share", "double precision", (c) =>
          c.notNull().check(sql`funded_share > 0 and funded_share <= 100`),
        )
        .execute();

      await councilTable(db, "mtfp_assumptions", ["year"])
        .addColumn("year", "text", required)
        .addColumn("pay_award", "double precision", (c) => c.notNull().check(sql`pay_award >= 0`))
        .addColumn("contract_inflation", "double precision", (c) =>
          c.notNull().check(sql`contract_inflation >= 0`),
        )
        .addColumn("inflation_funded", "double precision", (c) =>
          c.notNull().check(sql`inflation_funded between 0 and 100`),
        )
        .addColumn("demand_growth", "double precision", required)
        .execute();

      await councilTable(db, "mtfp_scenarios", ["scenario", "lever", "scope"])
        .addColumn("scenario", "text", required)
        .addColumn("lever", "text", oneOf("lever", LEVERS))
        .addColumn("scope", "text", required)
        .addColumn("value", "double precision", required)
        .execute();
    },
  };
}
