/**
 * Rules on the header table: SEX, ETHNIC, UPN, MOTHER and MC_DOB, some read against the child's
 * episodes (DOB's own rule, 102, is with the date rules). Codes and messages from Data to Insight's
 * validator: lac2022_23, and lac2024_25 for 101, 174 and 393, whose SEX codes are M/F/U (a return
 * before 2024-25 is read with the earlier 1/2 codes).
 */
import { isIsoDate } from "../../calendar/dates.js";
import { addYears, codeListRule, ETHNIC_CODES, field, isBlank, sexCodes, UPN_PATTERN } from "./code-lists.js";
import { failing, type ValidationContext, type ValidationRule } from "./rule.js";
import { rowRule } from "./table-helpers.js";

/** Children with an episode whose legal status is not V3 or V4 (short breaks). */
function lookedAfterNotShortBreaks(ctx: ValidationContext, ignoreCase: boolean): Set<string> {
  const shortBreak = (ls: string) => ["V3", "V4"].includes(ignoreCase ? ls.toUpperCase() : ls);
  const episodes = ctx.current.tables.episodes.filter((e) => !shortBreak(field(e, "LS")));
  return new Set(episodes.map((e) => field(e, "CHILD")));
}

export const HEADER_RULES: readonly ValidationRule[] = [
  codeListRule(
    "101",
    "The child or young person’s reported sex is not valid.",
    "header",
    "SEX",
    (year) => sexCodes(year).valid,
    false,
  ),
  codeListRule(
    "103",
    "The ethnicity code is either not valid or has not been entered.",
    "header",
    "ETHNIC",
    ETHNIC_CODES,
    false,
  ),
  rowRule(
    "168",
    "Unique Pupil Number (UPN) is not valid. If unknown, default codes should be UN1, UN2, UN3, UN4 or UN5.",
    "header",
    ["UPN"],
    (r) => !isBlank(field(r, "UPN")) && !UPN_PATTERN.test(field(r, "UPN")),
  ),
  rowRule(
    "171",
    "Date of birth of mother's child is not a valid date.",
    "header",
    ["MC_DOB"],
    (r) => !isBlank(field(r, "MC_DOB")) && !isIsoDate(field(r, "MC_DOB")),
  ),
  rowRule(
    "174",
    "Mother's child date of birth is recorded but sex shows that the child is a male.",
    "header",
    ["SEX", "MC_DOB"],
    (r, current) => field(r, "SEX") === sexCodes(current.year).male && !isBlank(field(r, "MC_DOB")),
  ),
  rowRule(
    "209",
    "Child looked after is of school age and should not have an unknown Unique Pupil Number (UPN) code of UN1.",
    "header",
    ["UPN", "DOB"],
    // School age: 4 by 31 August of the year before the collection starts (31/08/2018 for 2019-20).
    (r, current) =>
      field(r, "UPN") === "UN1" &&
      isIsoDate(field(r, "DOB")) &&
      addYears(field(r, "DOB"), 4) <= `${current.year - 2}-08-31`,
  ),
  {
    code: "210",
    message:
      "Children looked after for more than a week at 31 March should not have an unknown Unique Pupil Number (UPN) code of UN4.",
    tables: ["header", "episodes"],
    fields: ["UPN", "DECOM"],
    validate(ctx) {
      const header = ctx.current.tables.header;
      const un4 = new Set(header.filter((h) => field(h, "UPN") === "UN4").map((h) => field(h, "CHILD")));
      const lastWeek = `${ctx.current.year}-03-24`;
      const episodes = failing(ctx, "episodes", (e) => {
        const decom = field(e, "DECOM");
        return un4.has(field(e, "CHILD")) && isIsoDate(decom) && decom >= lastWeek;
      });
      const children = new Set(episodes.map(({ row }) => field(row, "CHILD")));
      const headers = failing(
        ctx,
        "header",
        (h) => field(h, "UPN") === "UN4" && children.has(field(h, "CHILD")),
      );
      return [...headers, ...episodes];
    },
  },
  {
    code: "393",
    message: "Child is looked after but mother field is not completed.",
    tables: ["header", "episodes"],
    fields: ["MOTHER"],
    validate(ctx) {
      const lookedAfter = lookedAfterNotShortBreaks(ctx, true);
      const female = sexCodes(ctx.current.year).female;
      return failing(
        ctx,
        "header",
        (h) =>
          field(h, "SEX") === female && lookedAfter.has(field(h, "CHILD")) && isBlank(field(h, "MOTHER")),
      );
    },
  },
  {
    code: "442",
    message: "Unique Pupil Number (UPN) field is not completed.",
    tables: ["header", "episodes"],
    fields: ["UPN"],
    validate(ctx) {
      const lookedAfter = lookedAfterNotShortBreaks(ctx, false);
      return failing(ctx, "header", (h) => lookedAfter.has(field(h, "CHILD")) && isBlank(field(h, "UPN")));
    },
  },
  rowRule(
    "611",
    "Date of birth field is blank, but child is a mother.",
    "header",
    ["MOTHER", "MC_DOB"],
    (r) => field(r, "MOTHER") === "1" && isBlank(field(r, "MC_DOB")),
  ),
];
