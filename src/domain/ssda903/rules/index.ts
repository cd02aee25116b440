/** Every validation rule Outturn runs, in code order. */
import { CODE_RULES } from "./codes.js";
import { DATE_RULES } from "./dates.js";
import { EPISODE_RULES } from "./episodes.js";
import { OTHER_TABLE_RULES } from "./other-tables.js";
import type { ValidationRule } from "./rule.js";
import { YEAR_RULES } from "./years.js";

export const VALIDATION_RULES: readonly ValidationRule[] = [
  ...CODE_RULES,
  ...DATE_RULES,
  ...EPISODE_RULES,
  ...YEAR_RULES,
  ...OTHER_TABLE_RULES,
].sort((a, b) => a.code.localeCompare(b.code, "en", { numeric: true }));
