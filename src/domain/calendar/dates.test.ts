import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  addYears,
  DateError,
  daysInclusive,
  daysInMonth,
  fromDay,
  isIsoDate,
  isWeekend,
  maxDate,
  minDate,
  toDay,
  weekday,
  weekdaysInclusive,
} from "./dates.js";

/** Day numbers from 1900-01-01 to 2199-12-31. */
const day = fc.integer({ min: toDay("1900-01-01"), max: toDay("2199-12-31") });

function naiveWeekdays(from: number, to: number): number {
  let count = 0;
  for (let d = from; d <= to; d++) if (!isWeekend(d)) count++;
  return count;
}

describe("ISO dates and day numbers", () => {
  it("accepts only real calendar dates", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2023-02-29")).toBe(false);
    expect(isIsoDate("2024-13-01")).toBe(false);
    expect(isIsoDate("2024-4-1")).toBe(false);
    expect(isIsoDate("01/04/2024")).toBe(false);
  });

  it("numbers days from 1970-01-01", () => {
    expect(toDay("1970-01-01")).toBe(0);
    expect(toDay("2024-04-01")).toBe(19_814);
    expect(fromDay(19_814)).toBe("2024-04-01");
  });

  it("names the text that is not a date", () => {
    expect(() => toDay("2024-02-30")).toThrow(DateError);
    expect(() => toDay("31/03/2025")).toThrow(/"31\/03\/2025"/);
  });

  it("round-trips day numbers and dates", () => {
    fc.assert(
      fc.property(day, (d) => {
        const iso = fromDay(d);
        expect(isIsoDate(iso)).toBe(true);
        expect(toDay(iso)).toBe(d);
      }),
    );
  });

  it("converts as JavaScript's Date does, in integers, from year 1000 to 9999", () => {
    const anyDay = fc.integer({ min: toDay("1000-01-01"), max: toDay("9999-12-31") });
    fc.assert(
      fc.property(anyDay, (d) => {
        const iso = new Date(d * 86_400_000).toISOString().slice(0, 10);
        expect(fromDay(d)).toBe(iso);
        expect(toDay(iso)).toBe(d);
      }),
    );
    for (let month = 1; month <= 12; month++)
      for (const year of [1900, 2000, 2023, 2024])
        expect(daysInMonth(year, month)).toBe(new Date(Date.UTC(year, month, 0)).getUTCDate());
  });

  it("moves a date by whole years, 29 February becoming 28 February in a year without one", () => {
    expect(addYears("2024-02-29", 1)).toBe("2025-02-28");
    expect(addYears("2024-02-29", 4)).toBe("2028-02-29");
    expect(addYears("2023-03-31", -2)).toBe("2021-03-31");
  });

  it("adds days across month, year and leap-day boundaries", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2023-02-28", 1)).toBe("2023-03-01");
    expect(addDays("2024-12-31", 1)).toBe("2025-01-01");
    expect(addDays("2025-04-01", -1)).toBe("2025-03-31");
  });
});

describe("counting days", () => {
  it("counts both ends and gives 0 for a backwards span", () => {
    expect(daysInclusive("2024-04-01", "2025-03-31")).toBe(365);
    expect(daysInclusive("2023-04-01", "2024-03-31")).toBe(366);
    expect(daysInclusive("2024-11-01", "2024-11-01")).toBe(1);
    expect(daysInclusive("2024-11-02", "2024-11-01")).toBe(0);
  });

  it("knows the day of the week (0 = Monday)", () => {
    expect(weekday(toDay("2024-10-28"))).toBe(0);
    expect(weekday(toDay("2024-11-01"))).toBe(4);
    expect(weekday(toDay("1970-01-01"))).toBe(3);
    expect(isWeekend(toDay("2024-11-02"))).toBe(true);
    expect(isWeekend(toDay("2024-11-03"))).toBe(true);
    expect(isWeekend(toDay("2024-11-04"))).toBe(false);
  });

  it("counts weekdays: November 2024 has 21", () => {
    expect(weekdaysInclusive("2024-11-01", "2024-11-30")).toBe(21);
    expect(weekdaysInclusive("2024-11-02", "2024-11-03")).toBe(0);
    expect(weekdaysInclusive("2024-11-30", "2024-11-01")).toBe(0);
  });

  it("counts weekdays as a day-by-day count would", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -3, max: 800 }), (from, length) => {
        const to = from + length;
        expect(weekdaysInclusive(fromDay(from), fromDay(to))).toBe(naiveWeekdays(from, to));
      }),
    );
  });

  it("picks the earlier and the later of two dates", () => {
    expect(minDate("2024-10-31", "2025-03-31")).toBe("2024-10-31");
    expect(maxDate("2024-10-31", "2025-03-31")).toBe("2025-03-31");
  });
});
