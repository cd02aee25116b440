/**
 * The sentences shown beside the forecast: the movement since the last closed period with its
 * largest reasons, and the measured accuracy of forecasts at this point of the year.
 */
import { describe, expect, it } from "vitest";
import type { PeriodNumber } from "../domain/calendar/financial.js";
import { forecastOutturn } from "../domain/outturn/forecast.js";
import type { ForecastMovement, MovementReason } from "../domain/outturn/movement.js";
import { type CouncilRegisters, emptyRegisters } from "../domain/registers.js";
import { actual, budgetLine } from "../store/sample-rows.js";
import { forecastSentences, movementSentence, previousSnapshot } from "./forecast-sentences.js";

const reason = (words: string, amount: number): MovementReason => ({
  reason: "new-placements",
  words,
  amount,
  details: [],
});

describe("movementSentence", () => {
  it("says how far the forecast moved and names the three largest reasons, largest first", () => {
    // +£200,000 − £50,000 + £30,000 + £1 = +£180,001; the £1 is too small to name.
    const moved: ForecastMovement = {
      from: "2024-25:P6",
      to: "2024-25:P7",
      lines: [],
      total: { previous: 0, current: 180_001_00, movement: 180_001_00 },
      reasons: [
        reason("Spend in the month against forecast", -50_000_00),
        reason("New placements", 200_000_00),
        reason("New routes from September", 1_00),
        reason("Price changes", 30_000_00),
      ],
    };
    expect(movementSentence(moved)).toBe(
      "Since 2024-25:P6 the forecast outturn rose by £180,001; the largest reasons: new placements +£200,000, spend in the month against forecast -£50,000, price changes +£30,000.",
    );
    const still = { ...moved, total: { ...moved.total, movement: 0 }, reasons: [] };
    expect(movementSentence(still)).toBe("Since 2024-25:P6 the forecast outturn did not change.");
  });
});

describe("forecastSentences", () => {
  // One run-rate line, £10,000 spent each month: 2023-24 closed at £120,000.
  const months = (year: string, to: number) =>
    Array.from({ length: to }, (_, i) =>
      actual(1, { year, period: (i + 1) as PeriodNumber, amount: 10_000_00 }),
    );
  const registers: CouncilRegisters = {
    ...emptyRegisters(),
    budgetLines: [budgetLine(1, { kind: "other" }), budgetLine(1, { kind: "other", year: "2023-24" })],
    actuals: [...months("2023-24", 12), ...months("2024-25", 7)],
  };
  const at = (year: string, period: PeriodNumber) => forecastOutturn(registers, { year, period });

  it("gives the accuracy at this period and the movement from the period before, when it was closed", () => {
    const snapshots = [at("2023-24", 7), at("2024-25", 6)];
    const sentences = forecastSentences(at("2024-25", 7), registers, snapshots);
    // At 2023-24 P7 the run-rate forecast £70,000 ÷ 7 × 12 = £120,000, the outturn: within ±0.0%.
    expect(sentences.accuracy).toBe(
      "Forecasts at P7 were within ±0.0% of the outturn in the last year (a run-rate forecast: within ±0.0%).",
    );
    expect(sentences.movement).toMatch(/^Since 2024-25:P6 the forecast outturn /);
    expect(previousSnapshot(at("2024-25", 7), snapshots)?.period).toBe("2024-25:P6");
  });

  it("says when accuracy cannot be measured yet, and gives no movement without last period's snapshot", () => {
    const sentences = forecastSentences(at("2024-25", 7), registers, [at("2024-25", 5)]);
    expect(sentences.accuracy).toBe(
      "Forecasts at P7 cannot be measured yet: no closed year has a forecast frozen at P7.",
    );
    expect(sentences.movement).toBeNull();
  });
});
