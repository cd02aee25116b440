/**
 * Rules on adoption (AD1: 333, 335, 525; placed for adoption: 557, 1003) and previous permanence
 * (631, 632, 635), as the Data to Insight validator has them.
 */
import { addDays, isIsoDate } from "../../calendar/dates.js";
import type { Ssda903Row } from "../tables.js";
import { addYears } from "./code-lists.js";
import type { ValidationRule } from "./rule.js";
import { byChild, childOf, dateOf, extremeByChild, given, out, rowRule, text } from "./table-helpers.js";

/** A dd/mm/yyyy date where any part may be ZZ (unknown), read as the latest date it can be. */
function partialDate(value: string): string | null {
  if (isIsoDate(value)) return value;
  const parts = value.split("/");
  if (parts.length !== 3) return null;
  let offset: "month" | "year" | null = null;
  for (const [i, part] of parts.entries()) {
    if (part === "ZZ") [parts[i], offset] = ["01", i === 0 ? "month" : i === 1 ? "year" : null];
    else if (part === "ZZZZ") parts[i] = "2000";
  }
  const [d = "", m = "", y = ""] = parts;
  if (!/^\d{1,2}$/.test(d) || !/^\d{1,2}$/.test(m) || !/^\d{4}$/.test(y)) return null;
  const iso = `${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`;
  if (!isIsoDate(iso)) return null;
  if (offset === "year") return addDays(addYears(iso, 1), -1);
  if (offset === "month") {
    const next =
      Number(m) === 12 ? `${Number(y) + 1}-01-01` : `${y}-${`${Number(m) + 1}`.padStart(2, "0")}-01`;
    return addDays(next, -1);
  }
  return iso;
}

const AD1_ITEMS = ["DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"];

export const ADOPTION_RULES: readonly ValidationRule[] = [
  rowRule(
    "333",
    "Date should be placed for adoption must be on or prior to the date of matching child with adopter(s).",
    "ad1",
    ["DATE_INT"],
    (r) => {
      const [int, match] = [dateOf(r, "DATE_INT"), dateOf(r, "DATE_MATCH")];
      return match !== null && (int === null || int > match);
    },
  ),
  {
    code: "335",
    message:
      "The current foster value (0) suggests that child is not adopted by current foster carer, but last placement is A2, A3, or A5. Or the current foster value (1) suggests that child is adopted by current foster carer, but last placement is A1, A4 or A6.",
    tables: ["episodes", "ad1"],
    fields: ["PLACE", "FOSTER_CARE"],
    validate: ({ current }) => {
      const ad1 = byChild(current.tables.ad1);
      const pairs = current.tables.episodes.flatMap((e) =>
        (ad1.get(childOf(e)) ?? [])
          .filter((a) => {
            if (!["E1", "E11", "E12"].includes(text(e, "REC"))) return false;
            const [place, foster] = [text(e, "PLACE"), text(a, "FOSTER_CARE")];
            return (
              (["A2", "A3", "A5"].includes(place) && foster === "0") ||
              (["A1", "A4", "A6"].includes(place) && foster === "1")
            );
          })
          .map((a) => [e, a] as const),
      );
      return out(["episodes", pairs.map(([e]) => e)], ["ad1", pairs.map(([, a]) => a)]);
    },
  },
  {
    code: "525",
    message:
      "A child for whom the decision to be placed for adoption has been reversed cannot be adopted during the year.",
    tables: ["placed-adoption", "ad1"],
    fields: ["DATE_PLACED_CEASED", ...AD1_ITEMS],
    validate: ({ current }) => {
      const ad1 = byChild(current.tables.ad1);
      const pairs = current.tables["placed-adoption"]
        .filter((p) => given(p, "DATE_PLACED_CEASED"))
        .flatMap((p) =>
          (ad1.get(childOf(p)) ?? []).filter((a) => given(a, ...AD1_ITEMS)).map((a) => [p, a] as const),
        );
      return out(["placed-adoption", pairs.map(([p]) => p)], ["ad1", pairs.map(([, a]) => a)]);
    },
  },
  {
    code: "557",
    message:
      "Child for whom the decision was made that they should be placed for adoption has left care but was not adopted and information on the decision that they should no longer be placed for adoption items has not been completed.",
    tables: ["episodes", "placed-adoption"],
    fields: ["DATE_PLACED_CEASED", "REASON_PLACED_CEASED", "PLACE", "LS", "REC"],
    validate: ({ current }) => {
      // As the validator: without the placed-for-adoption table loaded, the rule does not run.
      if (current.tables["placed-adoption"].length === 0) return [];
      const placed = byChild(current.tables["placed-adoption"]);
      const incomplete = (p: Ssda903Row) =>
        !given(p, "DATE_PLACED_CEASED") || !given(p, "REASON_PLACED_CEASED");
      const left = current.tables.episodes.filter((e) => {
        const rec = text(e, "REC");
        const forAdoption = ["A3", "A4", "A5", "A6"].includes(text(e, "PLACE")) || text(e, "LS") === "E1";
        return forAdoption && rec !== "" && rec !== "X1" && !["E11", "E12"].includes(rec);
      });
      const failed = left.filter((e) => {
        const rows = placed.get(childOf(e));
        return rows === undefined || rows.some(incomplete);
      });
      return out(
        ["episodes", failed],
        ["placed-adoption", failed.flatMap((e) => (placed.get(childOf(e)) ?? []).filter(incomplete))],
      );
    },
  },
  {
    code: "1003",
    message:
      "Date of LA's decision that a child should be placed for adoption is before the child started to be looked after.",
    tables: ["episodes", "placed-adoption"],
    fields: ["DATE_PLACED", "DECOM", "RNE"],
    validate: ({ current }) => {
      const placed = byChild(current.tables["placed-adoption"]);
      const starts = extremeByChild(
        current.tables.episodes.filter((e) => text(e, "RNE") === "S"),
        "DECOM",
      );
      const pairs = [...starts.values()].flatMap((e) =>
        (placed.get(childOf(e)) ?? [])
          .filter((p) => {
            const date = dateOf(p, "DATE_PLACED");
            return date !== null && date < (dateOf(e, "DECOM") as string);
          })
          .map((p) => [e, p] as const),
      );
      return out(["episodes", pairs.map(([e]) => e)], ["placed-adoption", pairs.map(([, p]) => p)]);
    },
  },
  rowRule(
    "631",
    "Previous permanence option not a valid value.",
    "prev-perm",
    ["PREV_PERM"],
    (r) => given(r, "PREV_PERM") && !["P1", "P2", "P3", "P4", "Z1"].includes(text(r, "PREV_PERM")),
  ),
  {
    code: "632",
    message:
      "Date of previous permanence order not a valid value. NOTE: This rule may result in false negatives where the period of care started before the current collection year",
    tables: ["episodes", "prev-perm"],
    fields: ["DATE_PERM", "DECOM"],
    validate: ({ current }) => {
      const perms = byChild(current.tables["prev-perm"]);
      const pairs = [...extremeByChild(current.tables.episodes, "DECOM").values()].flatMap((e) =>
        (perms.get(childOf(e)) ?? [])
          .filter((p) => {
            const date = partialDate(text(p, "DATE_PERM"));
            return date === null ? given(p, "DATE_PERM") : date >= (dateOf(e, "DECOM") as string);
          })
          .map((p) => [e, p] as const),
      );
      return out(["episodes", pairs.map(([e]) => e)], ["prev-perm", pairs.map(([, p]) => p)]);
    },
  },
  rowRule(
    "635",
    "There are entries for date of order and local authority code where previous permanence option was arranged but previous permanence code is Z1",
    "prev-perm",
    ["LA_PERM", "DATE_PERM", "PREV_PERM"],
    (r) => given(r, "LA_PERM", "DATE_PERM") && !given(r, "PREV_PERM"),
  ),
];
