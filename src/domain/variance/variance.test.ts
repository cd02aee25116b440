import { describe, expect, it } from "vitest";
import { generateCouncil } from "../../demo/generate.js";
import type { BudgetLine } from "../budget/budget.js";
import type { PeriodNumber } from "../calendar/financial.js";
import { forecastOutturn } from "../outturn/forecast.js";
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
  // FOS-IFA: 2 IFA placements at £1,000 a week = 2 × £1,000 × 365/7 = £104,285.71 by type, + £10,000 not by type.
  // SW: 1 FTE agency at £90,000 + 1 FTE permanent at £50,000 = £140,000.
  budgetLines: [line("FOS-IFA", "placements", 11_428_571), line("SW", "staffing", 14_000_000)],
  budgetAssumptions: [
    {
      year: "2024-25",
      costCentre: "FOS-IFA",
      costType: "foster-ifa",
      budgetedNumber: 2,
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
  it("splits a placements line's variance by placement-days and weekly unit costs (at P12)", () => {
    const ifa = analyse(12).lines.find((l) => l.costCentre === "FOS-IFA");
    // Forecast £85,050 − budget £114,285.71 = −£29,235.71.
    // volume (547/365 − 2) × £1,000 × 365/7 = −183 × £1,000/7 = −£26,142.857… → −£26,142.86
    // price £82,050 − 547 × £1,000/7 = £3,907.142… → £3,907.14; mix 0 (one type)
    // residual −£29,235.71 + £26,142.86 − £3,907.14 = −£6,999.99: £3,000 of costs off the register
    // less £10,000 of budget not set by type, and a penny of rounding.
    expect(ifa).toMatchObject({
      variance: -2_923_571,
      volume: -2_614_286,
      price: 390_714,
      mix: 0,
      residual: -699_999,
      untypedBudget: 1_000_000,
      untypedForecast: 300_000,
      unitCostPer: "week",
    });
    expect(ifa?.types).toEqual([
      {
        costType: "foster-ifa",
        budgetedNumber: 2,
        budgetedUnitCost: 1_000_00,
        budgetedCost: 10_428_571,
        actualNumber: 1.5,
        actualUnitCost: 1_050_00,
        actualCost: 8_205_000,
      },
    ]);
  });

  it("splits a staffing line's variance by FTE across the year, actual and forecast (at P7)", () => {
    const sw = analyse(7).lines.find((l) => l.costCentre === "SW");
    // Forecast: £30,981.92 to P7 + SW1 151/365 × £45,600 (£18,864.66) + SW2 151/365 × £50,000 (£20,684.93) = £70,531.51.
    // n = 0.5 + 182/365 FTE; N = 2; budgeted average £70,000.
    // volume (364.5/365 − 2) × £70,000 = −£70,095.89; mix 0.5 × £90,000 + 182/365 × £50,000 − 364.5/365 × £70,000 = £27.40;
    // price 0.5 × (£91,200 − £90,000) = £600 (the permanent post is at its budgeted rate).
    expect(sw).toMatchObject({
      forecast: 7_053_151,
      variance: -6_946_849,
      volume: -7_009_589,
      mix: 2_740,
      price: 60_000,
      residual: 0,
      unitCostPer: "year",
    });
    expect(sw?.types.map((t) => [t.costType, t.actualNumber, t.actualUnitCost])).toEqual([
      ["Social worker (agency)", 0.5, 91_200_00],
      ["Social worker (permanent)", 0.5, 50_000_00],
    ]);
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
    "adds price + volume + mix + residual to the variance to the penny on every line at P%i",
    (period) => {
      const at = { year: "2024-25", period };
      const outturn = forecastOutturn(demoshire, at);
      const analysis = varianceAnalysis(demoshire, outturn, at);
      const analysed = outturn.lines.filter((l) => l.kind === "placements" || l.kind === "staffing");
      expect(analysis.lines.map((l) => l.costCentre)).toEqual(analysed.map((l) => l.costCentre));
      for (const [i, l] of analysis.lines.entries()) {
        expect(l.variance).toBe(analysed[i]?.variance);
        expect(l.price + l.volume + l.mix + l.residual).toBe(l.variance);
      }
      expect(analysis.warnings).toEqual([]);
    },
  );

  it("has budget assumptions that explain each line's budget to within £100", () => {
    const at = { year: "2024-25", period: 7 as const };
    const analysis = varianceAnalysis(demoshire, forecastOutturn(demoshire, at), at);
    for (const l of analysis.lines) {
      expect(l.types.length).toBeGreaterThan(0);
      expect(Math.abs(l.untypedBudget)).toBeLessThan(100_00);
    }
  });
});
