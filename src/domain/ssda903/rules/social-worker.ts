/** Rules on social worker episodes (SW06STG2, SW07STG2, SW09STG2, SW10STG2), as the Data to Insight validator has them. */
import { addDays } from "../../calendar/dates.js";
import type { ValidationRule } from "./rule.js";
import { childOf, dateKey, dateOf, given, out, rowRule, sortedBy, span, text } from "./table-helpers.js";

export const SOCIAL_WORKER_RULES: readonly ValidationRule[] = [
  rowRule(
    "SW06STG2",
    "Social worker episode data should be within the social worker data reporting year.",
    "sw-episodes",
    ["SW_DECOM"],
    (r, current) => (dateOf(r, "SW_DECOM") ?? "") > span(current).end,
  ),
  rowRule(
    "SW07STG2",
    "Social worker episode end date should be on or after the start of the social worker reporting period, and should be on or before the collection end date.",
    "sw-episodes",
    ["SW_DEC"],
    (r, current) => {
      const dec = dateOf(r, "SW_DEC");
      return dec !== null && (dec < `${current.year - 2}-04-01` || dec > span(current).end);
    },
  ),
  rowRule(
    "SW09STG2",
    "Social worker episode appears to have lasted for less than 24 hours.",
    "sw-episodes",
    ["SW_DECOM", "SW_DEC"],
    (r) => given(r, "SW_DEC") && text(r, "SW_DEC") === text(r, "SW_DECOM"),
  ),
  {
    code: "SW10STG2",
    message:
      "A new social worker episode has started before the end date of the previous social worker episode.",
    tables: ["sw-episodes"],
    fields: ["SW_DECOM"],
    validate: ({ current }) => {
      const rows = sortedBy(current.tables["sw-episodes"], dateKey("SW_DECOM"), dateKey("SW_DEC"));
      return out([
        "sw-episodes",
        rows.filter((r, i) => {
          const prev = rows[i - 1];
          if (!prev || childOf(prev) !== childOf(r) || text(r, "SW_REASON") === "FCONTA") return false;
          const [start, prevEnd] = [dateOf(r, "SW_DECOM"), dateOf(prev, "SW_DEC")];
          return (
            start === null || prevEnd === null || start < addDays(prevEnd, -7) || start > addDays(prevEnd, 7)
          );
        }),
      ]);
    },
  },
];
