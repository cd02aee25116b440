/**
 * Rules on the outcome tables — OC2 (185, 188, 189, 190, 191, 544) and OC3 (345, 391, 1000, 1007, 1011,
 * 1012) — as the Data to Insight validator has them.
 */
import {
  collectionYearSpan,
  OC2_ITEMS,
  OC3_ITEMS,
  type Ssda903Return,
  type Ssda903Row,
  type Ssda903Table,
} from "../tables.js";
import { addYears } from "./code-lists.js";
import type { ValidationRule } from "./rule.js";
import {
  byChild,
  childOf,
  dateOf,
  extremeByChild,
  given,
  out,
  rowRule,
  span,
  text,
} from "./table-helpers.js";

/**
 * Children looked after continuously for 12 months at 31 March: in care during the year, with no
 * episode starting care (RNE S) or leaving it (REC not X1) inside the year, and no short break (V3/V4).
 */
function continuouslyLookedAfter(current: Ssda903Return): Set<string> {
  const known = lookedAfterFor12Months.get(current);
  if (known) return known;
  const { start, end } = collectionYearSpan(current.year);
  const during = new Set<string>();
  const broken = new Set<string>();
  for (const e of current.tables.episodes) {
    const [decom, dec] = [dateOf(e, "DECOM"), dateOf(e, "DEC")];
    const inYear = decom !== null && decom <= end && (dec === null || dec >= start);
    if (inYear) during.add(childOf(e));
    const enters = text(e, "RNE") === "S" && decom !== null && decom > start && decom <= end;
    const leaves = text(e, "REC") !== "X1" && dec !== null && dec >= start && dec < end;
    if (enters || leaves || (inYear && ["V3", "V4"].includes(text(e, "LS")))) broken.add(childOf(e));
  }
  const children = new Set([...during].filter((child) => !broken.has(child)));
  lookedAfterFor12Months.set(current, children);
  return children;
}
const lookedAfterFor12Months = new WeakMap<Ssda903Return, Set<string>>();

const OC2_REQUIRED = ["IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE"];

export const OUTCOME_RULES: readonly ValidationRule[] = [
  rowRule(
    "185",
    "Child has not been looked after continuously for at least 12 months at 31 March but a Strengths and Difficulties (SDQ) score has been completed.",
    "oc2",
    ["SDQ_SCORE"],
    (r, current) => given(r, "SDQ_SCORE") && !continuouslyLookedAfter(current).has(childOf(r)),
  ),
  rowRule(
    "188",
    "Child is aged under 4 years at the end of the year, but a Strengths and Difficulties (SDQ) score or a reason for no SDQ score has been completed. ",
    "oc2",
    ["SDQ_SCORE", "SDQ_REASON"],
    (r, current) => {
      const dob = dateOf(r, "DOB");
      return dob !== null && addYears(dob, 4) > span(current).end && given(r, "SDQ_SCORE", "SDQ_REASON");
    },
  ),
  rowRule(
    "189",
    "Child is aged 17 years or over at the beginning of the year, but an Strengths and Difficulties (SDQ) score or a reason for no Strengths and Difficulties (SDQ) score has been completed.",
    "oc2",
    ["DOB", "SDQ_SCORE", "SDQ_REASON"],
    (r, current) => {
      const dob = dateOf(r, "DOB");
      return dob !== null && addYears(dob, 17) <= span(current).start && given(r, "SDQ_SCORE", "SDQ_REASON");
    },
  ),
  rowRule(
    "190",
    "Child has not been looked after continuously for at least 12 months at 31 March but one or more data items relating to children looked after for 12 months have been completed.",
    "oc2",
    OC2_ITEMS,
    (r, current) => given(r, ...OC2_ITEMS) && !continuouslyLookedAfter(current).has(childOf(r)),
  ),
  {
    code: "191",
    message:
      "Child has been looked after continuously for at least 12 months at 31 March but one or more data items relating to children looked after for 12 months have been left blank.",
    tables: ["oc2", "episodes"],
    fields: [...OC2_REQUIRED, "CHILD"],
    validate: ({ current }) => {
      if (current.tables.oc2.length === 0) return []; // OC2 not loaded: the rule does not run
      const cla = continuouslyLookedAfter(current);
      const inOc2 = new Set(current.tables.oc2.map(childOf));
      return out(
        [
          "oc2",
          current.tables.oc2.filter((r) => cla.has(childOf(r)) && OC2_REQUIRED.some((c) => !given(r, c))),
        ],
        [
          "episodes",
          [...extremeByChild(current.tables.episodes, "DECOM").values()].filter(
            (e) => cla.has(childOf(e)) && !inOc2.has(childOf(e)),
          ),
        ],
      );
    },
  },
  rowRule(
    "544",
    "Any child who has conviction information completed must also have immunisation, teeth check, health assessment and substance misuse problem identified fields completed.",
    "oc2",
    ["CONVICTED", ...OC2_REQUIRED],
    (r) => text(r, "CONVICTED") === "1" && OC2_REQUIRED.some((c) => !given(r, c)),
  ),
  rowRule(
    "345",
    "The data collection record shows the local authority is in touch with this young person, but activity and/or accommodation data items are zero.",
    "oc3",
    OC3_ITEMS,
    (r) => text(r, "IN_TOUCH") === "YES" && (text(r, "ACTIV") === "0" || text(r, "ACCOM") === "0"),
  ),
  rowRule(
    "391",
    "Young person was not 17, 18, 19, 20 or 21 during the current collection year. ",
    "oc3",
    ["DOB", ...OC3_ITEMS],
    (r, current) => {
      const dob = dateOf(r, "DOB");
      return dob !== null && addYears(dob, 17) > span(current).end && given(r, ...OC3_ITEMS);
    },
  ),
  {
    code: "1000",
    message:
      "This child is recorded as having died in care and therefore should not have the care leaver information completed. [NOTE: This only tests the current and previous year data loaded into the tool]",
    tables: ["oc3", "episodes"],
    fields: OC3_ITEMS,
    validate: ({ current, previous }) => {
      const episodes = [...current.tables.episodes, ...(previous?.tables.episodes ?? [])];
      const died = new Set(episodes.filter((e) => text(e, "REC").toUpperCase() === "E2").map(childOf));
      return out(["oc3", current.tables.oc3.filter((r) => died.has(childOf(r)))]);
    },
  },
  {
    code: "1007",
    message:
      "Care leaver information is not required for 17- or 18-year olds who are still looked after [on their 17th or 18th birthday.]",
    tables: ["oc3", "episodes"],
    fields: OC3_ITEMS,
    validate: ({ current }) => {
      const { end } = span(current);
      const episodes = byChild(current.tables.episodes);
      return out([
        "oc3",
        current.tables.oc3.filter((r) => {
          const dob = dateOf(r, "DOB");
          if (dob === null || !given(r, ...OC3_ITEMS) || addYears(dob, 17) > end || addYears(dob, 19) <= end)
            return false;
          let birthday = addYears(dob, Number(end.slice(0, 4)) - Number(dob.slice(0, 4)));
          if (birthday > end) birthday = addYears(birthday, -1);
          return (episodes.get(childOf(r)) ?? []).some((e) => {
            const [decom, dec] = [dateOf(e, "DECOM"), dateOf(e, "DEC")];
            return decom !== null && decom <= birthday && (dec === null || dec > birthday);
          });
        }),
      ]);
    },
  },
  {
    code: "1011",
    message:
      "This child is recorded as having his/her care transferred to another local authority for the final episode and therefore should not have the care leaver information completed.",
    tables: ["oc3", "episodes"],
    fields: OC3_ITEMS,
    validate: ({ current }) => {
      const latest = extremeByChild(current.tables.episodes, "DECOM", true);
      return out([
        "oc3",
        current.tables.oc3.filter((r) => {
          const last = latest.get(childOf(r));
          return last !== undefined && text(last, "REC") === "E3" && given(r, ...OC3_ITEMS);
        }),
      ]);
    },
  },
  {
    code: "1012",
    message: "No other data should be returned for OC3 children who had no episodes in the current year",
    tables: ["placed-adoption", "missing", "reviews", "ad1", "prev-perm", "oc2"],
    fields: ["CHILD"],
    validate: ({ current }) => {
      const looked = new Set(current.tables.episodes.map(childOf));
      const tables = ["placed-adoption", "missing", "reviews", "ad1", "prev-perm", "oc2"] as const;
      return out(
        ...tables.map(
          (t) =>
            [t, current.tables[t].filter((r) => !looked.has(childOf(r)))] as [Ssda903Table, Ssda903Row[]],
        ),
      );
    },
  },
];
