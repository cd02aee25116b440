/** Rules on the reviews table (441), as the Data to Insight validator has them. */
import { addYears } from "./code-lists.js";
import type { ValidationRule } from "./rule.js";
import { dateOf, rowRule, text } from "./table-helpers.js";

export const REVIEW_RULES: readonly ValidationRule[] = [
  rowRule(
    "441",
    "Participation method indicates child was 4 years old or over at the time of the review, but the date of birth and review date indicates the child was under 4 years old.",
    "reviews",
    ["DOB", "REVIEW", "REVIEW_CODE"],
    (r) => {
      const [dob, review] = [dateOf(r, "DOB"), dateOf(r, "REVIEW")];
      return (
        dob !== null &&
        review !== null &&
        /^PN[1-7]$/.test(text(r, "REVIEW_CODE")) &&
        review < addYears(dob, 4)
      );
    },
  ),
];
