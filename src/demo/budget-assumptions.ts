/**
 * Demoshire's budget assumptions, consistent with its budget lines: each placements and staffing
 * line's budget is built from last year's mix of cost types at last year's unit costs (to the whole
 * pound), with the numbers scaled so that number × unit cost × weeks (or years) comes to the line's
 * budget; the few pounds the numbers (to 4 decimal places) leave over are the budget not set by type.
 */
import type { BudgetAssumption } from "../domain/budget/budget-assumption.js";
import { daysInYear, type FinancialYear, previousYear } from "../domain/calendar/financial.js";
import { roundTo } from "../domain/money/money.js";
import { type CouncilRegisters, emptyRegisters } from "../domain/registers.js";
import { placementParts } from "../domain/variance/placement-parts.js";
import { div, mul, type Rational, ratio, toNumber, toPence, total } from "../domain/variance/rational.js";
import { staffingParts } from "../domain/variance/staffing-parts.js";
import { type TypedParts, typedYear } from "../domain/variance/typed-parts.js";
import { BUDGET_YEARS } from "./budget.js";

type Sources = Pick<
  CouncilRegisters,
  "budgetLines" | "placements" | "placementPrices" | "plannedMoves" | "workforce"
>;

export function demoBudgetAssumptions(registers: Sources): BudgetAssumption[] {
  return BUDGET_YEARS.flatMap((year) => yearAssumptions(registers, year));
}

function yearAssumptions(registers: Sources, year: FinancialYear): BudgetAssumption[] {
  const basis = year === BUDGET_YEARS[0] ? year : previousYear(year);
  const ref = { year: basis, period: 12 as const };
  const basisDays = daysInYear(basis);
  const all = { ...emptyRegisters(), ...registers };
  const typed: Record<"placements" | "staffing", TypedParts> = {
    placements: placementParts(all, ref),
    staffing: staffingParts(all, ref, basisDays),
  };
  const rows: BudgetAssumption[] = [];
  for (const line of registers.budgetLines) {
    if (line.year !== year || (line.kind !== "placements" && line.kind !== "staffing")) continue;
    const weekly = line.kind === "placements";
    const periods = weekly ? ratio(daysInYear(year), 7) : ratio(1);
    const types = [...typedYear(typed[line.kind], line.costCentre)]
      .filter(([, actual]) => actual.units.n > 0n)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([costType, actual]) => {
        const number = div(actual.units, ratio(basisDays));
        const perUnit = div(actual.cost, mul(number, weekly ? ratio(basisDays, 7) : ratio(1)));
        return { costType, number, unitCost: roundTo(toPence(perUnit), 100) };
      });
    const atUnitCosts = total(types.map((t) => mul(mul(t.number, ratio(t.unitCost)), periods)));
    const scale: Rational = atUnitCosts.n > 0n ? div(ratio(line.annualBudget), atUnitCosts) : ratio(1);
    for (const t of types) {
      rows.push({
        year,
        costCentre: line.costCentre,
        costType: t.costType,
        budgetedNumber: Math.round(toNumber(mul(t.number, scale)) * 10_000) / 10_000,
        budgetedUnitCost: t.unitCost,
      });
    }
  }
  return rows;
}
