import { describe, expect, it } from "vitest";
import type { MeasureDefinition } from "./measure.js";
import { addMonths, historyPoints, yearTo } from "./points.js";
import { directionOf, ragOf } from "./rag.js";

type Rated = Pick<MeasureDefinition, "target" | "tolerance" | "polarity" | "unit">;
const higher: Rated = { target: 50, tolerance: 5, polarity: "higher-better", unit: "percent" };
const lower: Rated = { target: 10, tolerance: 1, polarity: "lower-better", unit: "percent" };

describe("RAG against the target with the amber tolerance", () => {
  it("rates a higher-better measure green from the target up, amber down to the tolerance's edge, red below", () => {
    expect([60, 50, 49.9, 45, 44.9].map((v) => ragOf(v, higher))).toEqual([
      "green",
      "green",
      "amber",
      "amber",
      "red",
    ]);
  });

  it("rates a lower-better measure green from the target down, amber up to the tolerance's edge, red above", () => {
    expect([2, 10, 10.1, 11, 11.1].map((v) => ragOf(v, lower))).toEqual([
      "green",
      "green",
      "amber",
      "amber",
      "red",
    ]);
  });

  it("rates the value as shown: 44.96% shows as 45.0%, on the amber edge", () => {
    expect(ragOf(44.96, higher)).toBe("amber");
    expect(ragOf(10.04, lower)).toBe("green");
  });

  it("does not rate a neutral measure, one without a target, or a missing value", () => {
    expect(ragOf(80, { ...higher, polarity: "neutral" })).toBeNull();
    expect(ragOf(80, { ...higher, target: null })).toBeNull();
    expect(ragOf(null, higher)).toBeNull();
  });

  it("rates money in pence with a tolerance in pence", () => {
    const cost: Rated = { target: 5_500_00, tolerance: 500_00, polarity: "lower-better", unit: "pence" };
    expect([5_500_00, 6_000_00, 6_000_01].map((v) => ragOf(v, cost))).toEqual(["green", "amber", "red"]);
  });
});

describe("direction of travel", () => {
  it("is improving or worsening by the polarity, up or down when neutral", () => {
    expect(directionOf(12, 10, higher)).toBe("improving");
    expect(directionOf(12, 10, lower)).toBe("worsening");
    expect(directionOf(8, 10, lower)).toBe("improving");
    expect(directionOf(12, 10, { ...higher, polarity: "neutral" })).toBe("up");
    expect(directionOf(8, 10, { ...higher, polarity: "neutral" })).toBe("down");
  });

  it("is the same when the change does not show, and unknown without both values", () => {
    expect(directionOf(10.01, 10.04, lower)).toBe("same");
    expect(directionOf(10, null, lower)).toBeNull();
  });
});

describe("history points and windows", () => {
  it("takes the 12 periods to a monthly measure's period, across the year end", () => {
    const points = historyPoints({ year: "2024-25", period: 3 }, "monthly");
    expect(points.map((p) => p.period)).toEqual([
      ...[4, 5, 6, 7, 8, 9, 10, 11, 12].map((n) => `2023-24:P${n}`),
      ...[1, 2, 3].map((n) => `2024-25:P${n}`),
    ]);
    expect(points.at(-1)?.asAt).toBe("2024-06-30");
  });

  it("takes 12 years for an annual measure, each earlier year at 31 March", () => {
    const points = historyPoints({ year: "2024-25", period: 7 }, "annual");
    expect(points).toHaveLength(12);
    expect(points[0]?.period).toBe("2013-14:P12");
    expect(points.slice(-2).map((p) => [p.period, p.asAt])).toEqual([
      ["2023-24:P12", "2024-03-31"],
      ["2024-25:P7", "2024-10-31"],
    ]);
  });

  it("looks back 12 months, 2½ years and 2 years as the DfE does", () => {
    expect(yearTo("2024-03-31")).toEqual({ from: "2023-04-01", to: "2024-03-31" });
    expect(yearTo("2024-10-31")).toEqual({ from: "2023-11-01", to: "2024-10-31" });
    expect(addMonths("2024-03-31", -30)).toBe("2021-09-30");
    expect(addMonths("2024-03-31", -24)).toBe("2022-03-31");
    expect(addMonths("2008-02-29", 16 * 12)).toBe("2024-02-29");
  });
});
