/**
 * Rules on the return's other tables — missing periods, reviews, adoption (AD1, placed for adoption),
 * previous permanence, OC2, OC3 and social worker episodes — as the Data to Insight validator has them,
 * in that order. Each table's rules live in their own file; their shared helpers in table-helpers.ts.
 */
import { ADOPTION_RULES } from "./adoption.js";
import { MISSING_RULES } from "./missing.js";
import { OUTCOME_RULES } from "./outcomes.js";
import { REVIEW_RULES } from "./reviews.js";
import type { ValidationRule } from "./rule.js";
import { SOCIAL_WORKER_RULES } from "./social-worker.js";

export const OTHER_TABLE_RULES: readonly ValidationRule[] = [
  ...MISSING_RULES,
  ...REVIEW_RULES,
  ...ADOPTION_RULES,
  ...OUTCOME_RULES,
  ...SOCIAL_WORKER_RULES,
];
