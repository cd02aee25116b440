import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BUDGET_KINDS } from "../budget/budget.js";
import { fromDay, toDay } from "../calendar/dates.js";
import type { PeriodNumber } from "../calendar/financial.js";
import { englishTermCalendar } from "../calendar/terms.js";
import type { Placement } from "../placements/placement.js";
import { type CouncilRegisters, emptyRegisters } from "../registers.js";
import type { HtstRoute } from "../transport/htst.js";
import type { Post } from "../workforce/post.js";
import type { ManualAdjustment } from "./adjustments.js";
import { forecastOutturn } from "./forecast.js";
import { movement } from "./movement.js";

const YEAR = "2024-25";
const costCentre = fc.constantFrom("C0", "C1", "C2", "C3", "C4");
const date = fc.integer({ min: toDay("2024-01-01"), max: toDay("2025-06-30") }).map(fromDay);
const money = fc.integer({ min: -500_000, max: 50_000_000 });
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const period = fc.integer({ min: 1, max: 12 }) as fc.Arbitrary<PeriodNumber>;

const placement: fc.Arbitrary<Placement> = fc.record({
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
  healthContribution: fc.integer({ min: 0, max: 100_000 }),
  educationContribution: fc.constant(0),
  area: fc.constant("out" as const),
});
const post: fc.Arbitrary<Post> = fc.record({
  postRef: fc.uuid(),
  team: fc.constant("T"),
  role: fc.constant("R"),
  costCentre,
  fte: fc.constantFrom(0.5, 1),
  status: fc.constantFrom("permanent" as const, "agency" as const, "vacant" as const),
  annualCost: optional(fc.integer({ min: 0, max: 10_000_000 })),
  dayRate: optional(fc.integer({ min: 0, max: 100_000 })),
  start: date,
  end: optional(date),
});
const route: fc.Arbitrary<HtstRoute> = fc.record({
  routeRef: fc.uuid(),
  costCentre,
  operator: fc.constant("O"),
  dailyCost: optional(fc.integer({ min: 0, max: 50_000 })),
  dailyMiles: fc.constant(null),
  ratePerMile: fc.constant(null),
  occupancy: fc.constant("single" as const),
  passengerAssistant: fc.constant(false),
  assistantDailyCost: fc.constant(0),
  start: date,
  end: optional(date),
});
const adjustment: fc.Arbitrary<ManualAdjustment> = fc.record({
  ref: fc.uuid(),
  year: fc.constant(YEAR),
  period,
  costCentre,
  amount: money,
  comment: fc.constant("why"),
  by: fc.constant("who"),
});

/** What may happen to a row between the two forecasts. */
const edit: fc.Arbitrary<Edit> = fc.record({
  what: fc.constantFrom("keep", "drop", "re-price", "end"),
  cost: fc.integer({ min: 0, max: 1_500_000 }),
  on: date,
});
type Edit = { what: "keep" | "drop" | "re-price" | "end"; cost: number; on: string };
function edited<T extends { end: string | null }>(rows: T[], edits: Edit[], price: keyof T): T[] {
  return rows.flatMap((row, i) => {
    const e = edits[i % Math.max(1, edits.length)];
    if (!e || e.what === "keep") return [row];
    if (e.what === "drop") return [];
    return [e.what === "end" ? { ...row, end: e.on } : { ...row, [price]: e.cost }];
  });
}

const scenario = fc.record({
  lines: fc.uniqueArray(fc.record({ costCentre, kind: fc.constantFrom(...BUDGET_KINDS) }), {
    selector: (l) => l.costCentre,
    minLength: 1,
  }),
  actuals: fc.array(fc.record({ period, costCentre, amount: money }), { maxLength: 40 }),
  placements: fc.array(placement, { maxLength: 12 }),
  workforce: fc.array(post, { maxLength: 8 }),
  htstRoutes: fc.array(route, { maxLength: 8 }),
  adjustments: fc.array(adjustment, { maxLength: 6 }),
  later: fc.record({
    edits: fc.array(edit, { maxLength: 20 }),
    placements: fc.array(placement, { maxLength: 4 }),
    workforce: fc.array(post, { maxLength: 3 }),
    htstRoutes: fc.array(route, { maxLength: 3 }),
    actuals: fc.array(fc.record({ period, costCentre, amount: money }), { maxLength: 10 }),
    adjustments: fc.array(adjustment, { maxLength: 4 }),
  }),
  at: fc.integer({ min: 2, max: 12 }) as fc.Arbitrary<PeriodNumber>,
  // Forecast delivery of a central saving and of one on a line, then and now (a change moves the savings line).
  savingForecasts: fc.tuple(money, money, money, money),
});

const calendar = englishTermCalendar(2024);
const SAVING = {
  category: "Reduce",
  programme: "",
  name: "",
  description: "",
  owner: "",
  brag: "red" as const,
};
const savingYears = (central: number, onLine: number) => [
  { ref: "S1", year: YEAR, target: 500_000, delivered: 0, forecast: central },
  { ref: "S2", year: YEAR, target: 500_000, delivered: 0, forecast: onLine },
];

describe("movement adds up", () => {
  it("every line's reasons add up to its movement to the penny, and the lines to the total", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const base: CouncilRegisters = {
          ...emptyRegisters(),
          terms: calendar.terms,
          closures: calendar.closures,
          budgetLines: s.lines.map((l) => ({
            ...l,
            year: YEAR,
            name: l.costCentre,
            serviceArea: "A",
            annualBudget: 0,
            profile: Array(12).fill(0),
          })),
          actuals: s.actuals.map((a) => ({ ...a, year: YEAR })),
          placements: s.placements,
          workforce: s.workforce,
          htstRoutes: s.htstRoutes,
          adjustments: s.adjustments,
          savings: [
            { ...SAVING, ref: "S1", costCentre: null },
            { ...SAVING, ref: "S2", costCentre: s.lines[0]?.costCentre ?? null },
          ],
          savingYears: savingYears(s.savingForecasts[0], s.savingForecasts[1]),
        };
        const later: CouncilRegisters = {
          ...base,
          actuals: [...base.actuals, ...s.later.actuals.map((a) => ({ ...a, year: YEAR }))],
          placements: [...edited(s.placements, s.later.edits, "weeklyCost"), ...s.later.placements],
          workforce: [...edited(s.workforce, s.later.edits, "annualCost"), ...s.later.workforce],
          htstRoutes: [...edited(s.htstRoutes, s.later.edits, "dailyCost"), ...s.later.htstRoutes],
          adjustments: [...s.adjustments, ...s.later.adjustments],
          savingYears: savingYears(s.savingForecasts[2], s.savingForecasts[3]),
        };
        const previous = forecastOutturn(base, { year: YEAR, period: (s.at - 1) as PeriodNumber });
        const current = forecastOutturn(later, { year: YEAR, period: s.at });
        const moved = movement(previous, current, later.adjustments);

        for (const line of moved.lines) {
          expect(line.reasons.reduce((t, r) => t + r.amount, 0)).toBe(line.movement);
          expect(line.movement).toBe(line.current - line.previous);
          for (const r of line.reasons) {
            if (r.details.length > 0) expect(r.details.reduce((t, d) => t + d.amount, 0)).toBe(r.amount);
          }
        }
        expect(moved.total.previous).toBe(previous.total.forecast);
        expect(moved.total.current).toBe(current.total.forecast);
        expect(moved.reasons.reduce((t, r) => t + r.amount, 0)).toBe(moved.total.movement);
      }),
      { numRuns: 300 },
    );
  });
});
