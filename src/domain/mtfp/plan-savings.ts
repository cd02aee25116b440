/**
 * The plan's savings: each plan year's targets from the saving-years register, and their totals by
 * category and by programme over the plan years.
 */
import type { FinancialYear } from "../calendar/financial.js";
import { type Pence, sum } from "../money/money.js";
import type { CouncilRegisters } from "../registers.js";
import type { MtfpGroupTotal, MtfpSavingAmount } from "./plan.js";

/** What a group is called when its savings give no category or programme. */
export const UNNAMED_GROUP = "(not given)";

const byRef = (a: MtfpSavingAmount, b: MtfpSavingAmount) =>
  a.ref.localeCompare(b.ref, "en", { numeric: true });

export interface PlanSavings {
  byYear: MtfpSavingAmount[][];
  byCategory: MtfpGroupTotal[];
  byProgramme: MtfpGroupTotal[];
  warnings: string[];
}

function groupTotals(
  byYear: MtfpSavingAmount[][],
  nameOf: (s: MtfpSavingAmount) => string,
): MtfpGroupTotal[] {
  const groups = new Map<string, Pence[]>();
  byYear.forEach((savings, index) => {
    for (const saving of savings) {
      const name = nameOf(saving).trim() || UNNAMED_GROUP;
      const amounts = groups.get(name) ?? byYear.map(() => 0);
      amounts[index] = (amounts[index] ?? 0) + saving.amount;
      groups.set(name, amounts);
    }
  });
  return [...groups].map(([name, amounts]) => ({ name, byYear: amounts, total: sum(amounts) }));
}

export function planSavings(registers: CouncilRegisters, years: readonly FinancialYear[]): PlanSavings {
  const savings = new Map(registers.savings.map((s) => [s.ref, s]));
  const warnings = [
    ...new Set(registers.savingYears.filter((y) => !savings.has(y.ref)).map((y) => y.ref)),
  ].map((ref) => `Saving ${ref} has targets in saving-years but is not in the savings register`);
  const byYear = years.map((year) =>
    registers.savingYears
      .filter((y) => y.year === year)
      .map((y): MtfpSavingAmount => {
        const saving = savings.get(y.ref);
        return {
          ref: y.ref,
          name: saving?.name ?? y.ref,
          category: saving?.category ?? "",
          programme: saving?.programme ?? "",
          amount: y.target,
        };
      })
      .sort(byRef),
  );
  return {
    byYear,
    byCategory: groupTotals(byYear, (s) => s.category),
    byProgramme: groupTotals(byYear, (s) => s.programme),
    warnings,
  };
}

/** The year's savings targets held centrally (a saving with no cost centre): budget lines are before them. */
export function centralSavings(registers: CouncilRegisters, year: FinancialYear): Pence {
  const central = new Set(registers.savings.filter((s) => s.costCentre === null).map((s) => s.ref));
  return sum(registers.savingYears.filter((y) => y.year === year && central.has(y.ref)).map((y) => y.target));
}
