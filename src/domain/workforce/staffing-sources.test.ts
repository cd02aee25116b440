import { describe, expect, it } from "vitest";
import type { BudgetLine } from "../budget/budget.js";
import { forecastOutturn } from "../outturn/forecast.js";
import { type CouncilRegisters, emptyRegisters } from "../registers.js";
import type { ConversionPlan } from "./conversion.js";
import { post } from "./post-fixtures.js";
import { vacancyAllowance } from "./staffing-sources.js";

// At 2024-25:P7 the period ends 31 Oct 2024; 151 days remain of 2024-25's 365, and 5 whole months.
const line: BudgetLine = {
  year: "2024-25",
  costCentre: "SW",
  name: "Social work",
  serviceArea: "Safeguarding",
  kind: "staffing",
  annualBudget: 12_000_000,
  profile: Array(12).fill(1_000_000),
};
const s3: ConversionPlan = {
  ref: "CP1",
  saving: "S3",
  role: "Social worker",
  posts: 1,
  effectiveDate: "2024-07-01",
  target: null,
  note: "",
};
const registers = (changes: Partial<CouncilRegisters>): CouncilRegisters => ({
  ...emptyRegisters(),
  budgetLines: [line],
  workforce: [post("PERM", { annualCost: 5_200_000 }), post("A2", { status: "agency", dayRate: 50_000 })],
  ...changes,
});
const drivers = (r: CouncilRegisters) => {
  const outturn = forecastOutturn(r, { year: "2024-25", period: 7 });
  const [forecastLine] = outturn.lines;
  return {
    outturn,
    line: forecastLine,
    amounts: Object.fromEntries(forecastLine?.drivers.map((d) => [d.driver, d.amount]) ?? []),
  };
};

describe("the staffing drivers", () => {
  it("takes the vacancy factor off the posts' cost and the converted posts' premium, and still adds up", () => {
    const { line: forecast, amounts } = drivers(
      registers({ assumptions: [{ name: "vacancy-factor", value: 3.5, note: "" }], conversionPlans: [s3] }),
    );
    // posts: £52,000 × 151/365 = 2,151,232.9p → 2,151,233; £500 × 228 = £114,000 × 151/365 → 4,716,164
    expect(amounts.posts).toBe(6_867_397);
    // −3.5% × 6,867,397 = −240,358.9 → −240,359
    expect(amounts["vacancy-factor"]).toBe(-240_359);
    // A2's premium £114,000 − £52,000 = £62,000 × 5/12 = 2,583,333.3p, from 1 November
    expect(amounts.conversions).toBe(-2_583_333);
    expect(forecast?.remaining).toBe(6_867_397 - 240_359 - 2_583_333);
    expect(forecast?.drivers.reduce((sum, d) => sum + d.amount, 0)).toBe(forecast?.remaining);
  });

  it("changes nothing with no vacancy factor and no plan in the year", () => {
    const { amounts } = drivers(registers({ conversionPlans: [{ ...s3, effectiveDate: "2025-04-01" }] }));
    expect(amounts["vacancy-factor"]).toBe(0);
    expect(amounts.conversions).toBe(0);
  });

  it("warns when a plan converts more agency posts than are in post", () => {
    const { outturn, amounts } = drivers(registers({ conversionPlans: [{ ...s3, posts: 3 }] }));
    expect(amounts.conversions).toBe(-2_583_333);
    expect(outturn.warnings).toContain(
      "conversion-plans CP1: converts 3 Social worker posts, but only 1 agency ones are in post; the rest save £0",
    );
  });

  it("rounds the vacancy allowance once, half away from zero", () => {
    expect(vacancyAllowance(1_000_010, 2.5)).toBe(-25_000); // 25,000.25 → 25,000
    expect(vacancyAllowance(1_000_020, 2.5)).toBe(-25_001); // 25,000.5 → 25,001
    expect(vacancyAllowance(1_000_000, 0)).toBe(0);
  });
});
