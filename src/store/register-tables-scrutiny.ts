/** Where the scrutiny registers live (migration 0011): tables, columns, keys, order. */
import { LINK_KINDS, RAGS, RECOMMENDATION_STATUSES, WORK_ITEM_STATUSES } from "../domain/scrutiny/model.js";
import { field } from "./fields.js";
import type { RegisterTable } from "./register-tables.js";

const byRef = (key: string) => (key === "" ? undefined : { ref: key });
const ref = field("ref", "text");
const committee = field("committee", "text");
const meeting = field("meeting", "date");
const text = (name: string) => field(name, "text");

export const SCRUTINY_TABLES: RegisterTable[] = [
  {
    register: "scrutiny-questions",
    table: "scrutiny_questions",
    fields: [
      ref,
      committee,
      meeting,
      text("agendaItem"),
      text("question"),
      text("askedBy"),
      field("askedOn", "date"),
      text("officer"),
      field("due", "date", { nullable: true }),
      text("response"),
      field("answeredOn", "date", { nullable: true }),
    ],
    key: ["ref"],
    scope: [],
    parseKey: byRef,
    order: ["ref"],
  },
  {
    register: "scrutiny-recommendations",
    table: "scrutiny_recommendations",
    fields: [
      ref,
      committee,
      field("madeOn", "date"),
      field("text", "text", { column: "recommendation_text" }),
      field("to", "text", { column: "made_to" }),
      field("responseDue", "date", { nullable: true }),
      text("response"),
      field("respondedOn", "date", { nullable: true }),
      field("status", "text", { values: RECOMMENDATION_STATUSES }),
      field("rag", "text", { nullable: true, values: RAGS }),
    ],
    key: ["ref"],
    scope: [],
    parseKey: byRef,
    order: ["ref"],
  },
  {
    register: "scrutiny-actions",
    table: "scrutiny_actions",
    fields: [
      ref,
      text("recommendation"),
      field("action", "text", { column: "action_text" }),
      text("owner"),
      field("due", "date"),
      field("doneOn", "date", { nullable: true }),
      text("progress"),
    ],
    key: ["ref"],
    scope: [],
    parseKey: byRef,
    order: ["ref"],
  },
  {
    register: "work-programme",
    table: "work_programme",
    fields: [
      ref,
      committee,
      meeting,
      text("topic"),
      text("purpose"),
      text("leadOfficer"),
      field("status", "text", { values: WORK_ITEM_STATUSES }),
    ],
    key: ["ref"],
    scope: [],
    parseKey: byRef,
    order: ["meeting", "ref"],
  },
  {
    register: "scrutiny-links",
    table: "scrutiny_links",
    fields: [text("item"), field("kind", "text", { values: LINK_KINDS }), text("target"), text("note")],
    key: ["item", "kind", "target"],
    scope: [],
    parseKey: (key) => {
      const match = /^(.+)\/(measure|saving|line)\/(.+)$/.exec(key);
      return match ? { item: match[1], kind: match[2], target: match[3] } : undefined;
    },
    order: ["item", "kind", "target"],
  },
  {
    register: "committee-reports",
    table: "committee_reports",
    fields: [
      ref,
      text("title"),
      committee,
      meeting,
      ...[
        "reportBy",
        "classification",
        "decisionType",
        "wards",
        "purpose",
        "recommendations",
        "alternativeOptions",
        "keyConsiderations",
        "communityImpact",
        "environmentalImpact",
        "equalityDuty",
        "resourceImplications",
        "legalImplications",
        "riskImplications",
        "consultees",
        "appendices",
      ].map(text),
    ],
    key: ["ref"],
    scope: [],
    parseKey: byRef,
    order: ["meeting", "ref"],
  },
];
