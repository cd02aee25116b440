/**
 * Test support for the other tables' rules (missing, reviews, adoption, outcomes, social worker):
 * runs a rule from a list on a 2024-25 return and lists the rows it fails. For tests only.
 */
import type { ValidationRule } from "./rule.js";
import { failuresOf, type PlainTables, previousOf, returnOf } from "./test-support.js";

const YEAR = 2025; // 2024-25: 1 April 2024 to 31 March 2025

/**
 * A function giving the rows the rule `code` (from `rules`) fails as "table:row:child" (rows numbered
 * from 2, the header line being 1), for a 2024-25 return and, optionally, the 2023-24 one.
 */
export function failsIn(rules: readonly ValidationRule[]) {
  return (code: string, current: PlainTables, previous: PlainTables | null = null): string[] => {
    const rule = rules.find((r) => r.code === code);
    if (!rule) throw new Error(`no rule ${code}`);
    return failuresOf(rule, returnOf(YEAR, current), previous ? previousOf(YEAR, previous) : null).map(
      (f) => `${f.table}:${f.row}:${f.child}`,
    );
  };
}

/** One table's plain rows. */
export const rows = (table: keyof PlainTables, ...list: Record<string, string>[]): PlainTables => ({
  [table]: list,
});
