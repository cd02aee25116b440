/**
 * Migration 0009: transport policies as scenarios. transport_scenarios holds the policies officers
 * price against today's arrangements, each keyed by its name with the parameters its policy uses
 * (the rest null); transport_plans holds each scenario's last solve, its figures as bigint pence and
 * the whole result as JSON text. Trained pupils are one text of refs joined by ";". The policy codes
 * are written out here, not imported, so the migration stays as released.
 */
import { type Migration, sql } from "kysely";
import { type AnyDb, type Column, councilTable, oneOf, required } from "./migration-builders.js";

const POLICIES = [
  "shared-routes",
  "pick-up-points",
  "personal-budgets",
  "travel-training",
  "across-the-border",
];

const blankOrZeroOrMore =
  (column: string): Column =>
  (c) =>
    c.check(sql`${sql.ref(column)} >= 0`);
const zeroOrMore =
  (column: string): Column =>
  (c) =>
    blankOrZeroOrMore(column)(c.notNull());
const isoDate =
  (column: string): Column =>
  (c) =>
    c.check(sql`${sql.ref(column)} like '____-__-__'`);

export function transportScenarios(): Migration {
  return {
    async up(db: AnyDb) {
      await councilTable(db, "transport_scenarios", ["scenario"])
        .addColumn("scenario", "text", required)
        .addColumn("policy", "text", oneOf("policy", POLICIES))
        .addColumn("walking_metres", "integer", (c) => c.check(sql`walking_metres > 0`))
        .addColumn("mileage_rate", "bigint", blankOrZeroOrMore("mileage_rate"))
        .addColumn("trained", "text", required)
        .addColumn("train_count", "integer", blankOrZeroOrMore("train_count"))
        .addColumn("training_cost", "bigint", blankOrZeroOrMore("training_cost"))
        .addColumn("partner", "text")
        .addColumn("saving", "text")
        .addColumn("adopt_from", "text", isoDate("adopt_from"))
        .addColumn("cost_centre", "text")
        .addColumn("note", "text", required)
        .execute();

      await councilTable(db, "transport_plans", ["scenario"])
        .addColumn("scenario", "text", required)
        .addColumn("solved_at", "text", required)
        .addColumn("seed", "integer", required)
        .addColumn("seconds", "double precision", zeroOrMore("seconds"))
        .addColumn("on_date", "text", (c) => isoDate("on_date")(c.notNull()))
        .addColumn("current_daily_cost", "bigint", zeroOrMore("current_daily_cost"))
        .addColumn("daily_cost", "bigint", zeroOrMore("daily_cost"))
        .addColumn("one_off_cost", "bigint", zeroOrMore("one_off_cost"))
        .addColumn("year", "text", required)
        .addColumn("annual_saving", "bigint", required)
        .addColumn("result", "text", required)
        .execute();
    },
  };
}
