/**
 * Demoshire's savings register, in the shape of seed 002's Tables 5 and 6: S1-S4 as Herefordshire
 * proposed them, and S5 (edge of care and reunification), Demoshire's own. In 2024-25 S1-S4 are
 * Table 6's (£2.503m) and S5 adds £250k; in 2025-26 and 2026-27 the programmes add up to Table 5's
 * (S1 + S5 "Reduced demand children in care", S2 + S3 "Workforce savings"). The 2024-25 figures stand
 * at 31 October 2024 (2024-25:P7): delivered to date, forecast and BRAG as the owners reported them.
 */
import type { FinancialYear } from "../domain/calendar/financial.js";
import { type Pence, roundTo, scale as scaleMoney } from "../domain/money/money.js";
import type { Saving, SavingYear } from "../domain/savings/saving.js";
import type { ConversionPlan } from "../domain/workforce/conversion.js";

interface SavingPlan extends Saving {
  /** £'000 at scale 1, by year: target, and for 2024-25 delivered to date and forecast delivery. */
  targets: Partial<Record<FinancialYear, number>>;
  delivered: number;
  /** "target": the owner forecasts the full target. */
  forecast: number | "target";
}

export const SAVING_OWNERS = {
  children: "Sarah Whitcombe",
  assessment: "Mark Henshaw",
  workforce: "James Okafor",
  transport: "Helen Marsh",
  finance: "Priya Sandhu",
} as const;

const PLANS: readonly SavingPlan[] = [
  {
    ref: "S1",
    category: "Reduce",
    programme: "Reduced demand children in care",
    name: "Reduce children's high-cost placements",
    description: "Current activity to step down higher cost placements and reunite some families",
    owner: `${SAVING_OWNERS.children}, Head of Service Children in Care`,
    brag: "amber",
    costCentre: "LAC-RES",
    targets: { "2024-25": 959, "2025-26": 3_294, "2026-27": 1_059 },
    delivered: 310,
    forecast: 620,
  },
  {
    ref: "S2",
    category: "Reduce",
    programme: "Workforce savings",
    name: "Reduction in social worker establishment",
    description:
      "Achieving a reduction of 14 social workers posts by 31 March 2025 based on the assumption of reduced demand",
    owner: `${SAVING_OWNERS.assessment}, Head of Service Assessment`,
    brag: "amber",
    costCentre: "SW-ASMT",
    targets: { "2024-25": 338, "2025-26": 477, "2026-27": 333 },
    delivered: 67,
    forecast: 169,
  },
  {
    ref: "S3",
    category: "Transform",
    programme: "Workforce savings",
    name: "Reduce numbers of agency social workers",
    description: "Convert 30 posts from agency to permanent by end of June 2024 (Q1) to realise 3/4yr effect",
    owner: `${SAVING_OWNERS.workforce}, Principal Social Worker and workforce lead`,
    brag: "green",
    costCentre: "SW-FSP",
    // 2024-25 is the conversion plan's target (plans.ts), so the two cannot disagree.
    targets: { "2025-26": 1_000, "2026-27": 600 },
    delivered: 420,
    forecast: "target",
  },
  {
    ref: "S4",
    category: "Transform",
    programme: "SEND transport efficiencies",
    name: "SEN transport efficiencies",
    description: "Changes to contract arrangements.",
    owner: `${SAVING_OWNERS.transport}, Transport Commissioning Manager`,
    brag: "amber",
    costCentre: "SEND-TRN",
    targets: { "2024-25": 200 },
    delivered: 60,
    forecast: 140,
  },
  {
    ref: "S5",
    category: "Transform",
    programme: "Reduced demand children in care",
    name: "Edge of care and reunification",
    description:
      "An edge of care team to keep children at high risk of care safely at home, and reunification reviews for children in care over 12 months",
    owner: `${SAVING_OWNERS.children}, Head of Service Children in Care`,
    brag: "red",
    costCentre: "FOS-IFA",
    targets: { "2024-25": 250, "2025-26": 600, "2026-27": 300 },
    delivered: 0,
    forecast: 0,
  },
];

const YEAR_ONE: FinancialYear = "2024-25";
const thousands = (k: number, scale: number): Pence => roundTo(scaleMoney(k * 1_000_00, scale), 100_000);

export function demoSavingRows(): Saving[] {
  return PLANS.map(({ targets: _t, delivered: _d, forecast: _f, ...saving }) => saving);
}

/** Each saving's targets by year; 2024-25 with what it has delivered and is forecast to deliver. */
export function demoSavingYears(scale: number, plans: readonly ConversionPlan[]): SavingYear[] {
  const s3 = plans.find((p) => p.saving === "S3")?.target ?? thousands(1_006, scale);
  return PLANS.flatMap((plan) => {
    const targets: [FinancialYear, Pence][] = Object.entries(plan.targets).map(([year, k]) => [
      year,
      thousands(k ?? 0, scale),
    ]);
    if (plan.ref === "S3") targets.unshift([YEAR_ONE, s3]);
    return targets.map(([year, target]): SavingYear => {
      if (year !== YEAR_ONE) return { ref: plan.ref, year, target, delivered: 0, forecast: target };
      const forecast = plan.forecast === "target" ? target : thousands(plan.forecast, scale);
      return { ref: plan.ref, year, target, delivered: thousands(plan.delivered, scale), forecast };
    });
  });
}

/**
 * The savings each budget line was approved net of, by year and cost centre: the budget lines are
 * set after taking them off (seed 002 Table 3: the £65.132m base budget is after £2.503m of savings).
 */
export function savingsByLine(years: readonly SavingYear[]): Map<FinancialYear, Map<string, Pence>> {
  const byRef = new Map(PLANS.map((p) => [p.ref, p.costCentre]));
  const result = new Map<FinancialYear, Map<string, Pence>>();
  for (const row of years) {
    const costCentre = byRef.get(row.ref);
    if (!costCentre) continue;
    const lines = result.get(row.year) ?? new Map<string, Pence>();
    lines.set(costCentre, (lines.get(costCentre) ?? 0) + row.target);
    result.set(row.year, lines);
  }
  return result;
}
