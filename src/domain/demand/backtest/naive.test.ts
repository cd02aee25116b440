import { describe, expect, it } from "vitest";
import { carriedForward, fitLine, linearTrend } from "./naive.js";
import type { ByMeasure } from "./series.js";

const stock = (Total: number, Fostering: number, Residential = 0): ByMeasure => ({
  Total,
  Fostering,
  Residential,
  Supported: 0,
  Other: Total - Fostering - Residential,
});

describe("the naive methods", () => {
  it("carries the start's figures forward, unchanged, to every month end", () => {
    const held = carriedForward(stock(570, 400, 60), ["2022-04-30", "2024-03-31"]);
    expect(held).toEqual([stock(570, 400, 60), stock(570, 400, 60)]);
  });

  it("fits the least-squares line: exact through points on a line, the mean's level through scattered ones", () => {
    const exact = fitLine([
      { day: 0, value: 10 },
      { day: 30, value: 13 },
      { day: 60, value: 16 },
    ]);
    expect(exact?.slope).toBeCloseTo(0.1, 12);
    // y = 1, 3, 2 at x = 0, 1, 2: slope 0.5, through (1, 2).
    const scattered = fitLine([
      { day: 0, value: 1 },
      { day: 1, value: 3 },
      { day: 2, value: 2 },
    ]);
    expect(scattered).toEqual({ meanDay: 1, meanValue: 2, slope: 0.5 });
    expect(fitLine([{ day: 5, value: 1 }])).toBeNull();
  });

  it("extends each measure's own trend, by days between month ends, never below no children", () => {
    // Total rises 0.5 a day from 100 on 31 January 2021 (days 0, 28 and 59); fostering falls 1 a day from 40.
    const earlier = [
      { date: "2021-01-31", stock: stock(100, 40) },
      { date: "2021-02-28", stock: stock(114, 12) },
      { date: "2021-03-31", stock: stock(129.5, 0) },
    ];
    const trend = linearTrend(earlier, ["2021-04-30"]);
    expect(trend?.[0]?.Total).toBeCloseTo(144.5, 9);
    expect(trend?.[0]?.Fostering).toBe(0);
    expect(linearTrend(earlier.slice(0, 1), ["2021-04-30"])).toBeNull();
  });
});
