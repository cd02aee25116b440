import { describe, expect, it } from "vitest";
import { schoolDayCounter } from "../calendar/terms.js";
import type { HtstRoute } from "./htst.js";
import { routeCost, routeDailyCost } from "./route-cost.js";

const route: HtstRoute = {
  routeRef: "R1",
  costCentre: "TR",
  operator: "Cabs Ltd",
  dailyCost: 9_000,
  dailyMiles: 30,
  ratePerMile: 200,
  occupancy: "shared",
  passengerAssistant: true,
  assistantDailyCost: 3_000,
  start: "2024-09-02",
  end: null,
};
// November 2024 in term with no closures: 21 school days
const november = schoolDayCounter({
  terms: [{ name: "Autumn", start: "2024-09-02", end: "2024-12-20" }],
  closures: [],
});

describe("routeDailyCost", () => {
  it("uses the fixed daily price before miles × rate, plus the assistant", () => {
    expect(routeDailyCost(route)).toBe(12_000);
    expect(routeDailyCost({ ...route, dailyCost: null })).toBe(9_000);
  });

  it("rounds miles × rate once, half away from zero, exactly in decimal", () => {
    // 12.5 × 185 = 2312.5 → 2313; 1.005 × 100 = 100.5 → 101
    expect(
      routeDailyCost({
        ...route,
        dailyCost: null,
        dailyMiles: 12.5,
        ratePerMile: 185,
        assistantDailyCost: 0,
      }),
    ).toBe(2_313);
    expect(
      routeDailyCost({
        ...route,
        dailyCost: null,
        dailyMiles: 1.005,
        ratePerMile: 100,
        assistantDailyCost: 0,
      }),
    ).toBe(101);
  });

  it("has no price without a daily cost or both miles and rate", () => {
    expect(routeDailyCost({ ...route, dailyCost: null, ratePerMile: null })).toBeNull();
    expect(routeDailyCost({ ...route, dailyCost: null, dailyMiles: null })).toBeNull();
  });
});

describe("routeCost", () => {
  it("costs the daily price for each school day the route runs", () => {
    expect(routeCost(route, "2024-11-01", "2024-11-30", november)).toBe(252_000);
    // ends Fri 15 Nov: 11 school days
    expect(routeCost({ ...route, end: "2024-11-15" }, "2024-11-01", "2024-11-30", november)).toBe(132_000);
    // starts Mon 25 Nov: 5 school days
    expect(routeCost({ ...route, start: "2024-11-25" }, "2024-11-01", "2024-11-30", november)).toBe(60_000);
  });

  it("returns null only for an unpriced route that runs in the span", () => {
    const unpriced = { ...route, dailyCost: null, dailyMiles: null };
    expect(routeCost(unpriced, "2024-11-01", "2024-11-30", november)).toBeNull();
    expect(routeCost({ ...unpriced, end: "2024-10-31" }, "2024-11-01", "2024-11-30", november)).toBe(0);
  });
});
