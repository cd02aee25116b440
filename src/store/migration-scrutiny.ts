/**
 * Migration 0011: the scrutiny registers. Members' questions, the committee's recommendations and
 * the actions that follow, the work programme, the links from an item to the measures, savings and
 * lines it concerns, and committee reports' cover and narrative. Dates are ISO text; what is due and
 * overdue is computed, never stored. The codes are written out here, not imported, so the migration
 * stays as released.
 */
import { type Migration, sql } from "kysely";
import { type AnyDb, type Column, councilTable, oneOf, required } from "./migration-builders.js";

const isoDate =
  (column: string): Column =>
  (c) =>
    c.check(sql`${sql.ref(column)} like '____-__-__'`);
const requiredDate =
  (column: string): Column =>
  (c) =>
    isoDate(column)(c.notNull());
const blankOrOneOf =
  (column: string, values: readonly string[]): Column =>
  (c) =>
    c.check(
      sql`${sql.ref(column)} is null or ${sql.ref(column)} in (${sql.join(values.map((v) => sql.lit(v)))})`,
    );

const NARRATIVE = [
  "report_by",
  "classification",
  "decision_type",
  "wards",
  "purpose",
  "recommendations",
  "alternative_options",
  "key_considerations",
  "community_impact",
  "environmental_impact",
  "equality_duty",
  "resource_implications",
  "legal_implications",
  "risk_implications",
  "consultees",
  "appendices",
];

export function scrutiny(): Migration {
  return {
    async up(db: AnyDb) {
      await councilTable(db, "scrutiny_questions", ["ref"])
        .addColumn("ref", "text", required)
        .addColumn("committee", "text", required)
        .addColumn("meeting", "text", requiredDate("meeting"))
        .addColumn("agenda_item", "text", required)
        .addColumn("question", "text", required)
        .addColumn("asked_by", "text", required)
        .addColumn("asked_on", "text", requiredDate("asked_on"))
        .addColumn("officer", "text", required)
        .addColumn("due", "text", isoDate("due"))
        .addColumn("response", "text", required)
        .addColumn("answered_on", "text", isoDate("answered_on"))
        .execute();

      await councilTable(db, "scrutiny_recommendations", ["ref"])
        .addColumn("ref", "text", required)
        .addColumn("committee", "text", required)
        .addColumn("made_on", "text", requiredDate("made_on"))
        .addColumn("recommendation_text", "text", required)
        .addColumn("made_to", "text", required)
        .addColumn("response_due", "text", isoDate("response_due"))
        .addColumn("response", "text", required)
        .addColumn("responded_on", "text", isoDate("responded_on"))
        .addColumn("status", "text", oneOf("status", ["awaiting", "accepted", "partly-accepted", "rejected"]))
        .addColumn("rag", "text", blankOrOneOf("rag", ["red", "amber", "green"]))
        .execute();

      await councilTable(db, "scrutiny_actions", ["ref"])
        .addColumn("ref", "text", required)
        .addColumn("recommendation", "text", required)
        .addColumn("action_text", "text", required)
        .addColumn("owner", "text", required)
        .addColumn("due", "text", requiredDate("due"))
        .addColumn("done_on", "text", isoDate("done_on"))
        .addColumn("progress", "text", required)
        .execute();

      await councilTable(db, "work_programme", ["ref"])
        .addColumn("ref", "text", required)
        .addColumn("committee", "text", required)
        .addColumn("meeting", "text", requiredDate("meeting"))
        .addColumn("topic", "text", required)
        .addColumn("purpose", "text", required)
        .addColumn("lead_officer", "text", required)
        .addColumn("status", "text", oneOf("status", ["planned", "reported", "deferred", "withdrawn"]))
        .execute();

      await councilTable(db, "scrutiny_links", ["item", "kind", "target"])
        .addColumn("item", "text", required)
        .addColumn("kind", "text", oneOf("kind", ["measure", "saving", "line"]))
        .addColumn("target", "text", required)
        .addColumn("note", "text", required)
        .execute();

      let reports = councilTable(db, "committee_reports", ["ref"])
        .addColumn("ref", "text", required)
        .addColumn("title", "text", required)
        .addColumn("committee", "text", required)
        .addColumn("meeting", "text", requiredDate("meeting"));
      for (const column of NARRATIVE) reports = reports.addColumn(column, "text", required);
      await reports.execute();
    },
  };
}
