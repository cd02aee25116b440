import { describe, expect, it } from "vitest";
import { type CouncilRegisters, emptyRegisters } from "../registers.js";
import type { MtfpDemandCosts } from "./demand-pressure.js";
import { budgetLine, gbp } from "./plan.fixture.js";
import { type MtfpPlanOptions, mtfpPlan } from "./plan.js";

const assumption = (year: string) => ({
  year,
  payAward: 0,
  contractInflation: 0,
  inflationFunded: 100,
  demandGrowth: 5,
});
const registers: CouncilRegisters = {
  ...emptyRegisters(),
  budgetLines: [
    budgetLine("2024-25", "PL1", "placements", 3_000_000),
    budgetLine("2024-25", "PL2", "placements", 1_000_000),
    budgetLine("2024-25", "TR", "transport", 500_000),
    budgetLine("2024-25", "ST", "staffing", 2_000_000),
  ],
  mtfpAssumptions: [assumption("2025-26"), assumption("2026-27")],
};
const demandCosts: MtfpDemandCosts = {
  costByYear: new Map([
    ["2024-25", gbp(4_000_000)],
    ["2025-26", gbp(4_400_000)],
  ]),
  basis: "the base projection from 31 March 2024",
};
const demandLines = (r: CouncilRegisters, options?: MtfpPlanOptions) => {
  const plan = mtfpPlan(r, options);
  if (plan === null) throw new Error("no plan");
  return {
    plan,
    byYear: plan.years.map((y) =>
      y.lines.filter((l) => l.kind === "demand").map((l) => [l.ref, l.amount / 100]),
    ),
  };
};

describe("the MTFP's demand pressure from the demand model", () => {
  const { plan, byYear } = demandLines(registers, { demandCosts });

  it("is the projected growth on placements, shared by cost; transport keeps the assumption", () => {
    // 2025-26: £4.4m − £4.0m = £400,000, 3:1 across PL1 and PL2; transport 5% of £500,000.
    // 2026-27 is not projected: the 5% assumption on the grown lines (£3.3m, £1.1m, £525,000).
    expect(byYear).toEqual([
      [
        ["demand:PL1", 300_000],
        ["demand:PL2", 100_000],
        ["demand:TR", 25_000],
      ],
      [
        ["demand:PL1", 165_000],
        ["demand:PL2", 55_000],
        ["demand:TR", 26_250],
      ],
    ]);
    expect(plan.years[0]?.demand).toBe(gbp(425_000));
  });

  it("says how each line was worked out, and where the projection does not reach", () => {
    expect(plan.years[0]?.lines.find((l) => l.ref === "demand:PL1")?.basis).toBe(
      "Projected by the demand model: £4,400,000.00 in 2025-26 against £4,000,000.00 in 2024-25 (the base projection from 31 March 2024); PL1's share by its cost of £3,000,000.00",
    );
    expect(plan.warnings).toContain(
      "The demand projection gives no whole-year cost for 2026-27 or the year before: the demand-growth assumption prices demand on placements there",
    );
  });

  it("gives way to entered demand lines, and changes nothing when not given", () => {
    const entered = demandLines(
      {
        ...registers,
        mtfpLines: [
          {
            year: "2025-26",
            ref: "D1",
            kind: "demand",
            costCentre: null,
            description: "Demand",
            amount: gbp(80_000),
            fundedShare: 100,
          },
        ],
      },
      { demandCosts },
    );
    expect(entered.byYear[0]).toEqual([["D1", 80_000]]);
    expect(demandLines(registers).byYear[0]).toEqual([
      ["demand:PL1", 150_000],
      ["demand:PL2", 50_000],
      ["demand:TR", 25_000],
    ]);
  });

  it("can be negative: a falling projection takes the budget down", () => {
    const falling = {
      ...demandCosts,
      costByYear: new Map([...demandCosts.costByYear, ["2025-26", gbp(3_800_000)]]),
    };
    expect(demandLines(registers, { demandCosts: falling }).byYear[0]?.slice(0, 2)).toEqual([
      ["demand:PL1", -150_000],
      ["demand:PL2", -50_000],
    ]);
  });
});
