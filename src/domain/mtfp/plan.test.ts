import { describe, expect, it } from "vitest";
import { type CouncilRegisters, emptyRegisters } from "../registers.js";
import type { Saving } from "../savings/saving.js";
import type { MtfpAssumption, MtfpKind } from "./mtfp.js";
import { budgetLine, gbp, savingYear } from "./plan.fixture.js";
import { mtfpPlan } from "./plan.js";

const mtfpLine = (year: string, ref: string, kind: MtfpKind, pounds: number, fundedShare = 100) => ({
  year,
  ref,
  kind,
  costCentre: null,
  description: ref,
  amount: gbp(pounds),
  fundedShare,
});
const saving = (
  ref: string,
  category: string,
  programme: string,
  costCentre: string | null = null,
): Saving => ({
  ref,
  category,
  programme,
  name: `${ref} name`,
  description: "",
  owner: "",
  brag: "green",
  costCentre,
});
const registers = (changes: Partial<CouncilRegisters>): CouncilRegisters => ({
  ...emptyRegisters(),
  ...changes,
});
const plan = (changes: Partial<CouncilRegisters>) => {
  const result = mtfpPlan(registers(changes));
  if (result === null) throw new Error("no plan");
  return result;
};

describe("mtfpPlan from entered lines", () => {
  const p = plan({
    mtfpLines: [
      mtfpLine("2024-25", "B1", "base", 1_000_000),
      mtfpLine("2024-25", "F1", "funding", 100_000),
      mtfpLine("2024-25", "I1", "inflation", 90_000, 90),
      mtfpLine("2024-25", "M1", "mitigation", 20_000),
    ],
    savings: [saving("S1", "Reduce", "Placements"), saving("S2", "Transform", "Workforce")],
    savingYears: [
      savingYear("S1", "2024-25", 50_000),
      savingYear("S1", "2025-26", 30_000),
      savingYear("S2", "2025-26", 5_000),
      savingYear("S2", "2023-24", 999_999),
    ],
  });

  it("runs from the first MTFP year to the last savings year after it, and carries b/f to c/f", () => {
    expect(p.baseYear).toBe("2023-24");
    expect(p.years.map((y) => [y.year, y.baseBroughtForward, y.savings, y.baseCarriedForward])).toEqual([
      ["2024-25", gbp(1_000_000), gbp(50_000), gbp(1_120_000)],
      ["2025-26", gbp(1_120_000), gbp(35_000), gbp(1_085_000)],
    ]);
    expect(p.totalSavings).toBe(gbp(85_000));
  });

  it("counts the unfunded share of a part-funded pressure in the need, year after year, as the gap", () => {
    const [first, second] = p.years;
    expect(first?.inflation).toBe(gbp(90_000));
    expect(first?.inflationFundedShare).toBe(90);
    expect(first?.lines.find((l) => l.ref === "I1")?.gross).toBe(gbp(100_000));
    expect([first?.unfunded, first?.need, first?.gap]).toEqual([gbp(10_000), gbp(1_130_000), gbp(10_000)]);
    expect([second?.unfunded, second?.need, second?.gap]).toEqual([0, gbp(1_095_000), gbp(10_000)]);
  });

  it("totals savings by category and by programme over the plan years", () => {
    expect(p.savingsByCategory).toEqual([
      { name: "Reduce", byYear: [gbp(50_000), gbp(30_000)], total: gbp(80_000) },
      { name: "Transform", byYear: [0, gbp(5_000)], total: gbp(5_000) },
    ]);
    expect(p.savingsByProgramme.map((g) => g.name)).toEqual(["Placements", "Workforce"]);
  });

  it("rounds a part-funded gross once: 1p funding 3% is 33p of pressure", () => {
    const q = plan({ mtfpLines: [{ ...mtfpLine("2024-25", "P1", "pressure", 0, 3), amount: 1 }] });
    expect(q.years[0]?.lines[0]?.gross).toBe(33);
    expect(q.years[0]?.unfunded).toBe(32);
  });
});

describe("mtfpPlan's computed pressures", () => {
  const assumption = (
    year: string,
    payAward: number,
    inflation: number,
    funded: number,
    demand: number,
  ): MtfpAssumption => ({
    year,
    payAward,
    contractInflation: inflation,
    inflationFunded: funded,
    demandGrowth: demand,
  });
  const base = [
    budgetLine("2023-24", "STAFF", "staffing", 1_000_000),
    budgetLine("2023-24", "PLACE", "placements", 2_000_000),
    budgetLine("2023-24", "TRAN", "transport", 500_000),
    budgetLine("2023-24", "OTHER", "other", 100_000),
  ];
  const p = plan({
    budgetLines: base,
    mtfpAssumptions: [assumption("2024-25", 5, 10, 90, 4), assumption("2025-26", 2, 5, 100, 0)],
  });
  const amounts = (index: number) =>
    Object.fromEntries(p.years[index]?.lines.map((l) => [l.ref, [l.amount, l.gross]]) ?? []);

  it("prices each budget line of the base year: pay award on staffing, inflation × funded share on the rest, demand on placements and transport", () => {
    expect(p.reconciliation.baseSource).toBe("budget-lines");
    expect(p.years[0]?.baseBroughtForward).toBe(gbp(3_600_000));
    expect(amounts(0)).toEqual({
      "pay-award:STAFF": [gbp(50_000), gbp(50_000)],
      "inflation:PLACE": [gbp(180_000), gbp(200_000)],
      "inflation:TRAN": [gbp(45_000), gbp(50_000)],
      "inflation:OTHER": [gbp(9_000), gbp(10_000)],
      "demand:PLACE": [gbp(80_000), gbp(80_000)],
      "demand:TRAN": [gbp(20_000), gbp(20_000)],
    });
    expect(p.years[0]).toMatchObject({
      pressures: gbp(384_000),
      unfunded: gbp(26_000),
      baseCarriedForward: gbp(3_984_000),
    });
  });

  it("compounds: the next year's pressures are on each line grown by the full pressures", () => {
    // PLACE grew by 200,000 inflation (gross) + 80,000 demand to 2,280,000; STAFF to 1,050,000.
    expect(amounts(1)).toEqual({
      "pay-award:STAFF": [gbp(21_000), gbp(21_000)],
      "inflation:PLACE": [gbp(114_000), gbp(114_000)],
      "inflation:TRAN": [gbp(28_500), gbp(28_500)],
      "inflation:OTHER": [gbp(5_500), gbp(5_500)],
    });
    expect(p.years[1]).toMatchObject({
      baseCarriedForward: gbp(4_153_000),
      need: gbp(4_179_000),
      gap: gbp(26_000),
    });
  });

  it("says how each computed line was worked out", () => {
    const line = p.years[1]?.lines.find((l) => l.ref === "pay-award:STAFF");
    expect(line?.source).toBe("computed");
    expect(line?.basis).toBe(
      "2% pay award on £1,050,000.00, STAFF's staffing budget for 2023-24, grown by the plan's pressures to 2025-26",
    );
    expect(p.years[0]?.lines.find((l) => l.ref === "inflation:PLACE")?.basis).toContain(
      "90% funded of £200,000.00",
    );
  });

  it("uses entered lines of a kind instead, and grows the lines by them for the next year", () => {
    const q = plan({
      budgetLines: [
        budgetLine("2023-24", "SW", "staffing", 600_000),
        budgetLine("2023-24", "TM", "staffing", 400_000),
      ],
      mtfpLines: [mtfpLine("2024-25", "PAY", "pay-award", 100_000)],
      mtfpAssumptions: [assumption("2024-25", 50, 0, 100, 0), assumption("2025-26", 10, 0, 100, 0)],
    });
    expect(q.years[0]?.lines.map((l) => l.ref)).toEqual(["PAY"]);
    expect(q.years[1]?.lines.map((l) => [l.ref, l.amount])).toEqual([
      ["pay-award:SW", gbp(66_000)],
      ["pay-award:TM", gbp(44_000)],
    ]);
  });
});

describe("mtfpPlan's reconciliation and warnings", () => {
  it("takes the base from the base year's budget lines less its central savings, and reconciles year 1", () => {
    const p = plan({
      budgetLines: [budgetLine("2023-24", "A", "other", 1_000), budgetLine("2024-25", "A", "other", 1_150)],
      savings: [saving("S9", "Reduce", "")],
      savingYears: [savingYear("S9", "2023-24", 100)],
      mtfpLines: [mtfpLine("2024-25", "F", "funding", 200)],
    });
    expect(p.reconciliation).toEqual({
      baseYear: "2023-24",
      baseBroughtForward: gbp(900),
      baseSource: "budget-lines",
      baseYearBudgetLines: gbp(900),
      baseDifference: 0,
      firstYearCarriedForward: gbp(1_100),
      firstYearBudgetLines: gbp(1_150),
      firstYearDifference: gbp(-50),
    });
    expect(p.warnings).toEqual([
      "The plan's base carried forward for 2024-25 (£1,100.00) differs from 2024-25's budget of £1,150.00 by -£50.00",
    ]);
  });

  it("warns of an entered base that differs from the budget, a base line after year 1 and a target with no saving", () => {
    const p = plan({
      budgetLines: [budgetLine("2023-24", "A", "other", 1_000)],
      mtfpLines: [mtfpLine("2024-25", "B1", "base", 990), mtfpLine("2025-26", "B2", "base", 5_000)],
      savingYears: [savingYear("S404", "2024-25", 10)],
    });
    expect(p.years.map((y) => y.baseBroughtForward)).toEqual([gbp(990), gbp(980)]);
    expect(p.years[1]?.lines).toEqual([]);
    expect(p.years[0]?.savingsByRef).toEqual([
      { ref: "S404", name: "S404", category: "", programme: "", amount: gbp(10) },
    ]);
    expect(p.warnings).toEqual([
      "2025-26 line B2: a base line counts only in the plan's first year (2024-25); left out",
      "Saving S404 has targets in saving-years but is not in the savings register",
      "The base brought forward into 2024-25 (£990.00) differs from 2023-24's budget of £1,000.00 by -£10.00",
    ]);
  });

  it("is null for a council with no MTFP lines or assumptions", () => {
    expect(mtfpPlan(registers({ savingYears: [savingYear("S1", "2024-25", 1)] }))).toBeNull();
  });
});
