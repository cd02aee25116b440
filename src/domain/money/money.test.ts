import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  allocate,
  formatPounds,
  MoneyError,
  parsePounds,
  prorate,
  roundPence,
  roundTo,
  scale,
  sum,
  toDecimalPounds,
  toThousands,
} from "./money.js";

/** Pence amounts up to £10bn either way: far beyond any council budget line. */
const pence = fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000 });

describe("roundPence", () => {
  it("rounds halves away from zero, as Excel's ROUND does", () => {
    expect(roundPence(2.5)).toBe(3);
    expect(roundPence(-2.5)).toBe(-3);
    expect(roundPence(0.5)).toBe(1);
    expect(roundPence(-0.5)).toBe(-1);
    expect(roundPence(2.4999)).toBe(2);
    expect(roundPence(-0.4)).toBe(0);
    expect(Object.is(roundPence(-0.4), 0)).toBe(true);
  });

  it("is half away from zero for every half-pence", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }), (n) => {
        expect(roundPence(n + 0.5)).toBe(n >= 0 ? n + 1 : n);
        expect(roundPence(-(n + 0.5))).toBe(n >= 0 ? -(n + 1) : -n);
      }),
    );
  });

  it("refuses amounts that are not finite", () => {
    expect(() => roundPence(Number.NaN)).toThrow(MoneyError);
    expect(() => roundPence(Number.POSITIVE_INFINITY)).toThrow(MoneyError);
  });
});

describe("prorate", () => {
  it("pro-rates a weekly cost by days (£4,860 a week for 151 days)", () => {
    // 486000 × 151 / 7 = 10483714.2857… → 10483714
    expect(prorate(486_000, 151, 7)).toBe(10_483_714);
  });

  it("rounds the single division half away from zero", () => {
    expect(prorate(1, 1, 2)).toBe(1);
    expect(prorate(-1, 1, 2)).toBe(-1);
    expect(prorate(3, 1, 2)).toBe(2);
    expect(prorate(5, -1, 2)).toBe(-3);
  });

  it("returns the amount when pro-rated n/n", () => {
    fc.assert(
      fc.property(pence, fc.integer({ min: 1, max: 1_000_000 }), (amount, n) => {
        expect(prorate(amount, n, n)).toBe(amount);
      }),
    );
  });

  it("is within half a penny of the exact rational", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000_000_000, max: 10_000_000_000 }),
        fc.integer({ min: -100_000, max: 100_000 }),
        fc.integer({ min: 1, max: 100_000 }),
        (amount, numerator, denominator) => {
          const result = BigInt(prorate(amount, numerator, denominator));
          const exactTimesDenominator = BigInt(amount) * BigInt(numerator);
          const errorTimesDenominator = result * BigInt(denominator) - exactTimesDenominator;
          const twiceError =
            2n * (errorTimesDenominator < 0n ? -errorTimesDenominator : errorTimesDenominator);
          expect(twiceError <= BigInt(denominator)).toBe(true);
        },
      ),
    );
  });

  it("refuses fractional pence, fractional ratios and division by zero", () => {
    expect(() => prorate(1.5, 1, 2)).toThrow(MoneyError);
    expect(() => prorate(100, 1.5, 2)).toThrow(MoneyError);
    expect(() => prorate(100, 1, 0)).toThrow(/division by zero/);
  });
});

describe("scale", () => {
  it("scales by a decimal factor exactly, rounding once", () => {
    expect(scale(4_500_000, 0.6)).toBe(2_700_000);
    expect(scale(100, 1.005)).toBe(101); // 100.5 exactly, although 100 × 1.005 is 100.49999… in floating point
    expect(scale(-100, 1.005)).toBe(-101);
    expect(scale(33_333, 0.5)).toBe(16_667);
    expect(scale(12_345, 0)).toBe(0);
  });

  it("agrees with pro-rating by the factor written as a fraction", () => {
    fc.assert(
      fc.property(pence, fc.integer({ min: 0, max: 2_000 }), (amount, thousandths) => {
        expect(scale(amount, thousandths / 1000)).toBe(prorate(amount, thousandths, 1000));
      }),
    );
  });

  it("refuses a factor that is not finite", () => {
    expect(() => scale(100, Number.NaN)).toThrow(MoneyError);
  });
});

describe("sum", () => {
  it("adds pence and refuses a total that is not whole pence", () => {
    expect(sum([1, 2, 3])).toBe(6);
    expect(sum([])).toBe(0);
    expect(() => sum([0.5, 1])).toThrow(MoneyError);
  });
});

describe("allocate", () => {
  it("splits a budget across weights, giving leftover pence to the largest remainders", () => {
    expect(allocate(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(allocate(-100, [1, 1, 1])).toEqual([-34, -33, -33]);
    expect(allocate(1000, [0, 0])).toEqual([500, 500]);
    expect(allocate(10, [1, 2])).toEqual([3, 7]);
  });

  it("always sums to the total, and each part is within one penny of its exact share", () => {
    fc.assert(
      fc.property(
        pence,
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 20 }),
        (total, weights) => {
          const parts = allocate(total, weights);
          expect(parts).toHaveLength(weights.length);
          expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
          const weightSum = weights.reduce((a, b) => a + b, 0);
          const shares = weightSum === 0 ? weights.map(() => 1) : weights;
          const shareSum = BigInt(weightSum === 0 ? weights.length : weightSum);
          parts.forEach((part, i) => {
            // |part − total × w ÷ W| < 1, compared exactly as |part × W − total × w| < W
            const diff = BigInt(part) * shareSum - BigInt(total) * BigInt(shares[i] ?? 0);
            expect((diff < 0n ? -diff : diff) < shareSum).toBe(true);
          });
        },
      ),
    );
  });

  it("refuses nothing to allocate across and negative weights", () => {
    expect(() => allocate(100, [])).toThrow(MoneyError);
    expect(() => allocate(100, [1, -1])).toThrow(MoneyError);
    expect(() => allocate(100, [Number.NaN])).toThrow(MoneyError);
  });
});

describe("parsePounds and toDecimalPounds", () => {
  it("parses the ways councils write pounds", () => {
    expect(parsePounds("£1,234.56")).toBe(123_456);
    expect(parsePounds("1234.5")).toBe(123_450);
    expect(parsePounds("-12")).toBe(-1_200);
    expect(parsePounds("-£12.30")).toBe(-1_230);
    expect(parsePounds("£-0.05")).toBe(-5);
    expect(parsePounds(" £ 4,860 ")).toBe(486_000);
    expect(Object.is(parsePounds("-0"), 0)).toBe(true);
  });

  it("names the text it cannot read", () => {
    for (const bad of ["12.345", "1,23", "abc", "", "--1", "-£-1", "£1.2.3"]) {
      expect(() => parsePounds(bad)).toThrow(MoneyError);
    }
    expect(() => parsePounds("12.345")).toThrow(/"12.345"/);
  });

  it("writes plain decimals for files", () => {
    expect(toDecimalPounds(123_456)).toBe("1234.56");
    expect(toDecimalPounds(-5)).toBe("-0.05");
    expect(toDecimalPounds(0)).toBe("0.00");
  });

  it("reads back what it writes", () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (amount) => {
        expect(parsePounds(toDecimalPounds(amount))).toBe(amount);
      }),
    );
  });
});

describe("formatPounds, roundTo and toThousands", () => {
  it("formats pounds for people", () => {
    expect(formatPounds(123_456)).toBe("£1,234.56");
    expect(formatPounds(-1_200)).toBe("-£12.00");
    expect(formatPounds(123_450, { wholePounds: true })).toBe("£1,235");
    expect(formatPounds(-123_450, { wholePounds: true })).toBe("-£1,235");
  });

  it("does not print a minus sign on an amount that rounds to nothing", () => {
    expect(formatPounds(-40, { wholePounds: true })).toBe("£0");
  });

  it("rounds to pounds and to £'000 by the one rule", () => {
    expect(roundTo(150, 100)).toBe(200);
    expect(roundTo(-150, 100)).toBe(-200);
    expect(roundTo(149, 100)).toBe(100);
    expect(toThousands(950_000_000)).toBe(9_500);
    expect(toThousands(49_999)).toBe(0);
    expect(toThousands(50_000)).toBe(1);
  });
});
