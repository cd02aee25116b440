/** Where transport scenarios and their plans live (migration 0009): tables, columns, keys, order. */
import { TRANSPORT_POLICIES } from "../domain/transport/scenarios/model.js";
import { field } from "./fields.js";
import type { RegisterTable } from "./register-tables.js";

const byScenario = (key: string) => (key === "" ? undefined : { scenario: key });

export const TRANSPORT_SCENARIO_TABLES: RegisterTable[] = [
  {
    register: "transport-scenarios",
    table: "transport_scenarios",
    fields: [
      field("scenario", "text"),
      field("policy", "text", { values: TRANSPORT_POLICIES }),
      field("walkingMetres", "integer", { nullable: true }),
      field("mileageRate", "money", { nullable: true }),
      field("trained", "list"),
      field("trainCount", "integer", { nullable: true }),
      field("trainingCost", "money", { nullable: true }),
      field("partner", "text", { nullable: true }),
      field("saving", "text", { nullable: true }),
      field("adoptFrom", "date", { nullable: true }),
      field("costCentre", "text", { nullable: true }),
      field("note", "text"),
    ],
    key: ["scenario"],
    scope: [],
    parseKey: byScenario,
    order: ["scenario"],
  },
  {
    register: "transport-plans",
    table: "transport_plans",
    fields: [
      field("scenario", "text"),
      field("solvedAt", "text"),
      field("seed", "integer"),
      field("seconds", "number"),
      field("on", "date", { column: "on_date" }),
      field("currentDailyCost", "money"),
      field("dailyCost", "money"),
      field("oneOffCost", "money"),
      field("year", "text"),
      field("annualSaving", "money"),
      field("result", "text"),
    ],
    key: ["scenario"],
    scope: [],
    parseKey: byScenario,
    order: ["scenario"],
  },
];
