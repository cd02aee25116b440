import { comparePeriods, type FinancialYear, type PeriodRef } from "../calendar/financial.js";
import type { BudgetLine, LedgerActual } from "./budget.js";

/** The last period the ledger has actuals for: the natural "as at" for a forecast. */
export function latestPeriodWithActuals(actuals: readonly LedgerActual[]): PeriodRef | null {
  let latest: PeriodRef | null = null;
  for (const a of actuals)
    if (!latest || comparePeriods(a, latest) > 0) latest = { year: a.year, period: a.period };
  return latest;
}

/** The financial years that have a budget, oldest first. */
export function budgetYears(lines: readonly BudgetLine[]): FinancialYear[] {
  return [...new Set(lines.map((l) => l.year))].sort();
}
