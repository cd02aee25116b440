import { describe, expect, it } from "vitest";
import { compoundGrowth, decimalFraction, grossOfFunded, percentOf } from "./percent.js";

describe("percentages on pence, exact and rounded once", () => {
  it("reads a decimal percentage as an exact fraction", () => {
    expect(decimalFraction(3.5)).toEqual([35n, 10n]);
    expect(decimalFraction(0.1 + 0.2)).toEqual([3n, 10n]);
  });

  it("applies decimal percentages in one rounding: £1,000 at 3.5% funded 92.5% is £32.38 (32.375 rounds up)", () => {
    expect(percentOf(100_000, 3.5, 92.5)).toBe(3_238);
    expect(grossOfFunded(3_238, 92.5)).toBe(3_501);
  });

  it("compounds growth exactly: £1 at 5% for 3 years grows by 15.7625p, so 16p", () => {
    expect(compoundGrowth(100, 5, 3)).toBe(16);
    expect(compoundGrowth(-100, 5, 3)).toBe(-16);
  });
});
