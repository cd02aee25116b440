import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromDay, toDay, weekdaysInclusive } from "./dates.js";
import {
  easterSunday,
  englishTermCalendar,
  schoolDays,
  type TermCalendar,
  validateTermCalendar,
} from "./terms.js";

const november: TermCalendar = {
  terms: [{ name: "Autumn 2024", start: "2024-09-02", end: "2024-12-20" }],
  closures: [
    ...["2024-10-28", "2024-10-29", "2024-10-30", "2024-10-31", "2024-11-01"].map((date) => ({
      date,
      reason: "Half-term",
    })),
    { date: "2024-11-11", reason: "INSET day" },
    { date: "2024-11-16", reason: "Saturday event" },
  ],
};

/** A day within 2024-08-01 … 2025-08-31, as a day number. */
const day = fc.integer({ min: toDay("2024-08-01"), max: toDay("2025-08-31") });

describe("schoolDays", () => {
  it("counts weekdays in term, less closures on weekdays, both ends inclusive", () => {
    // November 2024 has 21 weekdays. Fri 1 Nov (half-term) and Mon 11 Nov are closed; Sat 16 Nov
    // was never a school day. 21 − 2 = 19.
    expect(schoolDays(november, "2024-11-01", "2024-11-30")).toBe(19);
    // Half-term week 28 Oct – 1 Nov alone: no school days; the Monday after: one.
    expect(schoolDays(november, "2024-10-28", "2024-11-01")).toBe(0);
    expect(schoolDays(november, "2024-10-28", "2024-11-04")).toBe(1);
  });

  it("counts nothing outside term or over a backwards span", () => {
    expect(schoolDays(november, "2024-12-21", "2025-01-31")).toBe(0);
    expect(schoolDays(november, "2024-08-01", "2024-09-01")).toBe(0);
    expect(schoolDays(november, "2024-11-30", "2024-11-01")).toBe(0);
  });

  it("counts a day inside two overlapping terms once", () => {
    const overlapping: TermCalendar = {
      terms: [
        { name: "A", start: "2024-09-02", end: "2024-09-13" },
        { name: "B", start: "2024-09-09", end: "2024-09-20" },
      ],
      closures: [],
    };
    expect(schoolDays(overlapping, "2024-09-01", "2024-09-30")).toBe(15);
  });

  it("adds up over adjacent spans: [a, b] + [b+1, c] = [a, c]", () => {
    const calendar = englishTermCalendar(2024);
    fc.assert(
      fc.property(fc.array(day, { minLength: 3, maxLength: 3 }), (days) => {
        const [a, b, c] = days.sort((x, y) => x - y) as [number, number, number];
        const left = schoolDays(calendar, fromDay(a), fromDay(b));
        const right = schoolDays(calendar, fromDay(b + 1), fromDay(c));
        expect(left + right).toBe(schoolDays(calendar, fromDay(a), fromDay(c)));
      }),
    );
  });

  it("is never more than the weekdays of the span", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2050 }),
        day,
        fc.integer({ min: 0, max: 400 }),
        (year, from, length) => {
          const calendar = englishTermCalendar(year);
          const [a, b] = [fromDay(from + (year - 2024) * 365), fromDay(from + (year - 2024) * 365 + length)];
          const days = schoolDays(calendar, a, b);
          expect(days).toBeGreaterThanOrEqual(0);
          expect(days).toBeLessThanOrEqual(weekdaysInclusive(a, b));
        },
      ),
    );
  });

  it("names a date it cannot read", () => {
    expect(() => schoolDays(november, "2024-11-31", "2024-12-01")).toThrow(/"2024-11-31"/);
  });
});

describe("validateTermCalendar", () => {
  it("accepts a sound calendar", () => {
    expect(validateTermCalendar(november)).toEqual([]);
  });

  it("names terms that end before they start, overlap, or are not dates", () => {
    const problems = validateTermCalendar({
      terms: [
        { name: "Autumn", start: "2024-09-02", end: "2024-12-20" },
        { name: "Spring", start: "2024-12-16", end: "2025-03-28" },
        { name: "Summer", start: "2025-07-22", end: "2025-04-14" },
        { name: "Typo", start: "2025-02-30", end: "2025-03-01" },
      ],
      closures: [],
    });
    expect(problems).toEqual([
      'term "Summer": ends 2025-04-14 before it starts 2025-07-22',
      'term "Typo": "2025-02-30" is not a date (YYYY-MM-DD)',
      'terms "Autumn" (2024-09-02 to 2024-12-20) and "Spring" (2024-12-16 to 2025-03-28) overlap',
    ]);
  });

  it("names closures outside every term, repeated, or not dates", () => {
    const problems = validateTermCalendar({
      terms: november.terms,
      closures: ["2024-08-26", "2024-10-28", "2024-10-28", "28/10/2024"].map((date) => ({
        date,
        reason: "INSET day",
      })),
    });
    expect(problems).toEqual([
      "closure 2024-08-26 is outside every term",
      "closure 2024-10-28 is listed more than once",
      'closure "28/10/2024" is not a date (YYYY-MM-DD)',
    ]);
  });
});

describe("englishTermCalendar", () => {
  it("finds Easter Sunday", () => {
    expect(easterSunday(2024)).toBe("2024-03-31");
    expect(easterSunday(2025)).toBe("2025-04-20");
    expect(easterSunday(2038)).toBe("2038-04-25");
    expect(easterSunday(2285)).toBe("2285-03-22");
  });

  it.each([2022, 2023, 2024])("gives 190 pupil days in %i", (year) => {
    const calendar = englishTermCalendar(year);
    expect(schoolDays(calendar, `${year}-09-01`, `${year + 1}-08-31`)).toBe(190);
  });

  it("lays out 2024-25 as councils publish it", () => {
    const calendar = englishTermCalendar(2024);
    expect(calendar.terms).toEqual([
      { name: "Autumn 2024", start: "2024-09-02", end: "2024-12-20" },
      { name: "Spring 2025", start: "2025-01-06", end: "2025-04-11" },
      { name: "Summer 2025", start: "2025-04-28", end: "2025-07-21" },
    ]);
    const reasons = new Map(calendar.closures.map((c) => [c.date, c.reason]));
    // INSET: 2 and 3 September (pupils start Wednesday 4 September), 6 January, 28 April, 21 July
    for (const inset of ["2024-09-02", "2024-09-03", "2025-01-06", "2025-04-28", "2025-07-21"]) {
      expect(reasons.get(inset)).toBe("INSET day");
    }
    // half-terms 28 Oct – 1 Nov, 17 – 21 Feb, 26 – 30 May
    for (const closed of [
      "2024-10-28",
      "2024-11-01",
      "2025-02-17",
      "2025-02-21",
      "2025-05-26",
      "2025-05-30",
    ]) {
      expect(reasons.get(closed)).toBe("Half-term");
    }
    expect(reasons.get("2025-05-05")).toBe("Early May bank holiday");
    expect(calendar.closures).toHaveLength(21);
    const dates = calendar.closures.map((c) => c.date);
    expect([...dates].sort()).toEqual(dates);
  });

  it("is sound, has 190 pupil days and ends in late July for any year", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2100 }), (year) => {
        const calendar = englishTermCalendar(year);
        expect(validateTermCalendar(calendar)).toEqual([]);
        expect(schoolDays(calendar, `${year}-09-01`, `${year + 1}-08-31`)).toBe(190);
        const summerEnd = calendar.terms[2]?.end ?? "";
        expect(summerEnd >= `${year + 1}-07-15` && summerEnd <= `${year + 1}-07-25`).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
