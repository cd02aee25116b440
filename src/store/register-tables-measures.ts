/**
 * Where the measure registers live (migration 0004), and the postcode grid the distance from home
 * is worked out from (migration 0005): tables, columns, keys, order.
 */
import { ENTERED_MEASURE_IDS, MEASURE_IDS } from "../domain/measures/catalogue.js";
import { field } from "./fields.js";
import type { RegisterTable } from "./register-tables.js";

const PERIOD = String.raw`\d{4}-\d{2}:P\d{1,2}`;
const DATE = String.raw`\d{4}-\d{2}-\d{2}`;
const period = field("period", "text");

/** The key fields from a key string matched by `pattern`, or undefined when it does not match. */
const keyParser =
  (pattern: string, names: string[]) =>
  (key: string): Record<string, unknown> | undefined => {
    const match = new RegExp(`^${pattern}$`).exec(key);
    return match ? Object.fromEntries(names.map((name, i) => [name, match[i + 1]])) : undefined;
  };

export const MEASURE_TABLES: RegisterTable[] = [
  {
    register: "measure-settings",
    table: "measure_settings",
    fields: [
      field("measure", "text", { values: MEASURE_IDS }),
      field("target", "number", { nullable: true }),
      field("tolerance", "number", { nullable: true }),
      field("owner", "text"),
    ],
    key: ["measure"],
    scope: [],
    parseKey: keyParser("([a-z0-9-]+)", ["measure"]),
    order: ["measure"],
  },
  {
    register: "measure-values",
    table: "measure_values",
    fields: [field("measure", "text", { values: ENTERED_MEASURE_IDS }), period, field("value", "number")],
    key: ["measure", "period"],
    scope: [],
    parseKey: keyParser(`([a-z0-9-]+)/(${PERIOD})`, ["measure", "period"]),
    order: ["measure", "period"],
  },
  {
    register: "measure-comments",
    table: "measure_comments",
    fields: [
      field("measure", "text", { values: MEASURE_IDS }),
      period,
      field("date", "date", { column: "comment_date" }),
      field("author", "text"),
      field("text", "text", { column: "comment_text" }),
    ],
    key: ["measure", "period", "date", "author"],
    scope: [],
    parseKey: keyParser(`([a-z0-9-]+)/(${PERIOD})/(${DATE})/(.+)`, ["measure", "period", "date", "author"]),
    order: ["measure", "period", "comment_date", "author"],
  },
  {
    register: "postcode-grid",
    table: "postcode_grid",
    fields: [field("postcode", "text"), field("easting", "integer"), field("northing", "integer")],
    key: ["postcode"],
    scope: [],
    parseKey: (key) => (key === "" ? undefined : { postcode: key }),
    order: ["postcode"],
  },
];
