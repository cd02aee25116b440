import { describe, expect, it } from "vitest";
import type { BudgetLine, LedgerActual } from "../budget/budget.js";
import type { PeriodNumber } from "../calendar/financial.js";
import type { PlannedMove } from "../placements/events.js";
import { type CouncilRegisters, emptyRegisters } from "../registers.js";
import type { Saving, SavingYear } from "../savings/saving.js";
import { keyPressures } from "../variance/pressures.js";
import { varianceAnalysis } from "../variance/variance.js";
import { forecastOutturn } from "./forecast.js";
import { movement } from "./movement.js";

const line = (year: string, costCentre: string, serviceArea: string, monthly: number): BudgetLine => ({
  year,
  costCentre,
  name: `${costCentre} line`,
  serviceArea,
  kind: "other",
  annualBudget: monthly * 12,
  profile: Array<number>(12).fill(monthly),
});
const spent = (year: string, costCentre: string, periods: number, monthly: number): LedgerActual[] =>
  Array.from({ length: periods }, (_, i) => ({
    year,
    period: (i + 1) as PeriodNumber,
    costCentre,
    amount: monthly,
  }));
const saving = (ref: string, name: string, costCentre: string | null = null): Saving => ({
  ref,
  category: "Reduce",
  programme: "",
  name,
  description: "",
  owner: "",
  brag: "red",
  costCentre,
});
const year = (ref: string, year: string, target: number, forecast: number): SavingYear => ({
  ref,
  year,
  target,
  delivered: 0,
  forecast,
});

const move = (ref: string, note: string): PlannedMove => ({
  ref,
  placementRef: "P1",
  date: "2024-12-01",
  toPlaceCode: "U4",
  toProviderCode: "PR1",
  toWeeklyCost: 50_000,
  note,
});

describe("savings at risk in the forecast outturn", () => {
  // Seed 002, Table 2: the 2023-24 budget held £4.5m of savings, S18 and S19, none of them on a line.
  // Table 1, at Q2 (2023-24:P6): "2023-24 savings targets at risk 4.5", 100% of them at risk.
  const Q2 = { year: "2023-24", period: 6 as const };
  const herefordshire: CouncilRegisters = {
    ...emptyRegisters(),
    // £1m a month on a run-rate line, spent to profile: on budget by itself.
    budgetLines: [line("2023-24", "CYP", "Children and young people", 1_000_000_00)],
    actuals: spent("2023-24", "CYP", 6, 1_000_000_00),
    savings: [saving("S18", "Placement Management"), saving("S19", "Recruitment and Retention")],
    savingYears: [year("S18", "2023-24", 2_500_000_00, 0), year("S19", "2023-24", 2_000_000_00, 0)],
  };

  it("shows seed 002's £4.5m of central savings at risk as a 'Savings at risk' line in the total variance", () => {
    const outturn = forecastOutturn(herefordshire, Q2);
    const savings = outturn.lines.find((l) => l.kind === "savings");
    expect(savings).toMatchObject({
      costCentre: "SAVINGS",
      name: "Savings at risk",
      serviceArea: "Savings",
      basis: "savings",
      budget: -4_500_000_00,
      budgetToDate: -2_250_000_00,
      actualToDate: 0,
      forecast: 0,
      drivers: [],
      variance: 4_500_000_00,
    });
    const before = forecastOutturn({ ...herefordshire, savings: [], savingYears: [] }, Q2);
    expect(before.lines.some((l) => l.kind === "savings")).toBe(false);
    expect(outturn.total.variance).toBe(before.total.variance + 4_500_000_00);
    expect(outturn.total.budget).toBe(12_000_000_00 - 4_500_000_00);
    expect(outturn.serviceAreas.find((a) => a.serviceArea === "Savings")?.variance).toBe(4_500_000_00);
  });

  it("puts 'Savings at risk' in the key pressures table at 4.5, as Table 1 prints it", () => {
    const outturn = forecastOutturn(herefordshire, Q2);
    const table = keyPressures(outturn, varianceAnalysis(herefordshire, outturn, Q2));
    const area = table.areas.find((a) => a.serviceArea === "Savings");
    expect(area?.millions).toBe(4.5);
    expect(area?.pressures).toEqual([{ pressure: "Savings at risk", amount: 4_500_000_00, millions: 4.5 }]);
  });

  it("re-presents the at-risk part of a saving on a budget line: totals unchanged, that line's budget raised", () => {
    const at = { year: "2024-25", period: 7 as const };
    const council: CouncilRegisters = {
      ...emptyRegisters(),
      budgetLines: [
        line("2024-25", "PL", "Children in care", 100_000_00),
        line("2024-25", "SW", "Social work", 50_000_00),
      ],
      actuals: [...spent("2024-25", "PL", 7, 110_000_00), ...spent("2024-25", "SW", 7, 50_000_00)],
      savings: [saving("S1", "Step-downs", "PL")],
      // Taken off PL's approved budget: £400,000 of the £1,000,000 is at risk.
      savingYears: [year("S1", "2024-25", 1_000_000_00, 600_000_00)],
    };
    const outturn = forecastOutturn(council, at);
    const before = forecastOutturn({ ...council, savings: [], savingYears: [] }, at);
    expect(outturn.total).toEqual(before.total);
    const [pl, plBefore] = [outturn.lines[0], before.lines[0]];
    expect(pl?.budget).toBe(1_200_000_00 + 400_000_00);
    expect(pl?.variance).toBe((plBefore?.variance ?? 0) - 400_000_00);
    expect(pl?.budgetToDate).toBe((plBefore?.budgetToDate ?? 0) + 233_333_33); // 7/12 of £400,000
    expect(outturn.lines[1]).toEqual(before.lines[1]);
    expect(outturn.lines[2]).toMatchObject({
      costCentre: "SAVINGS",
      budget: -400_000_00,
      budgetToDate: -233_333_33,
      forecast: 0,
      variance: 400_000_00,
    });
    expect(outturn.warnings).toEqual(before.warnings);
  });

  it("warns of a saving on a cost centre with no budget line, and of a plan that prices a central saving", () => {
    const at = { year: "2024-25", period: 7 as const };
    const council: CouncilRegisters = {
      ...emptyRegisters(),
      budgetLines: [line("2024-25", "PL", "Children in care", 100_000_00)],
      savings: [saving("S1", "Typo", "PX"), saving("S3", "Agency conversions")],
      savingYears: [year("S1", "2024-25", 50_000_00, 0), year("S3", "2024-25", 1_006_000_00, 1_006_000_00)],
      conversionPlans: [
        {
          ref: "CP-1",
          saving: "S3",
          role: "Social worker",
          posts: 1,
          effectiveDate: "2024-07-01",
          target: null,
          note: "",
        },
      ],
      plannedMoves: [move("PM-1", "Step-down towards S3"), move("PM-2", "Step-down towards S30")],
    };
    const outturn = forecastOutturn(council, at);
    expect(outturn.warnings).toContain(
      "planned-moves PM-1: names saving S3, which is held centrally; its delivery is in the savings line and in this plan, so it counts twice",
    );
    expect(outturn.warnings.some((w) => w.startsWith("planned-moves PM-2: names"))).toBe(false);
    expect(outturn.warnings).toContain(
      "savings S1: cost centre PX has no budget line in 2024-25; its £50,000.00 at risk is not in the outturn",
    );
    expect(outturn.warnings).toContain(
      "conversion-plans CP-1: names saving S3, which is held centrally; its delivery is in the savings line and in this plan, so it counts twice",
    );
    // S3 alone is counted: delivered in full, nothing at risk.
    expect(outturn.lines.at(-1)).toMatchObject({
      budget: -1_006_000_00,
      forecast: -1_006_000_00,
      variance: 0,
    });
  });

  it("moves the savings line by the change in forecast delivery, as its own reason", () => {
    const council = (forecast: number): CouncilRegisters => ({
      ...emptyRegisters(),
      budgetLines: [line("2024-25", "PL", "Children in care", 100_000_00)],
      savings: [saving("S1", "Central")],
      savingYears: [year("S1", "2024-25", 500_000_00, forecast)],
    });
    const p6 = forecastOutturn(council(400_000_00), { year: "2024-25", period: 6 });
    const p7 = forecastOutturn(council(250_000_00), { year: "2024-25", period: 7 });
    const moved = movement(p6, p7, []).lines.find((l) => l.costCentre === "SAVINGS");
    expect(moved?.movement).toBe(150_000_00);
    expect(moved?.reasons.map((r) => [r.words, r.amount])).toEqual([
      ["Savings delivery re-forecast", 150_000_00],
    ]);
  });
});
