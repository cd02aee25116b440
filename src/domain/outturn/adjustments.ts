/**
 * Manual adjustments: a finance officer's override of a line's forecast, with the reason for it.
 * An adjustment made in a period stays in the forecast of every later period of its year, so the
 * year's outturn carries it until the officer makes another.
 */
import type { FinancialYear, PeriodNumber } from "../calendar/financial.js";
import { formatPounds, type Pence } from "../money/money.js";
import type { DriverSource } from "./drivers.js";

/** One override, keyed by its reference. */
export interface ManualAdjustment {
  ref: string;
  year: FinancialYear;
  /** The period the adjustment was made in. */
  period: PeriodNumber;
  costCentre: string;
  /** Added to the line's forecast: positive raises it, negative lowers it. */
  amount: Pence;
  /** Why: required, as it is what a reader of the report sees. */
  comment: string;
  by: string;
}

/** The adjustments that count in a forecast at the end of `period` of `year`. */
export function adjustmentsInForce(
  adjustments: readonly ManualAdjustment[],
  year: FinancialYear,
  period: PeriodNumber,
): ManualAdjustment[] {
  return adjustments.filter((a) => a.year === year && a.period <= period);
}

/** Every adjustment made in the year up to the forecast period, on lines of any kind. */
export const manualAdjustments: DriverSource = {
  driver: "adjustments",
  kind: "any",
  cost(ctx) {
    const byCostCentre = new Map<string, Pence>();
    for (const a of adjustmentsInForce(ctx.registers.adjustments, ctx.at.year, ctx.at.period)) {
      byCostCentre.set(a.costCentre, (byCostCentre.get(a.costCentre) ?? 0) + a.amount);
    }
    const budgeted = new Set(
      ctx.registers.budgetLines.filter((l) => l.year === ctx.at.year).map((l) => l.costCentre),
    );
    for (const [costCentre, amount] of byCostCentre) {
      if (!budgeted.has(costCentre) && amount !== 0) {
        ctx.warnings.push(
          `adjustments on cost centre ${costCentre}: ${formatPounds(amount)} has no budget line in ${ctx.at.year}`,
        );
      }
    }
    return byCostCentre;
  },
};
