/** Where each register lives: its table, its fields as columns, its key and its replace scope. */
import { ASSUMPTION_NAMES } from "../domain/assumptions.js";
import { BUDGET_KINDS } from "../domain/budget/budget.js";
import { PLACE_CODES, PROVIDER_CODES } from "../domain/placements/placement.js";
import type { RegisterName } from "../domain/registers.js";
import { POST_STATUSES } from "../domain/workforce/post.js";
import { type FieldSpec, field, fromColumn, toColumn } from "./fields.js";
import { DEMAND_COSTS_TABLE } from "./register-tables-demand-costs.js";
import { DEMAND_SCENARIOS_TABLE } from "./register-tables-demand-scenarios.js";
import { MEASURE_TABLES } from "./register-tables-measures.js";
import { SAVINGS_MTFP_TABLES } from "./register-tables-savings-mtfp.js";
import { SCRUTINY_TABLES } from "./register-tables-scrutiny.js";
import { TRANSPORT_TABLES } from "./register-tables-transport.js";
import { TRANSPORT_SCENARIO_TABLES } from "./register-tables-transport-scenarios.js";
import type { SqlValue } from "./schema.js";

export interface RegisterTable {
  register: RegisterName;
  table: string;
  /** Every field of the row, key fields included. */
  fields: FieldSpec[];
  /** The fields keyOf() is built from. */
  key: string[];
  /** replace() replaces only rows sharing these fields' values with the new rows (none: all rows). */
  scope: string[];
  /** The key fields' values from a key string, or undefined when the key cannot be one. */
  parseKey(key: string): Record<string, unknown> | undefined;
  /** Columns that order the rows as registers() returns them. */
  order: string[];
}

const start = field("start", "date", { column: "start_date" });
const end = field("end", "date", { column: "end_date", nullable: true });
const byRef = (name: string) => (key: string) => (key === "" ? undefined : { [name]: key });

const TABLES: RegisterTable[] = [
  {
    register: "budget-lines",
    table: "budget_lines",
    fields: [
      field("year", "text"),
      field("costCentre", "text"),
      field("name", "text"),
      field("serviceArea", "text"),
      field("kind", "text", { values: BUDGET_KINDS }),
      field("annualBudget", "money"),
      field("profile", "profile"),
    ],
    key: ["year", "costCentre"],
    scope: ["year"],
    parseKey: (key) => {
      const match = /^(\d{4}-\d{2})\/(.+)$/.exec(key);
      return match ? { year: match[1], costCentre: match[2] } : undefined;
    },
    order: ["year", "cost_centre"],
  },
  {
    register: "actuals",
    table: "actuals",
    fields: [
      field("year", "text"),
      field("period", "integer"),
      field("costCentre", "text"),
      field("amount", "money"),
    ],
    key: ["year", "period", "costCentre"],
    scope: ["year", "period"],
    parseKey: (key) => {
      const match = /^(\d{4}-\d{2})\/P(\d{1,2})\/(.+)$/.exec(key);
      return match ? { year: match[1], period: Number(match[2]), costCentre: match[3] } : undefined;
    },
    order: ["year", "period", "cost_centre"],
  },
  {
    register: "placements",
    table: "placements",
    fields: [
      field("placementRef", "text"),
      field("childRef", "text"),
      field("placeCode", "text", { values: PLACE_CODES }),
      field("providerCode", "text", { nullable: true, values: PROVIDER_CODES }),
      field("provider", "text"),
      field("costCentre", "text"),
      start,
      field("plannedEnd", "date", { nullable: true }),
      end,
      field("weeklyCost", "money"),
      field("healthContribution", "money"),
      field("educationContribution", "money"),
      field("area", "text", { values: ["in", "out"] }),
    ],
    key: ["placementRef"],
    scope: [],
    parseKey: byRef("placementRef"),
    order: ["placement_ref"],
  },
  {
    register: "workforce",
    table: "workforce",
    fields: [
      field("postRef", "text"),
      field("team", "text"),
      field("role", "text"),
      field("costCentre", "text"),
      field("fte", "number"),
      field("status", "text", { values: POST_STATUSES }),
      field("annualCost", "money", { nullable: true }),
      field("dayRate", "money", { nullable: true }),
      start,
      end,
    ],
    key: ["postRef"],
    scope: [],
    parseKey: byRef("postRef"),
    order: ["post_ref"],
  },
  {
    register: "htst-routes",
    table: "htst_routes",
    fields: [
      field("routeRef", "text"),
      field("costCentre", "text"),
      field("operator", "text"),
      field("dailyCost", "money", { nullable: true }),
      field("dailyMiles", "number", { nullable: true }),
      field("ratePerMile", "money", { nullable: true }),
      field("occupancy", "text", { values: ["single", "shared"] }),
      field("passengerAssistant", "bool"),
      field("assistantDailyCost", "money"),
      start,
      end,
    ],
    key: ["routeRef"],
    scope: [],
    parseKey: byRef("routeRef"),
    order: ["route_ref"],
  },
  {
    register: "htst-pupils",
    table: "htst_pupils",
    fields: [
      field("pupilRef", "text"),
      field("school", "text"),
      field("ehcp", "bool"),
      field("setting", "text", { values: ["mainstream", "special"] }),
      field("routeRef", "text"),
      start,
      end,
    ],
    key: ["pupilRef"],
    scope: [],
    parseKey: byRef("pupilRef"),
    order: ["pupil_ref"],
  },
  {
    register: "terms",
    table: "terms",
    fields: [field("name", "text"), start, field("end", "date", { column: "end_date" })],
    key: ["start"],
    scope: [],
    parseKey: byRef("start"),
    order: ["start_date"],
  },
  {
    register: "closures",
    table: "closures",
    fields: [field("date", "date", { column: "closure_date" }), field("reason", "text")],
    key: ["date"],
    scope: [],
    parseKey: byRef("date"),
    order: ["closure_date"],
  },
  {
    register: "assumptions",
    table: "assumptions",
    fields: [
      field("name", "text", { values: ASSUMPTION_NAMES }),
      field("value", "number"),
      field("note", "text"),
    ],
    key: ["name"],
    scope: [],
    parseKey: byRef("name"),
    order: ["name"],
  },
  {
    register: "budget-assumptions",
    table: "budget_assumptions",
    fields: [
      field("year", "text"),
      field("costCentre", "text"),
      field("costType", "text"),
      field("budgetedNumber", "number"),
      field("budgetedUnitCost", "money"),
    ],
    key: ["year", "costCentre", "costType"],
    scope: ["year"],
    parseKey: (key) => {
      const match = /^(\d{4}-\d{2})\/([^/]+)\/(.+)$/.exec(key);
      return match ? { year: match[1], costCentre: match[2], costType: match[3] } : undefined;
    },
    order: ["year", "cost_centre", "cost_type"],
  },
  {
    register: "placement-prices",
    table: "placement_prices",
    fields: [
      field("placementRef", "text"),
      field("from", "date", { column: "from_date" }),
      field("weeklyCost", "money"),
    ],
    key: ["placementRef", "from"],
    scope: [],
    parseKey: (key) => {
      const match = /^(.+)\/(\d{4}-\d{2}-\d{2})$/.exec(key);
      return match ? { placementRef: match[1], from: match[2] } : undefined;
    },
    order: ["placement_ref", "from_date"],
  },
  {
    register: "planned-moves",
    table: "planned_moves",
    fields: [
      field("ref", "text"),
      field("placementRef", "text"),
      field("date", "date", { column: "move_date" }),
      field("toPlaceCode", "text", { values: PLACE_CODES }),
      field("toProviderCode", "text", { nullable: true, values: PROVIDER_CODES }),
      field("toWeeklyCost", "money"),
      field("note", "text"),
    ],
    key: ["ref"],
    scope: [],
    parseKey: byRef("ref"),
    order: ["ref"],
  },
  {
    register: "conversion-plans",
    table: "conversion_plans",
    fields: [
      field("ref", "text"),
      field("saving", "text"),
      field("role", "text"),
      field("posts", "integer"),
      field("effectiveDate", "date"),
      field("target", "money", { nullable: true }),
      field("note", "text"),
    ],
    key: ["ref"],
    scope: [],
    parseKey: byRef("ref"),
    order: ["ref"],
  },
  {
    register: "route-retenders",
    table: "route_retenders",
    fields: [
      field("routeRef", "text"),
      field("date", "date", { column: "retender_date" }),
      field("newDailyCost", "money"),
      field("note", "text"),
    ],
    key: ["routeRef", "date"],
    scope: [],
    parseKey: (key) => {
      const match = /^(.+)\/(\d{4}-\d{2}-\d{2})$/.exec(key);
      return match ? { routeRef: match[1], date: match[2] } : undefined;
    },
    order: ["route_ref", "retender_date"],
  },
  {
    register: "adjustments",
    table: "adjustments",
    fields: [
      field("ref", "text"),
      field("year", "text"),
      field("period", "integer"),
      field("costCentre", "text"),
      field("amount", "money"),
      field("comment", "text"),
      field("by", "text", { column: "made_by" }),
    ],
    key: ["ref"],
    scope: [],
    parseKey: byRef("ref"),
    order: ["year", "period", "ref"],
  },
  ...SAVINGS_MTFP_TABLES,
  ...MEASURE_TABLES,
  DEMAND_COSTS_TABLE,
  DEMAND_SCENARIOS_TABLE,
  ...TRANSPORT_TABLES,
  ...TRANSPORT_SCENARIO_TABLES,
  ...SCRUTINY_TABLES,
];

const BY_REGISTER = new Map(TABLES.map((t) => [t.register, t]));

export function registerTable(register: RegisterName): RegisterTable {
  const table = BY_REGISTER.get(register);
  if (!table) throw new Error(`unknown register "${register}"`);
  return table;
}

export function fieldOf(table: RegisterTable, name: string): FieldSpec | undefined {
  return table.fields.find((f) => f.name === name);
}

/** A row as its table's columns (without `la`, which tenancy adds). */
export function toRecord(table: RegisterTable, row: object): Record<string, SqlValue> {
  const values = row as Record<string, unknown>;
  return Object.fromEntries(table.fields.map((f) => [f.column, toColumn(f, values[f.name])]));
}

export function fromRecord<T>(table: RegisterTable, record: Record<string, SqlValue>): T {
  return Object.fromEntries(table.fields.map((f) => [f.name, fromColumn(f, record[f.column])])) as T;
}

/** The key fields' values as column equalities, e.g. { year: "2024-25", cost_centre: "CC1" }. */
export function keyColumns(table: RegisterTable, row: Record<string, unknown>): Record<string, SqlValue> {
  return Object.fromEntries(
    table.key.map((name) => {
      const spec = fieldOf(table, name) as FieldSpec;
      return [spec.column, toColumn(spec, row[name])];
    }),
  );
}
