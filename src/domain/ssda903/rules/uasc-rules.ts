/**
 * Rules on the UASC table (unaccompanied asylum-seeking children): the date status ceased (DUC), and
 * the data-integrity checks against the header. Codes and messages from Data to Insight's validator
 * (lac2022_23 rules 104, 304, INT09, INT18, INT21, INT36).
 */
import { isIsoDate } from "../../calendar/dates.js";
import { collectionYearSpan, type Ssda903Row } from "../tables.js";
import { addYears, field, isBlank, rowsByChild } from "./code-lists.js";
import { failing, type ValidationRule } from "./rule.js";
import { rowRule } from "./table-helpers.js";

/** A UASC row whose field differs from the child's header row; both must hold a usable value. */
function disagreesWithHeader(
  code: string,
  message: string,
  name: string,
  usable: (value: string) => boolean,
): ValidationRule {
  return {
    code,
    message,
    tables: ["uasc", "header"],
    fields: [name],
    validate(ctx) {
      const header = rowsByChild(ctx.current.tables.header);
      return failing(ctx, "uasc", (row) => {
        const value = field(row, name);
        const inHeader = (header.get(field(row, "CHILD")) ?? []).map((h) => field(h, name)).filter(usable);
        return usable(value) && inHeader.some((other) => other !== value);
      });
    },
  };
}

export const UASC_RULES: readonly ValidationRule[] = [
  rowRule(
    "104",
    "Date for Unaccompanied Asylum-Seeking Children (UASC) status ceased is not a valid date.",
    "uasc",
    ["DUC"],
    // Blank passes; a date before the collection year starts fails as well as one that is no date.
    (r, current) => {
      const duc = field(r, "DUC");
      return !isBlank(duc) && (!isIsoDate(duc) || duc < collectionYearSpan(current.year).start);
    },
  ),
  rowRule(
    "304",
    "Date unaccompanied asylum-seeking child (UASC) status ceased must be on or before the 18th birthday of a child.",
    "uasc",
    ["DUC"],
    (r) =>
      isIsoDate(field(r, "DUC")) &&
      isIsoDate(field(r, "DOB")) &&
      field(r, "DUC") > addYears(field(r, "DOB"), 18),
  ),
  {
    code: "INT09",
    message: "Internal Check: Child in UASC does not exist in Header.",
    tables: ["uasc", "header"],
    fields: ["CHILD"],
    validate(ctx) {
      const children = new Set(ctx.current.tables.header.map((h) => field(h, "CHILD")));
      return failing(ctx, "uasc", (r) => !children.has(field(r, "CHILD")));
    },
  },
  disagreesWithHeader(
    "INT18",
    "Internal Check: DOB in UASC is different to DOB in Header.",
    "DOB",
    isIsoDate,
  ),
  disagreesWithHeader(
    "INT21",
    "Internal Check: SEX in UASC is different to SEX in Header.",
    "SEX",
    (v) => !isBlank(v),
  ),
  {
    code: "INT36",
    message: "Internal Check: Child should only exist once in UASC.",
    tables: ["uasc"],
    fields: ["CHILD"],
    validate(ctx) {
      const byChild = rowsByChild(ctx.current.tables.uasc);
      const child = (r: Ssda903Row) => field(r, "CHILD");
      return failing(ctx, "uasc", (r) => !isBlank(child(r)) && (byChild.get(child(r))?.length ?? 0) > 1);
    },
  },
];
