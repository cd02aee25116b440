import { describe, expect, it } from "vitest";
import { sum } from "../money/money.js";
import { type CouncilRegisters, emptyRegisters } from "../registers.js";
import type { ScenarioLever } from "./mtfp.js";
import { budgetLine, gbp, savingYear } from "./plan.fixture.js";
import { type MtfpPlan, mtfpPlan } from "./plan.js";
import { mtfpScenario, scenarioNames } from "./scenario.js";

const assumed = (costType: string, budgetedNumber: number, weeklyPounds: number) => ({
  year: "2023-24",
  costCentre: "PLACE",
  costType,
  budgetedNumber,
  budgetedUnitCost: gbp(weeklyPounds),
});
const lever = (scenario: string, kind: ScenarioLever, scope: string, value: number) => ({
  scenario,
  lever: kind,
  scope,
  value,
});
const saving = (ref: string, programme: string) => ({
  ref,
  category: "Reduce",
  programme,
  name: ref,
  description: "",
  owner: "",
  brag: "green" as const,
  costCentre: null,
});

// Base year 2023-24 (366 days): staffing 1,000,000; placements 2,000,000; transport 500,000; other 100,000.
// Residential in the budget assumptions: 2 children's homes at £5,000 a week, 1.5 other residential at
// £3,500 a week: 2 × 5,000 × 366 ÷ 7 = £522,857.14 and 1.5 × 3,500 × 366 ÷ 7 = £274,500.00.
const registers: CouncilRegisters = {
  ...emptyRegisters(),
  budgetLines: [
    budgetLine("2023-24", "STAFF", "staffing", 1_000_000),
    budgetLine("2023-24", "PLACE", "placements", 2_000_000),
    budgetLine("2023-24", "TRAN", "transport", 500_000),
    budgetLine("2023-24", "OTHER", "other", 100_000),
  ],
  budgetAssumptions: [
    assumed("childrens-homes", 2, 5_000),
    assumed("other-residential", 1.5, 3_500),
    assumed("foster-ifa", 10, 900),
  ],
  mtfpLines: [
    {
      year: "2024-25",
      ref: "I1",
      kind: "inflation",
      costCentre: null,
      description: "",
      amount: gbp(90_000),
      fundedShare: 90,
    },
  ],
  savings: [saving("S1", "Placements"), saving("S2", "Workforce")],
  savingYears: [
    savingYear("S1", "2024-25", 100_000),
    savingYear("S1", "2025-26", 200_000),
    savingYear("S2", "2026-27", 40_000),
  ],
  mtfpScenarios: [
    lever("Slip", "savings-slip", "", 50),
    lever("Placements slip", "savings-slip", "placements", 50),
    lever("Residential demand", "demand", "residential", 5),
    lever("Demand", "demand", "", 10),
    lever("Pay", "pay-award", "", 3),
    lever("Inflation", "inflation", "", 1),
    lever("Transport", "inflation", "tran", 10),
    lever("IFA", "demand", "foster-ifa", 10),
    lever("Nothing", "demand", "NOPE", 5),
    lever("Nothing", "savings-slip", "NOPE", 10),
    lever("Mixed", "savings-slip", "", 50),
    lever("Mixed", "demand", "residential", 5),
    lever("Mixed", "pay-award", "staffing", 2),
  ],
};
const plan = mtfpPlan(registers) as MtfpPlan;
const costs = (name: string) => mtfpScenario(registers, plan, name).levers.map((l) => l.byYear);

describe("mtfpScenario", () => {
  it("slips v% of each year's savings, and a slipped saving stays undelivered in later years", () => {
    expect(costs("Slip")).toEqual([[gbp(50_000), gbp(150_000), gbp(170_000)]]);
    expect(costs("Placements slip")).toEqual([[gbp(50_000), gbp(150_000), gbp(150_000)]]);
  });

  it("widens the gap by the lever's cost; the base carried forward is the plan's", () => {
    const result = mtfpScenario(registers, plan, "Slip");
    expect(result.years.map((y) => y.baseCarriedForward)).toEqual(
      plan.years.map((y) => y.baseCarriedForward),
    );
    // The plan's own gap is the unfunded 10% of inflation: £10,000 a year.
    expect(result.years.map((y) => [y.gap, y.gapAgainstPlan])).toEqual([
      [gbp(60_000), gbp(50_000)],
      [gbp(160_000), gbp(150_000)],
      [gbp(180_000), gbp(170_000)],
    ]);
  });

  it("prices extra demand on residential placements from the budget assumptions, compounding", () => {
    const result = mtfpScenario(registers, plan, "Residential demand");
    expect(result.levers[0]?.byYear).toEqual([3_986_786, 8_172_911, 12_568_342]);
    expect(result.levers[0]?.basis).toBe(
      "5% a year more demand on £797,357.14 of residential placements in the budget assumptions in 2023-24, compounding",
    );
  });

  it("takes each lever's whole base when its scope is empty, or a budget kind, cost centre or placement type", () => {
    expect(costs("Demand")).toEqual([[gbp(250_000), gbp(525_000), gbp(827_500)]]);
    expect(costs("Pay")).toEqual([[gbp(30_000), gbp(60_900), gbp(92_727)]]);
    expect(costs("Inflation")).toEqual([[2_600_000, 5_226_000, 7_878_260]]);
    expect(costs("Transport")).toEqual([[gbp(50_000), gbp(105_000), gbp(165_500)]]);
    // 10% of 10 × £900 × 366 ÷ 7 = 10% of £470,571.43 = £47,057.14
    expect(costs("IFA")[0]?.[0]).toBe(4_705_714);
  });

  it("warns of a scope that matches nothing, and prices it at nothing", () => {
    const result = mtfpScenario(registers, plan, "Nothing");
    expect(result.levers.map((l) => l.byYear)).toEqual([
      [0, 0, 0],
      [0, 0, 0],
    ]);
    expect(result.warnings).toEqual([
      'Scenario "Nothing": the demand scope "NOPE" matches nothing in 2023-24; it adds nothing',
      'Scenario "Nothing": the savings-slip scope "NOPE" matches no planned saving (by ref, category or programme)',
    ]);
  });

  it("gives the plan back when its levers' costs are taken off", () => {
    const result = mtfpScenario(registers, plan, "Mixed");
    expect(result.years.map((y, i) => y.need - sum(result.levers.map((l) => l.byYear[i] ?? 0)))).toEqual(
      plan.years.map((y) => y.need),
    );
    expect(result.years[1]?.byLever).toEqual({
      "savings-slip": gbp(150_000),
      demand: 8_172_911,
      "pay-award": gbp(40_400),
    });
  });

  it("names the known scenarios when asked for an unknown one", () => {
    expect(scenarioNames(registers)).toContain("Residential demand");
    expect(() => mtfpScenario(registers, plan, "Nope")).toThrow(
      /No scenario "Nope"; the scenarios are: "Slip", "Placements slip", "Residential demand"/,
    );
  });
});
