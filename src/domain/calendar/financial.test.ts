import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, daysInclusive, fromDay, toDay } from "./dates.js";
import {
  comparePeriods,
  daysInYear,
  daysRemaining,
  financialYearStarting,
  formatPeriodRef,
  isFinancialYear,
  type PeriodNumber,
  type PeriodRef,
  parsePeriodRef,
  periodEnd,
  periodOf,
  periodStart,
  periodsOf,
  previousYear,
  weeksRemaining,
  yearEnd,
  yearStart,
} from "./financial.js";

const year = fc.integer({ min: 1990, max: 2100 }).map(financialYearStarting);
const period = fc.integer({ min: 1, max: 12 }) as fc.Arbitrary<PeriodNumber>;
const periodRef = fc.record({ year, period });

describe("financial years", () => {
  it("runs from 1 April to 31 March", () => {
    expect(yearStart("2024-25")).toBe("2024-04-01");
    expect(yearEnd("2024-25")).toBe("2025-03-31");
    expect(daysInYear("2024-25")).toBe(365);
    expect(daysInYear("2023-24")).toBe(366);
    expect(previousYear("2000-01")).toBe("1999-00");
  });

  it("reads only well-formed years", () => {
    expect(isFinancialYear("2024-25")).toBe(true);
    expect(isFinancialYear("1999-00")).toBe(true);
    expect(isFinancialYear("2024-26")).toBe(false);
    expect(isFinancialYear("2024/25")).toBe(false);
  });
});

describe("periods", () => {
  it("2024-25:P7 is October 2024, with 151 days remaining", () => {
    const p7 = parsePeriodRef("2024-25:P7");
    expect(p7).toEqual({ year: "2024-25", period: 7 });
    expect(periodStart(p7)).toBe("2024-10-01");
    expect(periodEnd(p7)).toBe("2024-10-31");
    expect(daysRemaining(p7)).toBe(151);
    expect(weeksRemaining(p7)).toBeCloseTo(151 / 7, 12);
    expect(formatPeriodRef(p7)).toBe("2024-25:P7");
  });

  it("P1 is April, P10 is January of the next calendar year, P12 ends the year", () => {
    expect(periodStart({ year: "2024-25", period: 1 })).toBe("2024-04-01");
    expect(periodStart({ year: "2024-25", period: 10 })).toBe("2025-01-01");
    expect(periodEnd({ year: "2023-24", period: 11 })).toBe("2024-02-29");
    expect(periodEnd({ year: "2024-25", period: 12 })).toBe("2025-03-31");
    expect(daysRemaining({ year: "2024-25", period: 12 })).toBe(0);
  });

  it("names the text that is not a period", () => {
    for (const bad of ["2024-25:P13", "2024-25:P0", "2024-26:P1", "P7", "2024-25 P7"]) {
      expect(() => parsePeriodRef(bad)).toThrow(`"${bad}"`);
    }
  });

  it("orders periods across years", () => {
    expect(comparePeriods({ year: "2024-25", period: 12 }, { year: "2025-26", period: 1 })).toBeLessThan(0);
    expect(comparePeriods({ year: "2024-25", period: 7 }, { year: "2024-25", period: 7 })).toBe(0);
    expect(comparePeriods({ year: "2024-25", period: 8 }, { year: "2024-25", period: 7 })).toBeGreaterThan(0);
  });

  it("finds the period of its own first and last days", () => {
    fc.assert(
      fc.property(periodRef, (ref: PeriodRef) => {
        expect(periodOf(periodStart(ref))).toEqual(ref);
        expect(periodOf(periodEnd(ref))).toEqual(ref);
        expect(toDay(periodStart(ref))).toBeLessThanOrEqual(toDay(periodEnd(ref)));
      }),
    );
  });

  it("finds the period of any date, which then contains it", () => {
    fc.assert(
      fc.property(fc.integer({ min: toDay("1990-04-01"), max: toDay("2100-03-31") }), (d) => {
        const iso = fromDay(d);
        const ref = periodOf(iso);
        expect(periodStart(ref) <= iso && iso <= periodEnd(ref)).toBe(true);
      }),
    );
  });

  it("tiles the year: the twelve periods are contiguous and their days add up to the year", () => {
    fc.assert(
      fc.property(year, (y) => {
        const periods = periodsOf(y);
        expect(periodStart(periods[0] as PeriodRef)).toBe(yearStart(y));
        expect(periodEnd(periods[11] as PeriodRef)).toBe(yearEnd(y));
        periods.slice(1).forEach((p, i) => {
          expect(periodStart(p)).toBe(addDays(periodEnd(periods[i] as PeriodRef), 1));
        });
        const days = periods.reduce((total, p) => total + daysInclusive(periodStart(p), periodEnd(p)), 0);
        expect(days).toBe(daysInYear(y));
      }),
    );
  });

  it("days remaining after Pn plus the days of P1..Pn make the whole year", () => {
    fc.assert(
      fc.property(periodRef, (ref: PeriodRef) => {
        const elapsed = periodsOf(ref.year)
          .slice(0, ref.period)
          .reduce((total, p) => total + daysInclusive(periodStart(p), periodEnd(p)), 0);
        expect(daysRemaining(ref) + elapsed).toBe(daysInYear(ref.year));
      }),
    );
  });
});
