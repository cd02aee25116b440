/**
 * The schema, as migrations written in code (no migration files on disk), portable across SQLite
 * and PostgreSQL. A migration, once released, never changes: add a new one instead.
 *
 * Every table has `la`, and it leads the primary key, so each council's rows are found by index.
 * Money is bigint pence; dates are ISO `YYYY-MM-DD` text; booleans are integers 0/1; a budget
 * line's profile is JSON text holding 12 integers (P1..P12).
 */
import { type Migration, type MigrationProvider, Migrator, sql } from "kysely";
import { access } from "./migration-access.js";
import { type AnyDb, councilTable, flag, oneOf, required } from "./migration-builders.js";
import { demandCosts } from "./migration-demand-costs.js";
import { demandScenarios } from "./migration-demand-scenarios.js";
import { measures } from "./migration-measures.js";
import { postcodeGrid } from "./migration-postcode-grid.js";
import { rowSecurity } from "./migration-row-security.js";
import { savingsAndMtfp } from "./migration-savings-mtfp.js";
import { scrutiny } from "./migration-scrutiny.js";
import { ssda903 } from "./migration-ssda903.js";
import { transportBook } from "./migration-transport.js";
import { transportScenarios } from "./migration-transport-scenarios.js";

export type Dialect = "sqlite" | "postgres";

function initial(dialect: Dialect): Migration {
  return {
    async up(db: AnyDb) {
      await db.schema
        .createTable("councils")
        .addColumn("la", "text", (c) => c.primaryKey())
        .addColumn("name", "text", required)
        .addColumn("region", "text", required)
        .addColumn("demo", "integer", flag("demo"))
        .execute();

      await councilTable(db, "budget_lines", ["year", "cost_centre"])
        .addColumn("year", "text", required)
        .addColumn("cost_centre", "text", required)
        .addColumn("name", "text", required)
        .addColumn("service_area", "text", required)
        .addColumn("kind", "text", oneOf("kind", ["placements", "staffing", "transport", "other"]))
        .addColumn("annual_budget", "bigint", required)
        .addColumn("profile", "text", required)
        .execute();

      await councilTable(db, "actuals", ["year", "period", "cost_centre"])
        .addColumn("year", "text", required)
        .addColumn("period", "integer", (c) => c.notNull().check(sql`period between 1 and 12`))
        .addColumn("cost_centre", "text", required)
        .addColumn("amount", "bigint", required)
        .execute();

      await councilTable(db, "placements", ["placement_ref"])
        .addColumn("placement_ref", "text", required)
        .addColumn("child_ref", "text", required)
        .addColumn("place_code", "text", required)
        .addColumn("provider_code", "text")
        .addColumn("provider", "text", required)
        .addColumn("cost_centre", "text", required)
        .addColumn("start_date", "text", required)
        .addColumn("planned_end", "text")
        .addColumn("end_date", "text")
        .addColumn("weekly_cost", "bigint", required)
        .addColumn("health_contribution", "bigint", required)
        .addColumn("education_contribution", "bigint", required)
        .addColumn("area", "text", oneOf("area", ["in", "out"]))
        .execute();

      await councilTable(db, "workforce", ["post_ref"])
        .addColumn("post_ref", "text", required)
        .addColumn("team", "text", required)
        .addColumn("role", "text", required)
        .addColumn("cost_centre", "text", required)
        .addColumn("fte", "double precision", required)
        .addColumn("status", "text", oneOf("status", ["permanent", "agency", "vacant"]))
        .addColumn("annual_cost", "bigint")
        .addColumn("day_rate", "bigint")
        .addColumn("start_date", "text", required)
        .addColumn("end_date", "text")
        .execute();

      await councilTable(db, "htst_routes", ["route_ref"])
        .addColumn("route_ref", "text", required)
        .addColumn("cost_centre", "text", required)
        .addColumn("operator", "text", required)
        .addColumn("daily_cost", "bigint")
        .addColumn("daily_miles", "double precision")
        .addColumn("rate_per_mile", "bigint")
        .addColumn("occupancy", "text", oneOf("occupancy", ["single", "shared"]))
        .addColumn("passenger_assistant", "integer", flag("passenger_assistant"))
        .addColumn("assistant_daily_cost", "bigint", required)
        .addColumn("start_date", "text", required)
        .addColumn("end_date", "text")
        .execute();

      await councilTable(db, "htst_pupils", ["pupil_ref"])
        .addColumn("pupil_ref", "text", required)
        .addColumn("school", "text", required)
        .addColumn("ehcp", "integer", flag("ehcp"))
        .addColumn("setting", "text", oneOf("setting", ["mainstream", "special"]))
        .addColumn("route_ref", "text", required)
        .addColumn("start_date", "text", required)
        .addColumn("end_date", "text")
        .execute();

      await councilTable(db, "terms", ["start_date"])
        .addColumn("start_date", "text", required)
        .addColumn("end_date", "text", required)
        .addColumn("name", "text", required)
        .execute();

      await councilTable(db, "closures", ["closure_date"])
        .addColumn("closure_date", "text", required)
        .addColumn("reason", "text", required)
        .execute();

      await councilTable(db, "assumptions", ["name"])
        .addColumn("name", "text", required)
        .addColumn("value", "double precision", required)
        .addColumn("note", "text", required)
        .execute();

      await councilTable(db, "budget_assumptions", ["year", "cost_centre", "cost_type"])
        .addColumn("year", "text", required)
        .addColumn("cost_centre", "text", required)
        .addColumn("cost_type", "text", required)
        .addColumn("budgeted_number", "double precision", (c) => c.notNull().check(sql`budgeted_number >= 0`))
        .addColumn("budgeted_unit_cost", "bigint", required)
        .execute();

      await councilTable(db, "placement_prices", ["placement_ref", "from_date"])
        .addColumn("placement_ref", "text", required)
        .addColumn("from_date", "text", required)
        .addColumn("weekly_cost", "bigint", required)
        .execute();

      await councilTable(db, "planned_moves", ["ref"])
        .addColumn("ref", "text", required)
        .addColumn("placement_ref", "text", required)
        .addColumn("move_date", "text", required)
        .addColumn("to_place_code", "text", required)
        .addColumn("to_provider_code", "text")
        .addColumn("to_weekly_cost", "bigint", required)
        .addColumn("note", "text", required)
        .execute();

      await councilTable(db, "conversion_plans", ["ref"])
        .addColumn("ref", "text", required)
        .addColumn("saving", "text", required)
        .addColumn("role", "text", required)
        .addColumn("posts", "integer", (c) => c.notNull().check(sql`posts >= 1`))
        .addColumn("effective_date", "text", required)
        .addColumn("target", "bigint")
        .addColumn("note", "text", required)
        .execute();

      await councilTable(db, "route_retenders", ["route_ref", "retender_date"])
        .addColumn("route_ref", "text", required)
        .addColumn("retender_date", "text", required)
        .addColumn("new_daily_cost", "bigint", required)
        .addColumn("note", "text", required)
        .execute();

      await councilTable(db, "adjustments", ["ref"])
        .addColumn("ref", "text", required)
        .addColumn("year", "text", required)
        .addColumn("period", "integer", (c) => c.notNull().check(sql`period between 1 and 12`))
        .addColumn("cost_centre", "text", required)
        .addColumn("amount", "bigint", required)
        .addColumn("comment", "text", (c) => c.notNull().check(sql`length(trim(comment)) > 0`))
        .addColumn("made_by", "text", required)
        .execute();

      // A closed period's forecast as JSON text: inserted once, never updated or deleted.
      await councilTable(db, "forecast_snapshots", ["year", "period"])
        .addColumn("year", "text", required)
        .addColumn("period", "integer", (c) => c.notNull().check(sql`period between 1 and 12`))
        .addColumn("forecast", "text", required)
        .addColumn("frozen_by", "text", required)
        .addColumn("frozen_at", "text", required)
        .addColumn("source", "text", required)
        .execute();

      // SQLite's autoincrement needs a one-column integer key, so `la` joins it in a unique key.
      await db.schema
        .createTable("audit")
        .addColumn("id", dialect === "sqlite" ? "integer" : "bigint", (c) =>
          dialect === "sqlite" ? c.primaryKey().autoIncrement() : c.primaryKey().generatedAlwaysAsIdentity(),
        )
        .addColumn("la", "text", (c) => c.notNull().references("councils.la"))
        .addColumn("at", "text", required)
        .addColumn("changed_by", "text", required)
        .addColumn("register", "text", required)
        .addColumn("row_key", "text", required)
        .addColumn("field", "text", required)
        .addColumn("old_value", "text")
        .addColumn("new_value", "text")
        .addColumn("source", "text", required)
        .addUniqueConstraint("audit_la_id", ["la", "id"])
        .execute();
    },
  };
}

export function migrations(dialect: Dialect): Record<string, Migration> {
  return {
    "0001-initial": initial(dialect),
    "0002-savings-mtfp": savingsAndMtfp(),
    "0003-ssda903": ssda903(),
    "0004-measures": measures(),
    "0005-postcode-grid": postcodeGrid(),
    "0006-demand-costs": demandCosts(),
    "0007-demand-scenarios": demandScenarios(),
    "0008-transport-book": transportBook(),
    "0009-transport-scenarios": transportScenarios(),
    "0010-access": access(),
    "0011-scrutiny": scrutiny(),
    "0012-row-security": rowSecurity(dialect),
  };
}

class InCodeMigrations implements MigrationProvider {
  constructor(private readonly dialect: Dialect) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    return migrations(this.dialect);
  }
}

/**
 * Brings the schema up to date; throws with the failing migration's name and cause. On PostgreSQL
 * the migrator's own tables live in the current schema (the first on the search_path), so stores
 * in different schemas of one database keep separate migration records.
 */
export async function migrateToLatest(db: AnyDb, dialect: Dialect): Promise<void> {
  const migrationTableSchema =
    dialect === "postgres"
      ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema
      : undefined;
  const migrator = new Migrator({
    db,
    provider: new InCodeMigrations(dialect),
    ...(migrationTableSchema ? { migrationTableSchema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === "Error")?.migrationName ?? "unknown";
    throw new Error(
      `store migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`,
      {
        cause: error,
      },
    );
  }
}
