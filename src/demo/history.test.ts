/** Demoshire's history: the registers as they stood at past period ends, the movement and the accuracy. */
import { beforeAll, describe, expect, it } from "vitest";
import { comparePeriods, type PeriodRef, periodsOf } from "../domain/calendar/financial.js";
import { accuracySummary, type ForecastAccuracy, forecastAccuracy } from "../domain/outturn/accuracy.js";
import { type ForecastOutturn, forecastOutturn } from "../domain/outturn/forecast.js";
import { movement } from "../domain/outturn/movement.js";
import { registersAsAt } from "./as-at.js";
import { BUDGET_YEARS } from "./budget.js";
import { DEMOSHIRE_SEED, type SimulatedCouncil, simulateCouncil } from "./generate.js";

const P6: PeriodRef = { year: "2024-25", period: 6 };
let demo: SimulatedCouncil;
let snapshots: ForecastOutturn[];
let accuracy: ForecastAccuracy;

beforeAll(() => {
  demo = simulateCouncil({ seed: DEMOSHIRE_SEED, scale: 1, asAt: "2024-25:P7" });
  const past = BUDGET_YEARS.flatMap(periodsOf).filter((ref) => comparePeriods(ref, demo.asAt) < 0);
  snapshots = past.map((ref) => forecastOutturn(registersAsAt(demo, ref), ref));
  accuracy = forecastAccuracy(snapshots, demo.registers.actuals);
});

describe("registersAsAt", () => {
  it("knows only what had happened by the period end, at the prices in force then", () => {
    const then = registersAsAt(demo, { year: "2022-23", period: 12 });
    expect(then.placements.every((p) => p.start <= "2023-03-31" && (p.end ?? "") <= "2023-03-31")).toBe(true);
    expect(then.workforce.every((p) => p.start <= "2023-03-31" && (p.end ?? "") <= "2023-03-31")).toBe(true);
    expect(then.actuals.every((a) => a.year <= "2022-23")).toBe(true);
    expect(then.budgetLines.some((l) => l.year === "2023-24")).toBe(false);
    // PL000001 cost £255 a week from April 2022 and £286 from April 2023, when the register shows £303.
    const first = (at: PeriodRef) =>
      registersAsAt(demo, at).placements.find((p) => p.placementRef === "PL000001");
    expect(first({ year: "2022-23", period: 12 })?.weeklyCost).toBe(255_00);
    expect(first({ year: "2023-24", period: 1 })?.weeklyCost).toBe(286_00);
    expect(demo.registers.placements.find((p) => p.placementRef === "PL000001")?.weeklyCost).toBe(303_00);
  });
});

describe("Demoshire's movement from P6 to P7", () => {
  it("adds up to the penny on every line, and names the manual adjustment made in P7", () => {
    const previous = snapshots.find((s) => s.period === "2024-25:P6") as ForecastOutturn;
    const current = forecastOutturn(demo.registers, demo.asAt);
    const moved = movement(previous, current, demo.registers.adjustments);
    expect(moved.lines).toHaveLength(current.lines.length);
    for (const line of moved.lines) {
      expect(line.reasons.reduce((t, r) => t + r.amount, 0)).toBe(line.movement);
    }
    expect(moved.total.movement).toBe(current.total.forecast - previous.total.forecast);
    const reasons = moved.reasons.map((r) => r.reason);
    expect(reasons).toEqual(
      expect.arrayContaining(["new-placements", "ended-placements", "spend-against-forecast"]),
    );
    const assessment = moved.lines.find((l) => l.costCentre === "SW-ASMT");
    expect(assessment?.reasons.find((r) => r.reason === "adjustments")?.details).toEqual([
      {
        ref: "ADJ-2024-003",
        amount: 18_500_00,
        note: "Backdated market supplement for senior practitioners, agreed in October (Finance business partner, children's services)",
      },
    ]);
    expect(registersAsAt(demo, P6).adjustments.map((a) => a.ref)).toEqual(["ADJ-2024-001", "ADJ-2024-002"]);
  });
});

describe("Demoshire's forecast accuracy", () => {
  it("measures the three closed years, and at P12 each forecast is the outturn exactly", () => {
    expect(accuracy.years).toEqual(["2021-22", "2022-23", "2023-24"]);
    expect(accuracy.periods).toHaveLength(36);
    for (const p of accuracy.periods.filter((p) => p.period === 12)) {
      expect(p.total.error).toBe(0);
      expect(p.total.outturn).toBe(
        demo.registers.actuals.filter((a) => a.year === p.year).reduce((t, a) => t + a.amount, 0),
      );
    }
    expect(accuracySummary(accuracy, 12)).toBe(
      "Forecasts at P12 were within ±0.0% of the outturn in the last 3 years (a run-rate forecast: within ±0.0%)",
    );
  });
});
