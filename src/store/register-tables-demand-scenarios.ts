/** Where the demand-scenarios register lives (migration 0007): table, columns, key, order. */
import { SCENARIO_KINDS } from "../domain/demand/scenarios/scenario.js";
import { field } from "./fields.js";
import type { RegisterTable } from "./register-tables.js";

export const DEMAND_SCENARIOS_TABLE: RegisterTable = {
  register: "demand-scenarios",
  table: "demand_scenarios",
  fields: [
    field("scenario", "text"),
    field("kind", "text", { values: SCENARIO_KINDS }),
    field("number", "number", { nullable: true }),
    field("perCarer", "number", { nullable: true }),
    field("percent", "number", { nullable: true }),
    field("from", "date", { column: "from_date", nullable: true }),
    field("by", "date", { column: "by_date", nullable: true }),
    field("saving", "text", { nullable: true }),
    field("note", "text"),
  ],
  key: ["scenario"],
  scope: [],
  parseKey: (key) => (key === "" ? undefined : { scenario: key }),
  order: ["scenario"],
};
