/** Rules on the missing table (565, 567, 574, 577, 581, 1006), as the Data to Insight validator has them. */
import type { Ssda903Return, Ssda903Row } from "../tables.js";
import type { ValidationRule } from "./rule.js";
import { byChild, childOf, dateKey, dateOf, given, out, rowRule, sortedBy, text } from "./table-helpers.js";

/** Each child's periods of care: episodes joined while each starts on or before the last one's end. */
function periodsOfCare(current: Ssda903Return): Map<string, { start: string; end: string | null }[]> {
  const periods = new Map<string, { start: string; end: string | null }[]>();
  let previous: Ssda903Row | null = null;
  for (const e of sortedBy(
    current.tables.episodes.filter((r) => dateOf(r, "DECOM")),
    dateKey("DECOM"),
  )) {
    const list = periods.get(childOf(e)) ?? [];
    const prevDec = previous && childOf(previous) === childOf(e) ? dateOf(previous, "DEC") : null;
    const joins =
      previous !== null &&
      childOf(previous) === childOf(e) &&
      !(prevDec !== null && (dateOf(e, "DECOM") as string) > prevDec);
    const last = list.at(-1);
    if (joins && last) last.end = dateOf(e, "DEC");
    else list.push({ start: dateOf(e, "DECOM") as string, end: dateOf(e, "DEC") });
    periods.set(childOf(e), list);
    previous = e;
  }
  return periods;
}

export const MISSING_RULES: readonly ValidationRule[] = [
  rowRule(
    "565",
    "The date that the child started to be missing or away from placement without authorisation has been completed but whether the child was missing or away from placement without authorisation has not been completed.",
    "missing",
    ["MISSING", "MIS_START"],
    (r) => given(r, "MIS_START") && !given(r, "MISSING"),
  ),
  rowRule(
    "567",
    "The date that the missing episode or episode that the child was away from placement without authorisation ended is before the date that it started.",
    "missing",
    ["MIS_START", "MIS_END"],
    (r) => {
      const [start, end] = [dateOf(r, "MIS_START"), dateOf(r, "MIS_END")];
      return start !== null && end !== null && start > end;
    },
  ),
  {
    code: "574",
    message:
      "A new missing/away from placement without authorisation period cannot start when the previous missing/away from placement without authorisation period is still open. Missing/away from placement without authorisation periods should also not overlap.",
    tables: ["missing"],
    fields: ["MIS_START", "MIS_END"],
    validate: ({ current }) => {
      const endOrStart = (r: Ssda903Row) => dateOf(r, "MIS_END") ?? dateOf(r, "MIS_START");
      const rows = sortedBy(current.tables.missing, endOrStart, dateKey("MIS_START"));
      return out([
        "missing",
        rows.filter((r, i) => {
          const prev = rows[i - 1];
          if (!prev || childOf(prev) !== childOf(r)) return false;
          const [start, prevEnd] = [dateOf(r, "MIS_START"), dateOf(prev, "MIS_END")];
          return prevEnd === null || (start !== null && start < prevEnd);
        }),
      ]);
    },
  },
  {
    code: "577",
    message:
      "Child ceased to be looked after but there is a missing/away from placement without authorisation period without an end date.",
    tables: ["missing", "episodes"],
    fields: ["MIS_END"],
    validate: ({ current }) => {
      const periods = periodsOfCare(current);
      return out([
        "missing",
        current.tables.missing.filter((r) => {
          const [start, end] = [dateOf(r, "MIS_START"), dateOf(r, "MIS_END")];
          const list = periods.get(childOf(r)) ?? [];
          if (start === null || list.length === 0) return false;
          return list.every(
            (p) =>
              (end === null && (p.end !== null || start < p.start)) ||
              (end !== null && ((p.end !== null && end > p.end) || end < p.start)),
          );
        }),
      ]);
    },
  },
  {
    code: "581",
    message: "Child is missing but has not yet started to be looked after.",
    tables: ["missing", "episodes"],
    fields: ["MIS_START"],
    validate: ({ current }) => {
      const episodes = byChild(current.tables.episodes);
      return out([
        "missing",
        current.tables.missing.filter((r) => {
          const start = dateOf(r, "MIS_START");
          const list = episodes.get(childOf(r));
          if (!list) return false;
          return !list.some((e) => {
            const [decom, dec] = [dateOf(e, "DECOM"), dateOf(e, "DEC")];
            return start !== null && decom !== null && start >= decom && (dec === null || start <= dec);
          });
        }),
      ]);
    },
  },
  rowRule(
    "1006",
    "Missing type invalid.",
    "missing",
    ["MISSING"],
    (r) => given(r, "MISSING") && !["M", "A"].includes(text(r, "MISSING")),
  ),
];
