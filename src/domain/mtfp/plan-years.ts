/** The plan's years, and the base brought forward into the first of them. */
import { type FinancialYear, financialYearStarting, startingYear } from "../calendar/financial.js";
import { type Pence, sum } from "../money/money.js";
import type { CouncilRegisters } from "../registers.js";
import type { MtfpPlanLine, MtfpReconciliation } from "./plan.js";
import { yearBudget } from "./reconcile.js";

/**
 * The plan years: from the first year of any MTFP line or planning assumption to the last year of
 * those and of the savings targets after it.
 */
export function planYears(registers: CouncilRegisters): FinancialYear[] {
  const starts = [...registers.mtfpLines, ...registers.mtfpAssumptions].map((r) => startingYear(r.year));
  const first = Math.min(...starts);
  const later = registers.savingYears.map((y) => startingYear(y.year)).filter((y) => y > first);
  const last = Math.max(...starts, ...later);
  return Array.from({ length: last - first + 1 }, (_, i) => financialYearStarting(first + i));
}

/** The base brought forward into year 1: the entered base line(s), else the base year's budget. */
export function baseBroughtForward(
  registers: CouncilRegisters,
  baseYear: FinancialYear,
  firstLines: readonly MtfpPlanLine[],
  warnings: string[],
): { amount: Pence; source: MtfpReconciliation["baseSource"] } {
  const base = firstLines.filter((l) => l.kind === "base");
  if (base.length > 0) return { amount: sum(base.map((l) => l.amount)), source: "entered" };
  const budget = yearBudget(registers, baseYear);
  if (budget === null) {
    warnings.push(`No base line and no ${baseYear} budget lines: the base brought forward is taken as £0.00`);
  }
  return { amount: budget?.budget ?? 0, source: "budget-lines" };
}
