import { describe, expect, it } from "vitest";
import type { DemandRates, DemandSettings, StateName } from "../model.js";
import { child, historyOf } from "./history.fixture.js";
import { projectDemand, projectFrom, transitionMatrix } from "./project.js";

const F = "10 to 16 - Fostering" as StateName;
const N = "10 to 16 - Not in care" as StateName;
const rates: DemandRates = {
  states: [F, N],
  transitions: [
    { from: F, to: F, rate: 0.02 },
    { from: F, to: N, rate: 0.1 },
  ],
  entries: [
    { to: F, perDay: 1 },
    { to: N, perDay: 0 },
  ],
};
const settings: DemandSettings = {
  referenceStart: "2023-03-31",
  referenceEnd: "2024-03-31",
  start: "2024-03-31",
  days: 2,
  compatibility: "outturn",
};

describe("projectFrom", () => {
  it("keeps a child in a state with 1 less the chance of leaving it, and a state nothing leaves keeps its children", () => {
    // Column-major by source: Fostering stays 0.9 (a move within fostering is no move), leaves 0.1.
    expect([...transitionMatrix(rates)]).toEqual([0.9, 0.1, 0, 1]);
  });

  it("moves the population a day at a time and adds each day's spread to the variance", () => {
    const p = projectFrom(rates, [10, 0], settings);
    expect(p.dates).toEqual(["2024-04-01", "2024-04-02"]);
    // Day 1: 0.9 × 10 + 1 = 10 stay or arrive, 1 has left; variance 0.9 × 0.1 × 10 + 1 and 0.1 × 0.9 × 10.
    expect([...(p.population[0] ?? [])]).toEqual([10, 1]);
    expect(p.variance[0]?.[0]).toBeCloseTo(1.9, 12);
    expect(p.variance[0]?.[1]).toBeCloseTo(0.9, 12);
    // Day 2: the same again, the variance adding up.
    expect([...(p.population[1] ?? [])]).toEqual([10, 2]);
    expect(p.variance[1]?.[0]).toBeCloseTo(3.8, 12);
    expect(p.variance[1]?.[1]).toBeCloseTo(1.8, 12);
    expect(p.initial).toEqual([10, 0]);
  });

  it("applies an adjustment only on the days of its window, carrying stock and variance across its edges", () => {
    const none = { from: F, to: N, multiply: 0, firstDay: "2024-04-02", lastDay: "2024-04-02" } as const;
    const p = projectFrom(rates, [10, 0], { ...settings, days: 3 }, [none]);
    // Day 1 as without it; on day 2 nobody leaves fostering; day 3 the base rates again, from day 2's stock.
    expect([...(p.population[0] ?? [])]).toEqual([10, 1]);
    expect([...(p.population[1] ?? [])]).toEqual([11, 1]);
    expect(p.population[2]?.[0]).toBeCloseTo(0.9 * 11 + 1, 12);
    expect(p.population[2]?.[1]).toBeCloseTo(1 + 1.1, 12);
    // Nobody moves on day 2, so only its entrants add to the variance; day 3 adds 0.09 × 11 + 1 to each.
    expect(p.variance[1]?.[0]).toBeCloseTo(1.9 + 1, 12);
    expect(p.variance[2]?.[1]).toBeCloseTo(0.9 + 0.99, 12);
    // The rates reported are those inside the window.
    expect(p.rates.transitions.find((t) => t.to === N)?.rate).toBe(0);
  });

  it("runs from 1 day to 4 years, and needs a stock for every state", () => {
    expect(projectFrom(rates, [1, 0], { ...settings, days: 1461 }).population).toHaveLength(1461);
    expect(() => projectFrom(rates, [1, 0], { ...settings, days: 1462 })).toThrow(RangeError);
    expect(() => projectFrom(rates, [1, 0], { ...settings, days: 0 })).toThrow(RangeError);
    expect(() => projectFrom(rates, [1], settings)).toThrow(RangeError);
  });
});

describe("projectDemand", () => {
  const history = historyOf(
    child("A", "2012-01-01", [["2023-01-01", "2023-06-01", "U4"]]),
    child("B", "2012-01-01", [["2023-01-01", null, "U4"]]),
    child("C", "2012-02-01", [["2023-03-01", "2023-09-01", "U4"]]),
    child("D", "2012-03-01", [["2023-05-01", null, "U4"]]),
  );
  const mine: DemandSettings = {
    ...settings,
    referenceStart: "2023-04-01",
    referenceEnd: "2023-12-31",
    start: "2023-12-31",
    days: 30,
  };

  it("starts from the stock on the start day and applies the scenario's changes, the base coming back without them", () => {
    const base = projectDemand(history, mine);
    expect(base.initial[base.states.indexOf("10 to 16 - Fostering")]).toBe(2);
    const fewer = projectDemand(history, mine, [{ from: null, to: "10 to 16 - Fostering", multiply: 0 }]);
    const fostering = (p: typeof base) =>
      p.population[29]?.[p.states.indexOf("10 to 16 - Fostering")] as number;
    expect(fostering(fewer)).toBeLessThan(fostering(base));
    expect(fewer.rates.entries.every((e) => e.perDay === 0)).toBe(true);
    expect(projectDemand(history, mine, [])).toEqual(base);
  });
});
