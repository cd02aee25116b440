import { describe, expect, it } from "vitest";
import type { LedgerActual } from "../budget/budget.js";
import type { PeriodNumber } from "../calendar/financial.js";
import { accuracySummary, forecastAccuracy } from "./accuracy.js";
import type { ForecastLine, ForecastOutturn } from "./forecast.js";

type Figures = Pick<ForecastLine, "costCentre" | "kind" | "actualToDate" | "forecast">;

function snapshot(period: string, lines: Figures[]): ForecastOutturn {
  const full = lines.map(
    (l): ForecastLine => ({
      ...l,
      name: l.costCentre,
      serviceArea: "CLA",
      basis: "commitment",
      budget: 0,
      budgetToDate: 0,
      remaining: l.forecast - l.actualToDate,
      drivers: [],
      variance: 0,
    }),
  );
  const total = { budget: 0, budgetToDate: 0, actualToDate: 0, forecast: 0, variance: 0 };
  return {
    period,
    asAt: "",
    daysRemaining: 0,
    lines: full,
    serviceAreas: [],
    total,
    items: [],
    warnings: [],
  };
}

const months = Array.from({ length: 12 }, (_, i) => (i + 1) as PeriodNumber);
// CC1 spent £9,000 a month in P1–P3 and £10,000 after: an outturn of £117,000. CC2 spent £1,000 a month.
const ACTUALS: LedgerActual[] = months
  .flatMap((period) => [
    { year: "2023-24", period, costCentre: "CC1", amount: period <= 3 ? 9_000_00 : 10_000_00 },
    { year: "2023-24", period, costCentre: "CC2", amount: 1_000_00 },
    { year: "2024-25", period, costCentre: "CC1", amount: 0 },
  ])
  .filter((a) => a.year === "2023-24" || a.period <= 3);

const SNAPSHOTS = [
  snapshot("2024-25:P3", [{ costCentre: "CC1", kind: "placements", actualToDate: 0, forecast: 5_00 }]),
  snapshot("2023-24:P3", [
    { costCentre: "CC1", kind: "placements", actualToDate: 27_000_00, forecast: 120_000_00 },
    { costCentre: "CC2", kind: "other", actualToDate: 3_000_00, forecast: 12_000_00 },
  ]),
];

describe("forecastAccuracy", () => {
  const accuracy = forecastAccuracy(SNAPSHOTS, ACTUALS);

  it("sets each closed year's forecasts against its outturn, beside the run-rate forecast", () => {
    // 2024-25 has no P12 actuals, so it is not closed and not measured.
    expect(accuracy.years).toEqual(["2023-24"]);
    const [p3] = accuracy.periods;
    // CC1: £120,000 forecast against £117,000 is £3,000 (2.56%) too high; the run-rate,
    // £27,000 ÷ 3 × 12 = £108,000, is £9,000 (7.69%) too low.
    expect(p3?.kinds.placements).toMatchObject({
      forecast: 120_000_00,
      naive: 108_000_00,
      outturn: 117_000_00,
      error: 3_000_00,
      naiveError: -9_000_00,
    });
    expect(p3?.kinds.placements?.errorPercent).toBeCloseTo(2.564, 3);
    expect(p3?.kinds.placements?.naivePercent).toBeCloseTo(-7.692, 3);
    // In total: £132,000 and £120,000 against £129,000.
    expect(p3?.total).toMatchObject({ forecast: 132_000_00, naive: 120_000_00, outturn: 129_000_00 });
    expect(p3?.lines.map((l) => [l.costCentre, l.error, l.naiveError])).toEqual([
      ["CC1", 3_000_00, -9_000_00],
      ["CC2", 0, 0],
    ]);
  });

  it("says how close the forecasts were for the report", () => {
    expect(accuracySummary(accuracy, 3)).toBe(
      "Forecasts at P3 were within ±2.3% of the outturn in the last year (a run-rate forecast: within ±7.0%)",
    );
    expect(accuracySummary(accuracy, 3, "placements")).toBe(
      "Placements forecasts at P3 were within ±2.6% of the outturn in the last year (a run-rate forecast: within ±7.7%)",
    );
    expect(accuracySummary(accuracy, 6)).toBe(
      "Forecasts at P6 cannot be measured yet: no closed year has a forecast frozen at P6",
    );
  });
});
