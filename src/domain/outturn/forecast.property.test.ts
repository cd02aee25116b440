import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BUDGET_KINDS } from "../budget/budget.js";
import { fromDay, toDay } from "../calendar/dates.js";
import type { PeriodNumber } from "../calendar/financial.js";
import { englishTermCalendar } from "../calendar/terms.js";
import type { CouncilRegisters } from "../registers.js";
import { type AreaTotal, forecastOutturn } from "./forecast.js";

const calendar = {
  terms: englishTermCalendar(2023).terms.concat(englishTermCalendar(2024).terms),
  closures: [],
};
const costCentre = fc.constantFrom("C0", "C1", "C2", "C3", "C4", "C5");
const date = fc.integer({ min: toDay("2023-01-01"), max: toDay("2025-12-31") }).map(fromDay);
const money = fc.integer({ min: -1_000_000, max: 100_000_000 });
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });

const registers: fc.Arbitrary<CouncilRegisters> = fc.record({
  budgetLines: fc
    .uniqueArray(
      fc.record({
        year: fc.constantFrom("2024-25", "2023-24"),
        costCentre,
        name: fc.constant("line"),
        serviceArea: fc.constantFrom("Children in care", "Social work", "SEND"),
        kind: fc.constantFrom(...BUDGET_KINDS),
        annualBudget: fc.constant(0),
        profile: fc.array(money, { minLength: 12, maxLength: 12 }),
      }),
      { selector: (l) => `${l.year}/${l.costCentre}`, maxLength: 8 },
    )
    .map((lines) => lines.map((l) => ({ ...l, annualBudget: l.profile.reduce((a, b) => a + b, 0) }))),
  actuals: fc.array(
    fc.record({
      year: fc.constantFrom("2024-25", "2023-24"),
      period: fc.integer({ min: 1, max: 12 }) as fc.Arbitrary<PeriodNumber>,
      costCentre,
      amount: money,
    }),
  ),
  placements: fc.array(
    fc.record({
      placementRef: fc.uuid(),
      childRef: fc.constant("C"),
      placeCode: fc.constant("R1" as const),
      providerCode: fc.constant("PR4" as const),
      provider: fc.constant("Acme"),
      costCentre,
      start: date,
      plannedEnd: optional(date),
      end: optional(date),
      weeklyCost: fc.integer({ min: 0, max: 1_500_000 }),
      healthContribution: fc.integer({ min: 0, max: 200_000 }),
      educationContribution: fc.integer({ min: 0, max: 200_000 }),
      area: fc.constantFrom("in" as const, "out" as const),
    }),
  ),
  workforce: fc.array(
    fc.record({
      postRef: fc.uuid(),
      team: fc.constant("T"),
      role: fc.constant("R"),
      costCentre,
      fte: fc.constantFrom(0, 0.2, 0.5, 0.6, 1),
      status: fc.constantFrom("permanent" as const, "agency" as const, "vacant" as const),
      annualCost: optional(fc.integer({ min: 0, max: 10_000_000 })),
      dayRate: optional(fc.integer({ min: 0, max: 100_000 })),
      start: date,
      end: optional(date),
    }),
  ),
  htstRoutes: fc.array(
    fc.record({
      routeRef: fc.uuid(),
      costCentre,
      operator: fc.constant("O"),
      dailyCost: optional(fc.integer({ min: 0, max: 50_000 })),
      dailyMiles: optional(fc.integer({ min: 0, max: 2_000 }).map((tenths) => tenths / 10)),
      ratePerMile: optional(fc.integer({ min: 0, max: 500 })),
      occupancy: fc.constantFrom("single" as const, "shared" as const),
      passengerAssistant: fc.boolean(),
      assistantDailyCost: fc.integer({ min: 0, max: 10_000 }),
      start: date,
      end: optional(date),
    }),
  ),
  htstPupils: fc.constant([]),
  terms: fc.constant(calendar.terms),
  closures: fc.constant(calendar.closures),
  assumptions: fc.constant([]),
  budgetAssumptions: fc.constant([]),
  adjustments: fc.constant([]),
  placementPrices: fc.constant([]),
  plannedMoves: fc.constant([]),
  conversionPlans: fc.constant([]),
  routeRetenders: fc.constant([]),
  // Savings on a cost centre (budgeted or not) or held centrally, with figures in either year.
  savings: fc.uniqueArray(
    fc.record({
      ref: fc.constantFrom("S1", "S2", "S3", "S4"),
      category: fc.constant("Reduce"),
      programme: fc.constant(""),
      name: fc.constant("saving"),
      description: fc.constant(""),
      owner: fc.constant(""),
      brag: fc.constantFrom("blue" as const, "green" as const, "amber" as const, "red" as const),
      costCentre: optional(costCentre),
    }),
    { selector: (s) => s.ref },
  ),
  savingYears: fc.uniqueArray(
    fc.record({
      ref: fc.constantFrom("S1", "S2", "S3", "S4", "S9"),
      year: fc.constantFrom("2024-25", "2023-24"),
      target: money,
      delivered: fc.constant(0),
      forecast: money,
    }),
    { selector: (y) => `${y.ref}/${y.year}` },
  ),
  savingMilestones: fc.constant([]),
  savingComments: fc.constant([]),
  savingDrivers: fc.constant([]),
  mtfpLines: fc.constant([]),
  mtfpAssumptions: fc.constant([]),
  mtfpScenarios: fc.constant([]),
  measureSettings: fc.constant([]),
  measureValues: fc.constant([]),
  measureComments: fc.constant([]),
  postcodeGrid: fc.constant([]),
  demandCosts: fc.constant([]),
  demandScenarios: fc.constant([]),
  transportSchools: fc.constant([]),
  transportVehicles: fc.constant([]),
  transportNeeds: fc.constant([]),
  transportScenarios: fc.constant([]),
  transportPlans: fc.constant([]),
  scrutinyQuestions: fc.constant([]),
  scrutinyRecommendations: fc.constant([]),
  scrutinyActions: fc.constant([]),
  workProgramme: fc.constant([]),
  scrutinyLinks: fc.constant([]),
  committeeReports: fc.constant([]),
});

const period = fc.integer({ min: 1, max: 12 }) as fc.Arbitrary<PeriodNumber>;

describe("forecastOutturn adds up", () => {
  it("lines make the service-area totals, the areas make the grand total, and forecast = actual + remaining", () => {
    fc.assert(
      fc.property(registers, period, (council, p) => {
        const outturn = forecastOutturn(council, { year: "2024-25", period: p });
        const lines = council.budgetLines.filter((l) => l.year === "2024-25");
        const budgetLines = outturn.lines.filter((l) => l.kind !== "savings");
        expect(budgetLines.map((l) => l.costCentre)).toEqual(lines.map((l) => l.costCentre));
        expect(outturn.lines.filter((l) => l.kind === "savings").length).toBeLessThanOrEqual(1);
        const fields = ["budget", "budgetToDate", "actualToDate", "forecast", "variance"] as const;
        const add = (rows: readonly Omit<AreaTotal, "serviceArea">[], field: (typeof fields)[number]) =>
          rows.reduce((total, row) => total + row[field], 0);
        for (const area of outturn.serviceAreas) {
          const inArea = outturn.lines.filter((l) => l.serviceArea === area.serviceArea);
          for (const field of fields) expect(area[field]).toBe(add(inArea, field));
        }
        for (const field of fields) {
          expect(outturn.total[field]).toBe(add(outturn.lines, field));
          expect(outturn.total[field]).toBe(add(outturn.serviceAreas, field));
        }
        for (const line of outturn.lines) {
          expect(Number.isSafeInteger(line.remaining)).toBe(true);
          expect(line.forecast).toBe(line.actualToDate + line.remaining);
          expect(line.variance).toBe(line.forecast - line.budget);
        }
        if (p === 12) expect(budgetLines.every((l) => l.remaining === 0)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("savings on a budget line change no total; central savings lower the budget by their target and the forecast by their delivery", () => {
    fc.assert(
      fc.property(registers, period, (council, p) => {
        const at = { year: "2024-25", period: p };
        const withSavings = forecastOutturn(council, at);
        const without = forecastOutturn({ ...council, savings: [], savingYears: [] }, at);
        const central = council.savings.flatMap((saving) =>
          saving.costCentre === null
            ? council.savingYears.filter((y) => y.ref === saving.ref && y.year === at.year)
            : [],
        );
        const sum = (pick: (y: (typeof central)[number]) => number) =>
          central.reduce((t, y) => t + pick(y), 0);
        expect(withSavings.total.budget).toBe(without.total.budget - sum((y) => y.target));
        expect(withSavings.total.forecast).toBe(without.total.forecast - sum((y) => y.forecast));
        expect(withSavings.total.actualToDate).toBe(without.total.actualToDate);
        expect(withSavings.total.variance).toBe(without.total.variance + sum((y) => y.target - y.forecast));
      }),
      { numRuns: 200 },
    );
  });
});
