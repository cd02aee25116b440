/**
 * Reconciling the plan with the budget lines: the base brought forward with the base year's budget,
 * and year 1's base carried forward with year 1's budget. A year's budget is its budget lines less
 * its savings held centrally (budget lines are before those, as the outturn's total shows them).
 */
import type { FinancialYear } from "../calendar/financial.js";
import { formatPounds, type Pence, sum } from "../money/money.js";
import type { CouncilRegisters } from "../registers.js";
import type { MtfpReconciliation } from "./plan.js";
import { centralSavings } from "./plan-savings.js";

export interface YearBudget {
  /** Budget lines less savings held centrally. */
  budget: Pence;
  lines: Pence;
  central: Pence;
}

/** The year's budget, or null when the council has no budget lines for it. */
export function yearBudget(registers: CouncilRegisters, year: FinancialYear): YearBudget | null {
  const lines = registers.budgetLines.filter((l) => l.year === year);
  if (lines.length === 0) return null;
  const total = sum(lines.map((l) => l.annualBudget));
  const central = centralSavings(registers, year);
  return { budget: total - central, lines: total, central };
}

function words(year: FinancialYear, b: YearBudget): string {
  const less =
    b.central === 0
      ? ""
      : ` (budget lines ${formatPounds(b.lines)} less ${formatPounds(b.central)} of savings held centrally)`;
  return `${year}'s budget of ${formatPounds(b.budget)}${less}`;
}

export function reconcile(
  registers: CouncilRegisters,
  baseYear: FinancialYear,
  firstYear: FinancialYear,
  base: { amount: Pence; source: MtfpReconciliation["baseSource"] },
  firstYearCarriedForward: Pence,
): { reconciliation: MtfpReconciliation; warnings: string[] } {
  const warnings: string[] = [];
  const before = yearBudget(registers, baseYear);
  const first = yearBudget(registers, firstYear);
  const baseDifference = before === null ? null : base.amount - before.budget;
  const firstYearDifference = first === null ? null : firstYearCarriedForward - first.budget;
  if (before !== null && baseDifference !== 0) {
    warnings.push(
      `The base brought forward into ${firstYear} (${formatPounds(base.amount)}) differs from ${words(baseYear, before)} by ${formatPounds(baseDifference ?? 0)}`,
    );
  }
  if (first !== null && firstYearDifference !== 0) {
    warnings.push(
      `The plan's base carried forward for ${firstYear} (${formatPounds(firstYearCarriedForward)}) differs from ${words(firstYear, first)} by ${formatPounds(firstYearDifference ?? 0)}`,
    );
  }
  return {
    reconciliation: {
      baseYear,
      baseBroughtForward: base.amount,
      baseSource: base.source,
      baseYearBudgetLines: before?.budget ?? null,
      baseDifference,
      firstYearCarriedForward,
      firstYearBudgetLines: first?.budget ?? null,
      firstYearDifference,
    },
    warnings,
  };
}
