/** Where the savings and MTFP registers live (migration 0002): tables, columns, keys, order. */
import { MTFP_KINDS, SCENARIO_LEVERS } from "../domain/mtfp/mtfp.js";
import { SAVING_DRIVER_NAMES } from "../domain/savings/drivers.js";
import { BRAG_RATINGS } from "../domain/savings/saving.js";
import { field } from "./fields.js";
import type { RegisterTable } from "./register-tables.js";

const ref = field("ref", "text");
const year = field("year", "text");
const YEAR = String.raw`\d{4}-\d{2}`;
const DATE = String.raw`\d{4}-\d{2}-\d{2}`;

/** The key fields from a key string matched by `pattern`, or undefined when it does not match. */
const keyParser =
  (pattern: string, names: string[]) =>
  (key: string): Record<string, unknown> | undefined => {
    const match = new RegExp(`^${pattern}$`).exec(key);
    return match ? Object.fromEntries(names.map((name, i) => [name, match[i + 1]])) : undefined;
  };

export const SAVINGS_MTFP_TABLES: RegisterTable[] = [
  {
    register: "savings",
    table: "savings",
    fields: [
      ref,
      field("category", "text"),
      field("programme", "text"),
      field("name", "text"),
      field("description", "text"),
      field("owner", "text"),
      field("brag", "text", { values: BRAG_RATINGS }),
      field("costCentre", "text", { nullable: true }),
    ],
    key: ["ref"],
    scope: [],
    parseKey: (key) => (key === "" ? undefined : { ref: key }),
    order: ["ref"],
  },
  {
    register: "saving-years",
    table: "saving_years",
    fields: [ref, year, field("target", "money"), field("delivered", "money"), field("forecast", "money")],
    key: ["ref", "year"],
    scope: [],
    parseKey: keyParser(`(.+)/(${YEAR})`, ["ref", "year"]),
    order: ["ref", "year"],
  },
  {
    register: "saving-milestones",
    table: "saving_milestones",
    fields: [
      ref,
      field("milestone", "text"),
      field("due", "date"),
      field("completed", "date", { nullable: true }),
    ],
    key: ["ref", "milestone"],
    scope: [],
    parseKey: keyParser("([^/]+)/(.+)", ["ref", "milestone"]),
    order: ["ref", "due", "milestone"],
  },
  {
    register: "saving-comments",
    table: "saving_comments",
    fields: [
      ref,
      field("date", "date", { column: "comment_date" }),
      field("author", "text"),
      field("text", "text", { column: "comment_text" }),
    ],
    key: ["ref", "date", "author"],
    scope: [],
    parseKey: keyParser(`(.+?)/(${DATE})/(.+)`, ["ref", "date", "author"]),
    order: ["ref", "comment_date", "author"],
  },
  {
    register: "saving-drivers",
    table: "saving_drivers",
    fields: [
      ref,
      field("driver", "text", { values: SAVING_DRIVER_NAMES }),
      field("baseline", "number", { nullable: true }),
      field("target", "number"),
      field("from", "date", { column: "from_date" }),
      field("by", "date", { column: "by_date" }),
    ],
    key: ["ref", "driver"],
    scope: [],
    parseKey: keyParser("(.+)/([^/]+)", ["ref", "driver"]),
    order: ["ref", "driver"],
  },
  {
    register: "mtfp-lines",
    table: "mtfp_lines",
    fields: [
      year,
      ref,
      field("kind", "text", { values: MTFP_KINDS }),
      field("costCentre", "text", { nullable: true }),
      field("description", "text"),
      field("amount", "money"),
      field("fundedShare", "number"),
    ],
    key: ["year", "ref"],
    scope: [],
    parseKey: keyParser(`(${YEAR})/(.+)`, ["year", "ref"]),
    order: ["year", "ref"],
  },
  {
    register: "mtfp-assumptions",
    table: "mtfp_assumptions",
    fields: [
      year,
      field("payAward", "number"),
      field("contractInflation", "number"),
      field("inflationFunded", "number"),
      field("demandGrowth", "number"),
    ],
    key: ["year"],
    scope: [],
    parseKey: keyParser(`(${YEAR})`, ["year"]),
    order: ["year"],
  },
  {
    register: "mtfp-scenarios",
    table: "mtfp_scenarios",
    fields: [
      field("scenario", "text"),
      field("lever", "text", { values: SCENARIO_LEVERS }),
      field("scope", "text"),
      field("value", "number"),
    ],
    key: ["scenario", "lever", "scope"],
    scope: [],
    parseKey: keyParser(`(.+?)/(${SCENARIO_LEVERS.join("|")})/(.*)`, ["scenario", "lever", "scope"]),
    order: ["scenario", "lever", "scope"],
  },
];
