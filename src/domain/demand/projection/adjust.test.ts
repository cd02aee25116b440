import { describe, expect, it } from "vitest";
import type { DemandRates, StateName } from "../model.js";
import { adjustRates } from "./adjust.js";

const F = "10 to 16 - Fostering" as StateName;
const R = "10 to 16 - Residential" as StateName;
const N = "10 to 16 - Not in care" as StateName;

const base: DemandRates = {
  states: [F, N, R],
  transitions: [
    { from: F, to: F, rate: 0.1 },
    { from: F, to: N, rate: 0.3 },
    { from: F, to: R, rate: 0.4 },
    { from: R, to: F, rate: 0.2 },
    { from: R, to: N, rate: 0.1 },
  ],
  entries: [
    { to: F, perDay: 0.5 },
    { to: N, perDay: 0 },
    { to: R, perDay: 0.25 },
  ],
};
const rate = (r: DemandRates, from: StateName, to: StateName) =>
  r.transitions.find((t) => t.from === from && t.to === to)?.rate;

describe("adjustRates", () => {
  it("multiplies or adds, never below 0, leaving the base as it was", () => {
    const before = structuredClone(base);
    const adjusted = adjustRates(base, [
      { from: R, to: F, multiply: 2 },
      { from: R, to: N, add: -0.5 },
    ]);
    expect(rate(adjusted, R, F)).toBeCloseTo(0.4, 15);
    expect(rate(adjusted, R, N)).toBe(0);
    expect(base).toEqual(before);
    expect(adjustRates(base, [])).toEqual(base);
  });

  it("uses the multiplier where it is not 1, and the addition otherwise", () => {
    const both = adjustRates(base, [{ from: R, to: F, multiply: 3, add: 0.5 }]);
    expect(rate(both, R, F)).toBeCloseTo(0.6, 15);
    const addOnly = adjustRates(base, [{ from: R, to: F, multiply: 1, add: 0.05 }]);
    expect(rate(addOnly, R, F)).toBeCloseTo(0.25, 15);
  });

  it("changes entry rates without ever scaling them back", () => {
    const adjusted = adjustRates(base, [
      { from: null, to: F, add: 2 },
      { from: null, to: R, multiply: 0 },
    ]);
    expect(adjusted.entries).toEqual([
      { to: F, perDay: 2.5 },
      { to: N, perDay: 0 },
      { to: R, perDay: 0 },
    ]);
    expect(adjusted.transitions).toEqual(base.transitions);
  });

  it("scales a state's other rates into what is left when the changed ones sum to less than 1", () => {
    // Fostering: 0.1 + 0.3 + 0.8 = 1.2 > 1; the changed 0.8 keeps, 0.1 and 0.3 share 0.2.
    const adjusted = adjustRates(base, [{ from: F, to: R, add: 0.4 }]);
    expect(rate(adjusted, F, R)).toBeCloseTo(0.8, 15);
    expect(rate(adjusted, F, F)).toBeCloseTo(0.05, 15);
    expect(rate(adjusted, F, N)).toBeCloseTo(0.15, 15);
    // Residential's rates are as they were.
    expect(rate(adjusted, R, F)).toBe(0.2);
  });

  it("scales the changed rates to 1 and the others to 0 when the changed ones reach 1", () => {
    const adjusted = adjustRates(base, [
      { from: F, to: R, multiply: 4 },
      { from: F, to: N, multiply: 2 },
    ]);
    expect(rate(adjusted, F, R)).toBeCloseTo(1.6 / 2.2, 15);
    expect(rate(adjusted, F, N)).toBeCloseTo(0.6 / 2.2, 15);
    expect(rate(adjusted, F, F)).toBe(0);
  });

  it("ignores a change to a rate the model does not hold, and combines changes to the same rate", () => {
    const adjusted = adjustRates(base, [
      { from: N, to: F, add: 0.5 },
      { from: R, to: F, multiply: 2 },
      { from: R, to: F, multiply: 1.5 },
    ]);
    expect(adjusted.transitions).toHaveLength(base.transitions.length);
    expect(rate(adjusted, R, F)).toBeCloseTo(0.6, 15);
  });

  it("refuses a change that is not a number", () => {
    expect(() => adjustRates(base, [{ from: R, to: F, multiply: Number.NaN }])).toThrow(RangeError);
  });
});
