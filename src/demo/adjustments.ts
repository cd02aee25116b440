/**
 * Demoshire's manual adjustments in 2024-25: overrides a finance business partner made when the
 * registers did not yet show something they knew, each with its reason.
 */
import type { PeriodRef } from "../domain/calendar/financial.js";
import { type Pence, scale as scaleMoney } from "../domain/money/money.js";
import type { ManualAdjustment } from "../domain/outturn/adjustments.js";

const BY = "Finance business partner, children's services";

const ADJUSTMENTS: readonly (Omit<ManualAdjustment, "year" | "by" | "amount"> & { amount: Pence })[] = [
  {
    ref: "ADJ-2024-001",
    period: 4,
    costCentre: "SAFE-LEGAL",
    amount: 60_000_00,
    comment: "Two care proceedings expected to need expert assessments in the autumn",
  },
  {
    ref: "ADJ-2024-002",
    period: 6,
    costCentre: "LAC-RES",
    amount: -35_000_00,
    comment: "Health contribution to a residential placement agreed at panel; not yet on the register",
  },
  {
    ref: "ADJ-2024-003",
    period: 7,
    costCentre: "SW-ASMT",
    amount: 18_500_00,
    comment: "Backdated market supplement for senior practitioners, agreed in October",
  },
];

/** The adjustments made by the as-at period, in proportion to the council's size. */
export function demoAdjustments(asAt: PeriodRef, scale: number): ManualAdjustment[] {
  if (asAt.year !== "2024-25") return [];
  return ADJUSTMENTS.filter((a) => a.period <= asAt.period).map((a) => ({
    ...a,
    year: asAt.year,
    amount: scaleMoney(a.amount, scale),
    by: BY,
  }));
}
