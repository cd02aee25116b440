import { describe, expect, it } from "vitest";
import type { DemandSettings } from "../model.js";
import { DemandModelError, estimateRates } from "./estimate.js";
import { child, historyOf } from "./history.fixture.js";
import { stockOn, stockSeries } from "./stock.js";

const settings = (compatibility: DemandSettings["compatibility"]): DemandSettings => ({
  referenceStart: "2023-04-01",
  referenceEnd: "2023-04-10",
  start: "2023-04-10",
  days: 10,
  compatibility,
});

// A turns 10 on 5 April, in foster care; B (8) leaves care on 3 April; C (8) enters residential care on 6 April.
const small = historyOf(
  child("A", "2013-04-05", [["2023-01-01", null, "U4"]]),
  child("B", "2015-01-01", [["2023-01-01", "2023-04-03", "U5"]]),
  child("C", "2015-01-01", [["2023-04-06", null, "K2"]]),
);

describe("estimateRates", () => {
  for (const compatibility of ["peer", "outturn"] as const)
    it(`averages each day's moves over the children in the state the day before (${compatibility})`, () => {
      const rates = estimateRates(small, settings(compatibility));
      const rate = (from: string, to: string) =>
        rates.transitions.find((t) => t.from === from && t.to === to)?.rate;
      // 5 to 10 - Fostering held 2, 2, 2, 1, 1 children the days before 1–5 April, then none (days left out).
      expect(rate("5 to 10 - Fostering", "5 to 10 - Not in care")).toBeCloseTo(1 / 2 / 5, 12);
      expect(rate("5 to 10 - Fostering", "10 to 16 - Fostering")).toBeCloseTo(1 / 5, 12);
      // Moves between the categories seen in a bracket are held at 0 when nobody made them.
      expect(rate("5 to 10 - Fostering", "5 to 10 - Residential")).toBe(0);
      expect(rate("5 to 10 - Residential", "5 to 10 - Fostering")).toBe(0);
      // Nobody was in 10 to 16 before 5 April: its rates are 0, not undefined.
      expect(rate("10 to 16 - Fostering", "10 to 16 - Not in care")).toBe(0);
      // The states include those the continuing placements reach at later birthdays.
      expect(rates.states).toEqual([
        "10 to 16 - Fostering",
        "10 to 16 - Not in care",
        "10 to 16 - Residential",
        "16 to 18+ - Fostering",
        "16 to 18+ - Not in care",
        "16 to 18+ - Residential",
        "5 to 10 - Fostering",
        "5 to 10 - Not in care",
        "5 to 10 - Residential",
      ]);
      // One entrant (C) over the 10 days, both ends included; A and B were already in care.
      expect(rates.entries.filter((e) => e.perDay > 0)).toEqual([
        { to: "5 to 10 - Residential", perDay: 0.1 },
      ]);
      expect(rates.entries.map((e) => e.to)).toEqual(rates.states);
    });

  it("treats a placement that starts and ends the same day in an empty state as the peer's error, and Outturn as no stay at all", () => {
    const sameDay = historyOf(
      ...small.children,
      child("D", "2015-01-01", [["2023-04-08", "2023-04-08", "H5"]]),
    );
    expect(() => estimateRates(sameDay, settings("peer"))).toThrow(DemandModelError);
    expect(() => estimateRates(sameDay, settings("peer"))).toThrow(
      /5 to 10 - Supported held no child on 2023-04-07/,
    );
    const outturn = estimateRates(sameDay, settings("outturn"));
    expect(outturn).toEqual(estimateRates(small, settings("outturn")));
  });

  it("joins the placements either side of a same-day one under Outturn", () => {
    const moved = historyOf(
      child("E", "2015-01-01", [
        ["2023-01-01", "2023-04-04", "U4"],
        ["2023-04-04", "2023-04-04", "K2"],
        ["2023-04-04", null, "P2"],
      ]),
    );
    const rates = estimateRates(moved, settings("outturn"));
    const made = rates.transitions.filter((t) => t.rate > 0).map((t) => [t.from, t.to, t.rate]);
    expect(made).toEqual([["5 to 10 - Fostering", "5 to 10 - Supported", 1 / 4]]);
  });
});

describe("stockOn and stockSeries", () => {
  it("move a child into the next bracket on their birthday, even in a placement that continues", () => {
    for (const compatibility of ["peer", "outturn"] as const) {
      expect(stockOn(small, "2023-04-04", { compatibility })).toEqual(new Map([["5 to 10 - Fostering", 1]]));
      expect(stockOn(small, "2023-04-06", { compatibility })).toEqual(
        new Map([
          ["10 to 16 - Fostering", 1],
          ["5 to 10 - Residential", 1],
        ]),
      );
      const series = stockSeries(small, "2023-04-02", "2023-04-06", { compatibility });
      expect([...(series.get("5 to 10 - Fostering") ?? [])]).toEqual([2, 1, 1, 0, 0]);
      expect([...(series.get("10 to 16 - Fostering") ?? [])]).toEqual([0, 0, 0, 1, 1]);
    }
  });

  it("counts a child from the day a placement starts until the day before it ends", () => {
    const stock = stockSeries(small, "2023-04-02", "2023-04-04", { compatibility: "outturn" });
    expect([...(stock.get("5 to 10 - Fostering") ?? [])]).toEqual([2, 1, 1]);
    expect(stockOn(small, "2022-12-31", { compatibility: "outturn" }).size).toBe(0);
  });
});
