/**
 * Code-list rules on episodes and reviews, and CODE_RULES: these with the header and UASC rules.
 * Codes and messages from Data to Insight's validator (lac2022_23; 146 as the collection year's
 * ruleset has it, see code-lists.ts). PLACE_PROVIDER (178) is with the episode rules and MISSING
 * (1006) with the other tables' rules.
 */
import {
  CIN_CODES,
  codeListRule,
  field,
  isBlank,
  LS_CODES,
  PLACE_CHANGE_CODES,
  placeCodes,
  REC_CODES,
  REVIEW_CODES,
  RNE_CODES,
} from "./code-lists.js";
import { HEADER_RULES } from "./header-rules.js";
import type { ValidationRule } from "./rule.js";
import { rowRule } from "./table-helpers.js";
import { UASC_RULES } from "./uasc-rules.js";

const EPISODE_CODE_RULES: readonly ValidationRule[] = [
  codeListRule(
    "143",
    "The reason for new episode code is not a valid code.",
    "episodes",
    "RNE",
    RNE_CODES,
    true,
  ),
  codeListRule("144", "The legal status code is not a valid code.", "episodes", "LS", LS_CODES, true),
  codeListRule("145", "Category of need code is not a valid code.", "episodes", "CIN", CIN_CODES, true),
  codeListRule("146", "Placement type code is not a valid code.", "episodes", "PLACE", placeCodes, true),
  // The validator's message ends with a space; kept word for word.
  codeListRule("149", "Reason episode ceased code is not valid. ", "episodes", "REC", REC_CODES, true),
  codeListRule(
    "1009",
    "Reason for placement change is not a valid code.",
    "episodes",
    "REASON_PLACE_CHANGE",
    PLACE_CHANGE_CODES,
    true,
  ),
];

const OTHER_CODE_RULES: readonly ValidationRule[] = [
  rowRule(
    "167",
    "Data entry for participation is invalid or blank.",
    "reviews",
    ["REVIEW_CODE"],
    // A review needs a PN code; a row with no review date must have no code.
    (r) =>
      isBlank(field(r, "REVIEW"))
        ? !isBlank(field(r, "REVIEW_CODE"))
        : !REVIEW_CODES.includes(field(r, "REVIEW_CODE")),
  ),
];

export const CODE_RULES: readonly ValidationRule[] = [
  ...HEADER_RULES,
  ...EPISODE_CODE_RULES,
  ...OTHER_CODE_RULES,
  ...UASC_RULES,
];
