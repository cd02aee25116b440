/**
 * Runs the validation rules over a return: a per-row error list (file, row, child, rule, message)
 * and the data-quality summary a pack shows (errors by rule, % of children with no error).
 */
import { VALIDATION_RULES } from "./rules/index.js";
import type { ValidationContext, ValidationRule } from "./rules/rule.js";
import type { Ssda903Return, Ssda903Table } from "./tables.js";

export interface ValidationError {
  file: string;
  row: number;
  table: Ssda903Table;
  child: string;
  rule: string;
  message: string;
  fields: readonly string[];
}

export interface RuleCount {
  rule: string;
  message: string;
  errors: number;
  children: number;
}

export interface ValidationReport {
  year: number;
  /** In file, row and rule order. */
  errors: ValidationError[];
  /** Rules with at least one error, most errors first. */
  byRule: RuleCount[];
  rulesRun: number;
  /** Children in the header (or any table, when the header lacks them). */
  children: number;
  childrenWithErrors: number;
  /** Share of children with no error, 0..1. */
  cleanShare: number;
}

export function validateReturn(
  current: Ssda903Return,
  previous: Ssda903Return | null = null,
  rules: readonly ValidationRule[] = VALIDATION_RULES,
): ValidationReport {
  const ctx: ValidationContext = { current, previous };
  const errors: ValidationError[] = [];
  for (const rule of rules) {
    for (const { table, row } of rule.validate(ctx)) {
      errors.push({
        file: row.file,
        row: row.row,
        table,
        child: row.values.CHILD ?? "",
        rule: rule.code,
        message: rule.message,
        fields: rule.fields,
      });
    }
  }
  errors.sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : a.row - b.row || a.rule.localeCompare(b.rule),
  );
  const byRule = new Map<string, RuleCount & { seen: Set<string> }>();
  for (const e of errors) {
    const count = byRule.get(e.rule) ?? {
      rule: e.rule,
      message: e.message,
      errors: 0,
      children: 0,
      seen: new Set(),
    };
    count.errors += 1;
    count.seen.add(e.child);
    count.children = count.seen.size;
    byRule.set(e.rule, count);
  }
  const all = new Set<string>();
  for (const rows of Object.values(current.tables))
    for (const r of rows) if (r.values.CHILD) all.add(r.values.CHILD);
  const failed = new Set(errors.map((e) => e.child).filter((c) => all.has(c)));
  return {
    year: current.year,
    errors,
    byRule: [...byRule.values()]
      .map(({ seen: _, ...count }) => count)
      .sort((a, b) => b.errors - a.errors || a.rule.localeCompare(b.rule, "en", { numeric: true })),
    rulesRun: rules.length,
    children: all.size,
    childrenWithErrors: failed.size,
    cleanShare: all.size === 0 ? 1 : (all.size - failed.size) / all.size,
  };
}
