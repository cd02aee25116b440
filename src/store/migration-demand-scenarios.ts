/**
 * Migration 0007: the demand-scenarios register, scenarios a head of service says in their own
 * words (step down, recruit carers, reunify, prevent entries), each keyed by its name, optionally
 * naming the saving it evidences. The kinds are written out here, not imported, so the migration
 * stays as released.
 */
import { type Migration, sql } from "kysely";
import { type AnyDb, councilTable, oneOf, required } from "./migration-builders.js";

const KINDS = ["step-down", "recruit-carers", "reunify", "prevent-entries"];

export function demandScenarios(): Migration {
  return {
    async up(db: AnyDb) {
      await councilTable(db, "demand_scenarios", ["scenario"])
        .addColumn("scenario", "text", required)
        .addColumn("kind", "text", oneOf("kind", KINDS))
        .addColumn("number", "double precision", (c) => c.check(sql`${sql.ref("number")} > 0`))
        .addColumn("per_carer", "double precision", (c) => c.check(sql`per_carer > 0`))
        .addColumn("percent", "double precision", (c) =>
          c.check(sql`${sql.ref("percent")} > 0 and ${sql.ref("percent")} <= 100`),
        )
        .addColumn("from_date", "text")
        .addColumn("by_date", "text")
        .addColumn("saving", "text")
        .addColumn("note", "text", required)
        .execute();
    },
  };
}
