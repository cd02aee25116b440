/**
 * Episode rules: how one child's episodes follow each other (overlaps, continuations, the reason for a
 * new episode and for its end), PLACE against PLACE_PROVIDER, URN and postcodes. Codes and messages are
 * the DfE's, as the Data to Insight validator (csc-validator-be-903) has them in its 2024/25 ruleset.
 * Where 2025/26 replaced the Z1 placement code with Z11–Z14 the code lists follow the return's year.
 */
import { collectionYearSpan, type Ssda903Row } from "../tables.js";
import { dateOf, episodesByChild, inFileOrder, isBlank, val } from "./dates.js";
import { failing, type ValidationContext, type ValidationRule } from "./rule.js";
import { rowRule } from "./table-helpers.js";

const T_CODES = ["T0", "T1", "T2", "T3", "T4"];
/** The "other" placement codes: Z1 up to 2024/25, Z11–Z14 from 2025/26 (collection year 2026). */
const zCodes = (year: number) => (year >= 2026 ? ["Z11", "Z12", "Z13", "Z14"] : ["Z1"]);
const NO_URN = (year: number) => ["P1", "P3", "R1", "R2", "R5", ...T_CODES, ...zCodes(year)];

/** Consecutive episodes of one child, [previous, next], in DECOM order. */
function pairs(ctx: ValidationContext): [Ssda903Row, Ssda903Row][] {
  return episodesByChild(ctx).flatMap((rows) =>
    rows.slice(1).map((next, i): [Ssda903Row, Ssda903Row] => [rows[i] as Ssda903Row, next]),
  );
}

/** A rule over consecutive episodes: the rows `test` returns fail. */
function sequenceRule(
  code: string,
  message: string,
  fields: readonly string[],
  test: (prev: Ssda903Row, next: Ssda903Row) => Ssda903Row | null,
): ValidationRule {
  return {
    code,
    message,
    tables: ["episodes"],
    fields,
    validate: (ctx) =>
      inFileOrder(
        ctx,
        "episodes",
        pairs(ctx).flatMap(([prev, next]) => test(prev, next) ?? []),
      ),
  };
}

const PLACEMENT_FIELDS = ["PLACE", "PL_POST", "URN", "PLACE_PROVIDER"];
const samePlacement = (a: Ssda903Row, b: Ssda903Row) =>
  PLACEMENT_FIELDS.every((f) => val(a, f) === val(b, f));

export const EPISODE_RULES: readonly ValidationRule[] = [
  {
    code: "142",
    message: "A new episode has started, but the previous episode has not ended.",
    tables: ["episodes"],
    fields: ["DEC", "REC"],
    validate: (ctx) =>
      inFileOrder(
        ctx,
        "episodes",
        episodesByChild(ctx).flatMap((rows) =>
          rows.slice(0, -1).filter((row) => !dateOf(row, "DEC") || isBlank(row, "REC")),
        ),
      ),
  },
  rowRule(
    "148",
    "Date episode ceased and reason episode ceased must both be coded, or both left blank.",
    "episodes",
    ["DEC", "REC"],
    (row) => isBlank(row, "DEC") !== isBlank(row, "REC"),
  ),
  rowRule(
    "178",
    "Placement provider code is not a valid code.",
    "episodes",
    ["PLACE_PROVIDER"],
    (row, current) => {
      // 2025/26 (rule 178 in lac2025_26) drops T4 and Z1 for Z11–Z14; 2024/25 and before: T0–T4, Z1.
      const none = current.year >= 2026 ? ["T0", "T1", "T2", "T3", ...zCodes(2026)] : [...T_CODES, "Z1"];
      const provider = val(row, "PLACE_PROVIDER");
      return provider !== "" && (!/^PR[0-5]$/.test(provider) || none.includes(val(row, "PLACE")));
    },
  ),
  rowRule(
    "213",
    "Placement provider information not required.",
    "episodes",
    ["PLACE_PROVIDER"],
    (row, current) => {
      const none = current.year >= 2026 ? [...T_CODES, ...zCodes(2026)] : T_CODES;
      return none.includes(val(row, "PLACE")) && !isBlank(row, "PLACE_PROVIDER");
    },
  ),
  rowRule("218", "Ofsted Unique reference number (URN) is required.", "episodes", ["URN"], (row, current) => {
    // The layout has no PL_LA, so placements outside England cannot be told apart here.
    const ends = isBlank(row, "DEC") || (dateOf(row, "DEC") ?? "") >= collectionYearSpan(current.year).start;
    return ends && isBlank(row, "URN") && !NO_URN(current.year).includes(val(row, "PLACE"));
  }),
  rowRule(
    "222",
    "Ofsted Unique reference number (URN) should not be recorded for this placement type.",
    "episodes",
    ["URN"],
    (row, current) =>
      NO_URN(current.year).includes(val(row, "PLACE")) && !["", "XXXXXXX"].includes(val(row, "URN")),
  ),
  sequenceRule(
    "225",
    "Reason for placement change must be recorded.",
    ["REASON_PLACE_CHANGE"],
    (prev, next) =>
      val(prev, "REC") === "X1" &&
      isBlank(prev, "REASON_PLACE_CHANGE") &&
      !T_CODES.includes(val(prev, "PLACE")) &&
      ["P", "B", "T", "U"].includes(val(next, "RNE")) &&
      !T_CODES.includes(val(next, "PLACE"))
        ? prev
        : null,
  ),
  {
    code: "357",
    message:
      "If this is the first episode ever for this child, reason for new episode must be S.  Check whether there is an episode immediately preceding this one, which has been left out.  If not the reason for new episode code must be amended to S.",
    tables: ["episodes"],
    fields: ["RNE"],
    validate(ctx) {
      const start = collectionYearSpan(ctx.current.year).start;
      const firsts = episodesByChild(ctx).map((rows) => rows[0] as Ssda903Row);
      return inFileOrder(
        ctx,
        "episodes",
        firsts.filter((row) => (dateOf(row, "DECOM") ?? "") >= start && val(row, "RNE") !== "S"),
      );
    },
  },
  {
    code: "388",
    message: "Reason episode ceased is coded new episode begins, but there is no continuation episode.",
    tables: ["episodes"],
    fields: ["REC"],
    validate(ctx) {
      const failed = episodesByChild(ctx).flatMap((rows) =>
        rows.filter((row, i) => {
          const dec = dateOf(row, "DEC");
          const rec = val(row, "REC");
          const next = rows[i + 1];
          if (!next) return dec !== null && rec === "X1";
          const continues = dec === dateOf(next, "DECOM");
          return dec !== null && (rec === "X1" ? !continues : rec !== "" && continues);
        }),
      );
      return inFileOrder(ctx, "episodes", failed);
    },
  },
  {
    code: "392b",
    message:
      "Child is looked after but no postcodes are recorded. [NOTE: This check may result in false positives for children formerly UASC, particularly if current & prior year UASC data not loaded]",
    tables: ["episodes", "uasc"],
    fields: ["HOME_POST", "PL_POST"],
    validate(ctx) {
      // A child with any UASC data this year or last may have been UASC, so is not expected to have postcodes.
      const formerUasc = new Set(
        [...ctx.current.tables.uasc, ...(ctx.previous?.tables.uasc ?? [])]
          .filter((r) =>
            Object.entries(r.values).some(([column, v]) => column !== "CHILD" && v.trim() !== ""),
          )
          .map((r) => val(r, "CHILD")),
      );
      return failing(
        ctx,
        "episodes",
        (row) =>
          !formerUasc.has(val(row, "CHILD")) &&
          !["V3", "V4"].includes(val(row, "LS")) &&
          (isBlank(row, "HOME_POST") || isBlank(row, "PL_POST")),
      );
    },
  },
  sequenceRule(
    "431",
    "The reason for new episode is started to be looked after, but the previous episode ended on the same day.",
    ["RNE", "DECOM"],
    (prev, next) =>
      val(next, "RNE") === "S" && (dateOf(next, "DECOM") ?? "") <= (dateOf(prev, "DEC") ?? "") ? next : null,
  ),
  sequenceRule(
    "433",
    "The reason for new episode suggests that this is a continuation episode, but the episode does not start on the same day as the last episode finished.",
    ["RNE", "DECOM"],
    (prev, next) =>
      ["P", "L", "T", "U", "B"].includes(val(next, "RNE").toUpperCase()) &&
      (!dateOf(prev, "DEC") || dateOf(prev, "DEC") !== dateOf(next, "DECOM"))
        ? next
        : null,
  ),
  sequenceRule(
    "434",
    "Reason for new episode is that child's legal status has changed but not the placement, but this is not reflected in the episode data.",
    ["RNE", "LS", ...PLACEMENT_FIELDS],
    (prev, next) =>
      val(next, "RNE") === "L" && (val(next, "LS") === val(prev, "LS") || !samePlacement(prev, next))
        ? next
        : null,
  ),
  sequenceRule(
    "436",
    "Reason for new episode is that both child’s placement and legal status have changed, but this is not reflected in the episode data.",
    ["RNE", "LS", ...PLACEMENT_FIELDS],
    (prev, next) =>
      ["U", "B"].includes(val(next, "RNE")) &&
      (val(next, "LS") === val(prev, "LS") || samePlacement(prev, next))
        ? next
        : null,
  ),
  sequenceRule(
    "437",
    "Reason episode ceased is child has died or is aged 18 or over but there are further episodes.",
    ["REC"],
    (prev) => (["E2", "E15"].includes(val(prev, "REC").toUpperCase()) ? prev : null),
  ),
  sequenceRule(
    "501",
    "A new episode has started before the end date of the previous episode.",
    ["DECOM", "DEC"],
    (prev, next) => ((dateOf(next, "DECOM") ?? "") < (dateOf(prev, "DEC") ?? "") ? next : null),
  ),
  rowRule(
    "530",
    "A placement provider code of PR4 cannot be associated with placement P1.",
    "episodes",
    ["PLACE", "PLACE_PROVIDER"],
    (row) => val(row, "PLACE") === "P1" && val(row, "PLACE_PROVIDER") === "PR4",
  ),
  rowRule(
    "531",
    "A placement provider code of PR5 cannot be associated with placements P1.",
    "episodes",
    ["PLACE", "PLACE_PROVIDER"],
    (row) => val(row, "PLACE") === "P1" && val(row, "PLACE_PROVIDER") === "PR5",
  ),
];
