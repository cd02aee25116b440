import { describe, expect, it } from "vitest";
import { compareBacktest, errorsOf } from "./errors.js";
import type { ByMeasure } from "./series.js";

const stock = (Fostering: number, Residential: number): ByMeasure => ({
  Total: Fostering + Residential,
  Fostering,
  Residential,
  Supported: 0,
  Other: 0,
});

describe("the backtest's errors", () => {
  it("averages the absolute miss in children and as a share of the children looked after", () => {
    expect(errorsOf([100, 200], [110, 180])).toEqual({ mae: 15, mape: 0.1 });
  });

  it("leaves month ends with no child looked after out of the percentage but not the children, and says when none had any", () => {
    expect(errorsOf([0, 50], [2, 45])).toEqual({ mae: 3.5, mape: 0.1 });
    expect(errorsOf([0, 0], [1, 0])).toEqual({ mae: 0.5, mape: null });
  });

  it("scores the model and both naive methods on the same month ends, and says which the model beat", () => {
    const monthEnds = ["2022-04-30", "2022-05-31"];
    const comparison = compareBacktest({
      monthEnds,
      // Fostering fell by 10 a month to 210 at the start, then 20 and 10; residential stays at 50.
      actual: [stock(190, 50), stock(180, 50)],
      model: [stock(195, 50), stock(190, 55)],
      atStart: stock(210, 50),
      earlier: [
        { date: "2022-01-31", stock: stock(230, 50) },
        { date: "2022-02-28", stock: stock(220, 50) },
        { date: "2022-03-31", stock: stock(210, 50) },
      ],
    });
    expect(comparison.actual.Total).toEqual([240, 230]);
    expect(comparison.model.errors.Total.mae).toBe(10);
    expect(comparison.model.errors.Residential).toEqual({ mae: 2.5, mape: 0.05 });
    expect(comparison.model.errors.Fostering.mae).toBe(7.5);
    expect(comparison.carried.values.Fostering).toEqual([210, 210]);
    expect(comparison.carried.errors.Fostering.mae).toBe(25);
    // Fitted by days (0, 28, 59): slope -590/1742 a day through (29, 220), so 199.68 and 189.18.
    expect(comparison.trendMonths).toBe(3);
    expect(comparison.trend?.values.Fostering[0]).toBeCloseTo(220 - (60 * 590) / 1742, 9);
    expect(comparison.trend?.errors.Fostering.mae).toBeCloseTo(9.4288, 4);
    expect(comparison.beats.Fostering).toEqual({ carried: true, trend: true });
    // Residential: the naive methods are exact, the model is not.
    expect(comparison.carried.errors.Residential.mae).toBe(0);
    expect(comparison.beats.Residential).toEqual({ carried: false, trend: false });
    expect(comparison.model.errors.Supported).toEqual({ mae: 0, mape: null });
  });

  it("has no trend when fewer than two earlier month ends are known", () => {
    const comparison = compareBacktest({
      monthEnds: ["2022-04-30"],
      actual: [stock(190, 50)],
      model: [stock(190, 50)],
      atStart: stock(200, 50),
      earlier: [{ date: "2022-03-31", stock: stock(200, 50) }],
    });
    expect(comparison.trend).toBeNull();
    expect(comparison.beats.Total).toEqual({ carried: true, trend: null });
  });
});
