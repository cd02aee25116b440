import { describe, expect, it } from "vitest";
import { generateCouncil } from "../../demo/generate.js";
import type { BudgetLine } from "../budget/budget.js";
import type { PeriodNumber } from "../calendar/financial.js";
import { forecastOutturn } from "../outturn/forecast.js";
import { savingsInOutturn } from "../outturn/savings-line.js";
import type { Placement } from "../placements/placement.js";
import { type CouncilRegisters, emptyRegisters } from "../registers.js";
import type { Post } from "../workforce/post.js";
import { varianceAnalysis } from "./variance.js";

// 2024-25 has 365 days; P7 ends Thu 31 Oct 2024: 214 days from 1 April, 151 days left.
const line = (costCentre: string, kind: BudgetLine["kind"], annualBudget: number): BudgetLine => ({
  year: "2024-25",
  costCentre,
  name: `${costCentre} line`,
  serviceArea: "Children looked after",
  kind,
  annualBudget,
  profile: [...Array<number>(11).fill(0), annualBudget],
});
const placement = (placementRef: string, fields: Partial<Placement>): Placement => ({
  placementRef,
  childRef: `C-${placementRef}`,
  placeCode: "U4",
  providerCode: "PR4",
  provider: "Horizon Fostering",
  costCentre: "FOS-IFA",
  start: "2023-01-01",
  plannedEnd: null,
  end: null,
  weeklyCost: 1_050_00,
  healthContribution: 0,
  educationContribution: 0,
  area: "in",
  ...fields,
});
const post = (postRef: string, fields: Partial<Post>): Post => ({
  postRef,
  team: "Assessment",
  role: "Social worker",
  costCentre: "SW",
  fte: 1,
  status: "permanent",
  annualCost: null,
  dayRate: null,
  start: "2024-01-01",
  end: null,
  ...fields,
});

const registers: CouncilRegisters = {
  ...emptyRegisters(),
  // FOS-IFA: 2.8 IFA placements at £1,000 a week = 2.8 × £1,000 × 365/7 = £146,000 by type, against a
  // budget of £160,600: the £14,600 the assumptions leave raises the budgeted unit cost 10%, to £1,100.
  // SW: 1 FTE agency at £90,000 + 1 FTE permanent at £50,000 = £140,000.
  budgetLines: [line("FOS-IFA", "placements", 16_060_000), line("SW", "staffing", 14_000_000)],
  budgetAssumptions: [
    {
      year: "2024-25",
      costCentre: "FOS-IFA",
      costType: "foster-ifa",
      budgetedNumber: 2.8,
      budgetedUnitCost: 1_000_00,
    },
    {
      year: "2024-25",
      costCentre: "SW",
      costType: "Social worker (agency)",
      budgetedNumber: 1,
      budgetedUnitCost: 90_000_00,
    },
    {
      year: "2024-25",
      costCentre: "SW",
      costType: "Social worker (permanent)",
      budgetedNumber: 1,
      budgetedUnitCost: 50_000_00,
    },
  ],
  // PL1 all year (365 days), PL2 from 1 October (182 days): 547 placement-days at £1,050 = £82,050.
  placements: [placement("PL1", {}), placement("PL2", { start: "2024-10-01" })],
  // SW1 half-time agency at £400 a day: £200 × 228 = £45,600 a year, 0.5 FTE all year.
  // SW2 full-time permanent at £50,000 from 1 October: 182/365 FTE, £24,931.51.
  workforce: [
    post("SW1", { status: "agency", fte: 0.5, dayRate: 400_00 }),
    post("SW2", { annualCost: 50_000_00, start: "2024-10-01" }),
  ],
  actuals: [
    // The ledger to P12: the two placements' £82,050 and £3,000 of other costs.
    { year: "2024-25", period: 12, costCentre: "FOS-IFA", amount: 8_505_000 },
    // To P7: SW1 214/365 × £45,600 = £26,735.34 and SW2 31/365 × £50,000 = £4,246.58.
    { year: "2024-25", period: 7, costCentre: "SW", amount: 3_098_192 },
  ],
};

const analyse = (period: PeriodNumber) => {
  const at = { year: "2024-25", period };
  return varianceAnalysis(registers, forecastOutturn(registers, at), at);
};

describe("varianceAnalysis on a small council", () => {
  it("gives the ledger's costs off the register to the line's types and splits the whole variance (at P12)", () => {
    const ifa = analyse(12).lines.find((l) => l.costCentre === "FOS-IFA");
    // Forecast £85,050 − budget £160,600 = −£75,550. The £3,000 off the register goes to the one
    // type: 547 placement-days cost £85,050, £1,088.39 a week (£85,050 × 7 ÷ 547).
    // volume (547/365 − 2.8) × £1,100 × 365/7 = −475 × £1,100 ÷ 7 = −£74,642.857… → −£74,642.86; mix 0;
    // price −£75,550 + £74,642.86 = −£907.14 (exactly £85,050 − 547 × £1,100 ÷ 7 = −£907.142…).
    expect(ifa).toMatchObject({
      variance: -7_555_000,
      volume: -7_464_286,
      price: -90_714,
      mix: 0,
      unitCostPer: "week",
    });
    expect(ifa?.types).toEqual([
      {
        costType: "foster-ifa",
        budgetedNumber: 2.8,
        budgetedUnitCost: 1_100_00,
        budgetedCost: 16_060_000,
        actualNumber: 1.5,
        actualUnitCost: 1_088_39,
        actualCost: 8_505_000,
      },
    ]);
  });

  it("splits a staffing line's variance by FTE across the year, actual and forecast (at P7)", () => {
    const sw = analyse(7).lines.find((l) => l.costCentre === "SW");
    // Forecast: £30,981.92 to P7 + SW1 151/365 × £45,600 (£18,864.66) + SW2 151/365 × £50,000 (£20,684.93) = £70,531.51.
    // n = 0.5 + 182/365 FTE; N = 2; budgeted average £70,000.
    // volume (364.5/365 − 2) × £70,000 = −£70,095.89; mix 0.5 × £90,000 + 182/365 × £50,000 − 364.5/365 × £70,000 = £27.40;
    // price 0.5 × (£91,200 − £90,000) = £600 (the permanent post is at its budgeted rate).
    // The ledger's £30,981.92 is 0.22p more than the register's £30,981.9178…: that goes pro rata to the types.
    expect(sw).toMatchObject({
      forecast: 7_053_151,
      variance: -6_946_849,
      volume: -7_009_589,
      mix: 2_740,
      price: 60_000,
      unitCostPer: "year",
    });
    expect(sw?.types.map((t) => [t.costType, t.actualNumber, t.actualUnitCost, t.actualCost])).toEqual([
      ["Social worker (agency)", 0.5, 91_200_01, 4_560_000],
      ["Social worker (permanent)", 0.5, 50_000_00, 2_493_151],
    ]);
  });

  it("gives the vacancy factor and a conversion plan to the agency and permanent types of the role (at P7)", () => {
    const converting: CouncilRegisters = {
      ...registers,
      assumptions: [{ name: "vacancy-factor", value: 10, note: "" }],
      conversionPlans: [
        {
          ref: "CP1",
          saving: "S3",
          role: "Social worker",
          posts: 1,
          effectiveDate: "2024-11-01",
          target: null,
          note: "",
        },
      ],
    };
    const at = { year: "2024-25", period: 7 as const };
    const outturn = forecastOutturn(converting, at);
    const sw = varianceAnalysis(converting, outturn, at).lines.find((l) => l.costCentre === "SW");
    // SW1's premium: £45,600 agency − 0.5 × £50,000 permanent = £20,600 a year; converted from 1 November,
    // 5/12 of it is saved: £8,583.33. The agency type loses 45,600/20,600 of that (£18,999.99), the
    // permanent type gains 25,000/20,600 (£10,416.66). The vacancy factor takes 10% of each type's posts.
    // Agency: £26,735.34 to P7 + £18,864.66 − £1,886.47 − £18,999.99 = £24,713.54.
    // Permanent: £4,246.58 to P7 + £20,684.93 − £2,068.49 + £10,416.66 = £33,279.68 (less a penny of rounding).
    // FTE: agency (107 + 0.9 × 75.5 − 0.5 × 365 × 5/12) ÷ 365 = 0.27; permanent (31 + 0.9 × 151 + 0.5 × 365 × 5/12) ÷ 365 = 0.67.
    expect(sw?.types.map((t) => [t.costType, t.actualNumber])).toEqual([
      ["Social worker (agency)", 0.27],
      ["Social worker (permanent)", 0.67],
    ]);
    const [agency, permanent] = sw?.types.map((t) => t.actualCost) ?? [];
    expect(Math.abs((agency ?? 0) - 2_471_354)).toBeLessThanOrEqual(1);
    expect(Math.abs((permanent ?? 0) - 3_327_968)).toBeLessThanOrEqual(1);
    expect((agency ?? 0) + (permanent ?? 0)).toBe(sw?.forecast);
    expect(sw && sw.price + sw.volume + sw.mix).toBe(sw?.variance);
  });

  it("reports budget assumptions of the wrong kind and leaves them out", () => {
    const wrong: CouncilRegisters = {
      ...registers,
      budgetAssumptions: [
        {
          year: "2024-25",
          costCentre: "SW",
          costType: "kinship",
          budgetedNumber: 3,
          budgetedUnitCost: 300_00,
        },
      ],
    };
    const at = { year: "2024-25", period: 7 as const };
    const analysis = varianceAnalysis(wrong, forecastOutturn(wrong, at), at);
    expect(analysis.warnings).toContain(
      'budget-assumptions 2024-25/SW/kinship: "kinship" is not a cost type of a staffing line; left out',
    );
    expect(analysis.lines.find((l) => l.costCentre === "SW")?.types.map((t) => t.costType)).not.toContain(
      "kinship",
    );
  });
});

describe("varianceAnalysis on Demoshire", () => {
  const { registers: demoshire } = generateCouncil({ seed: 2024, scale: 1 });

  it.each([1, 3, 6, 7, 9, 12] as PeriodNumber[])(
    "adds price + volume + mix to the variance to the penny on every line at P%i, with every penny typed",
    (period) => {
      const at = { year: "2024-25", period };
      const outturn = forecastOutturn(demoshire, at);
      const analysis = varianceAnalysis(demoshire, outturn, at);
      const analysed = outturn.lines.filter((l) => l.kind === "placements" || l.kind === "staffing");
      expect(analysis.lines.map((l) => l.costCentre)).toEqual(analysed.map((l) => l.costCentre));
      for (const [i, l] of analysis.lines.entries()) {
        expect(l.variance).toBe(analysed[i]?.variance);
        expect(l.price + l.volume + l.mix).toBe(l.variance);
        expect(l.types.reduce((sum, t) => sum + t.actualCost, 0)).toBe(l.forecast);
        expect(l.types.reduce((sum, t) => sum + t.budgetedCost, 0)).toBe(l.budget);
      }
      expect(analysis.warnings).toEqual([]);
    },
  );

  // A line's budget in the outturn is its approved budget plus the savings at risk on it (savings-line.ts);
  // the budget assumptions explain the approved budget, and the at-risk part scales every unit cost alike.
  it("has budget assumptions that explain each line's approved budget to within £100, so sharing the rest moves a unit cost by under £1 or 0.01%", () => {
    const at = { year: "2024-25", period: 7 as const };
    const analysis = varianceAnalysis(demoshire, forecastOutturn(demoshire, at), at);
    const lines = demoshire.budgetLines.filter((l) => l.year === at.year);
    const { raised } = savingsInOutturn(demoshire, lines, at);
    expect(raised.size).toBeGreaterThan(0);
    for (const l of analysis.lines) {
      const rows = demoshire.budgetAssumptions.filter(
        (a) => a.year === at.year && a.costCentre === l.costCentre,
      );
      const weeks = l.unitCostPer === "week" ? 365 / 7 : 1;
      const typed = rows.reduce((sum, a) => sum + a.budgetedNumber * a.budgetedUnitCost * weeks, 0);
      const approved = l.budget - (raised.get(l.costCentre)?.budget ?? 0);
      expect(Math.abs(approved - typed)).toBeLessThan(100_00);
      for (const [i, t] of l.types.slice(0, rows.length).entries()) {
        // Less the at-risk scaling, the unit cost is the assumption's to within £1 or 1 part in 10,000.
        const beforeRisk = (t.budgetedUnitCost * approved) / l.budget;
        const assumed = rows[i]?.budgetedUnitCost ?? 0;
        expect(Math.abs(beforeRisk - assumed)).toBeLessThan(Math.max(100, assumed / 10_000));
      }
    }
  });
});
