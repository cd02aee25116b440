/**
 * Reads the 903 XML form: EXPSSDA903 holds one CHILD per child; each CHILD has a HEADER (the
 * child's fields, with nested AREVIEW, AMISSING, OC2, PERMANENCE and AD_PLACED groups) and its
 * EPISODEs. CHILDID is the CSV's CHILD and PL its PLACE. Each nested group's row carries the
 * header's fields too, as the CSV tables repeat CHILD and DOB. A row's number is its position among
 * its table's elements.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import {
  SSDA903_LAYOUTS,
  SSDA903_TABLES,
  type Ssda903Return,
  type Ssda903Row,
  type Ssda903Table,
} from "../../domain/ssda903/tables.js";
import { problem, Ssda903ImportError } from "./errors.js";
import { decodeUtf8, isoDate } from "./values.js";

/** Repeated groups inside HEADER, and the table each one's rows go to. */
const GROUPS: Readonly<Record<string, Ssda903Table>> = {
  AREVIEW: "reviews",
  AMISSING: "missing",
  OC2: "oc2",
  PERMANENCE: "prev-perm",
  AD_PLACED: "placed-adoption",
};
const RENAMED: Readonly<Record<string, string>> = { CHILDID: "CHILD", PL: "PLACE" };
const ARRAYS = new Set(["CHILD", "EPISODE", ...Object.keys(GROUPS)]);

type Node = Record<string, unknown>;
const isNode = (value: unknown): value is Node =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** An element's own text children (leaves), renamed to the CSV's column names. */
function leaves(node: Node, skip: ReadonlySet<string> = new Set()): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(node)) {
    if (skip.has(name)) continue;
    if (isNode(value)) Object.assign(out, leaves(value, skip));
    else if (typeof value === "string" || typeof value === "number")
      out[RENAMED[name] ?? name] = String(value).trim();
  }
  return out;
}

function asList(value: unknown): Node[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.map((item) => (isNode(item) ? item : {}));
}

export function readXmlReturn(file: string, bytes: Uint8Array, year: number): Ssda903Return {
  const decoded = decodeUtf8(file, bytes);
  if ("problem" in decoded) throw new Ssda903ImportError([decoded.problem]);
  const valid = XMLValidator.validate(decoded.text);
  if (valid !== true) {
    const { line, msg } = valid.err;
    throw new Ssda903ImportError([problem(file, line, "", "", `must be well-formed XML (${msg})`)]);
  }
  const parser = new XMLParser({
    ignoreAttributes: true,
    parseTagValue: false,
    trimValues: true,
    ignoreDeclaration: true,
    isArray: (name) => ARRAYS.has(name),
  });
  let doc: Node;
  try {
    doc = parser.parse(decoded.text) as Node;
  } catch (error) {
    // The parser's own limits: external entities, nesting too deep, element names such as __proto__.
    const rule = `must be a 903 XML return the reader accepts (${(error as Error).message})`;
    throw new Ssda903ImportError([problem(file, 0, "", "", rule)]);
  }
  const root = doc.EXPSSDA903;
  if (root === undefined) {
    const found = Object.keys(doc).join(", ") || "nothing";
    throw new Ssda903ImportError([problem(file, 1, "", found, "the root element must be EXPSSDA903")]);
  }
  const tables = Object.fromEntries(SSDA903_TABLES.map((t) => [t, [] as Ssda903Row[]])) as Record<
    Ssda903Table,
    Ssda903Row[]
  >;
  const add = (table: Ssda903Table, fields: Record<string, string>) => {
    const layout = SSDA903_LAYOUTS[table];
    const dates = new Set(layout.dates);
    const values = Object.fromEntries(
      layout.columns.map((c) => [c, dates.has(c) ? isoDate(fields[c] ?? "") : (fields[c] ?? "")]),
    );
    tables[table].push({ file, row: tables[table].length + 1, values });
  };
  const children = asList(isNode(root) ? root.CHILD : undefined);
  const problems = [];
  for (const [i, child] of children.entries()) {
    const header = child.HEADER;
    if (!isNode(header)) {
      problems.push(problem(file, i + 1, "HEADER", "", "each CHILD element must have a HEADER"));
      continue;
    }
    const skip = new Set(["EPISODE", "HEADER", ...Object.keys(GROUPS)]);
    const fields = { ...leaves(child, skip), ...leaves(header, skip) };
    if (!fields.CHILD) problems.push(problem(file, i + 1, "CHILDID", "", "each HEADER must have a CHILDID"));
    add("header", fields);
    if ((fields.UASC ?? "") !== "" && fields.UASC !== "0") add("uasc", fields);
    else if (fields.DUC) add("uasc", fields);
    if (fields.IN_TOUCH) add("oc3", fields);
    if (fields.DATE_INT) add("ad1", fields);
    for (const [group, table] of Object.entries(GROUPS)) {
      for (const node of asList(header[group])) add(table, { ...fields, ...leaves(node) });
    }
    for (const node of asList(child.EPISODE)) add("episodes", { ...fields, ...leaves(node) });
  }
  if (children.length === 0)
    problems.push(problem(file, 1, "CHILD", "", "EXPSSDA903 must hold at least one CHILD"));
  if (problems.length > 0) throw new Ssda903ImportError(problems);
  return { year, tables };
}
