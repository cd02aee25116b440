/** Where the demand-costs register lives (migration 0006): table, columns, key, order. */
import { COST_SUBTYPES } from "../domain/demand/model.js";
import { field } from "./fields.js";
import type { RegisterTable } from "./register-tables.js";

const SUBTYPES = COST_SUBTYPES.map((s) => s.subtype);

export const DEMAND_COSTS_TABLE: RegisterTable = {
  register: "demand-costs",
  table: "demand_costs",
  fields: [
    field("subtype", "text", { values: SUBTYPES }),
    field("weeklyCost", "money", { nullable: true }),
    field("proportion", "number", { nullable: true }),
  ],
  key: ["subtype"],
  scope: [],
  parseKey: (key) => (SUBTYPES.includes(key as (typeof SUBTYPES)[number]) ? { subtype: key } : undefined),
  order: ["subtype"],
};
