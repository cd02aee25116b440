import { describe, expect, it } from "vitest";
import { isMonthEnd } from "../../calendar/dates.js";
import { longDate, pointInWords } from "../words.js";
import { monthEndsAfter, yearsBefore } from "./dates.js";

describe("the backtest's calendar", () => {
  it("moves a date back by whole years, a month end staying a month end", () => {
    expect(yearsBefore("2024-03-31", 2)).toBe("2022-03-31");
    expect(yearsBefore("2024-02-29", 1)).toBe("2023-02-28");
    expect(yearsBefore("2023-02-28", 3)).toBe("2020-02-29");
    expect(yearsBefore("2023-02-15", 1)).toBe("2022-02-15");
    expect(yearsBefore("2024-11-30", 0)).toBe("2024-11-30");
  });

  it("lists the month ends after a day up to another, both ends' own month end included only when inside", () => {
    const ends = monthEndsAfter("2022-03-31", "2024-03-31");
    expect(ends).toHaveLength(24);
    expect(ends[0]).toBe("2022-04-30");
    expect(ends).toContain("2024-02-29");
    expect(ends[23]).toBe("2024-03-31");
    expect(monthEndsAfter("2022-03-15", "2022-05-30")).toEqual(["2022-03-31", "2022-04-30"]);
    expect(monthEndsAfter("2022-03-31", "2022-04-29")).toEqual([]);
  });

  it("names a month end by its month and any other day in full", () => {
    expect(isMonthEnd("2023-02-28")).toBe(true);
    expect(isMonthEnd("2024-02-28")).toBe(false);
    expect(pointInWords("2022-03-31")).toBe("March 2022");
    expect(pointInWords("2022-03-12")).toBe("12 March 2022");
    expect(longDate("2021-03-31")).toBe("31 March 2021");
  });
});
