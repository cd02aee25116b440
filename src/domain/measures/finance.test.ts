/**
 * The finance measures: on a small council counted by hand, and on Demoshire, where each must
 * agree with the figure the rest of Outturn shows (the outturn, the savings tracker, the register).
 */
import { describe, expect, it } from "vitest";
import { DEMOSHIRE_SEED, generateCouncil } from "../../demo/generate.js";
import { placement, post } from "../../store/sample-rows.js";
import { parsePeriodRef, periodEnd } from "../calendar/financial.js";
import { forecastOutturn } from "../outturn/forecast.js";
import { emptyRegisters } from "../registers.js";
import { savingsTracker } from "../savings/tracker.js";
import { emptyHistory, type MeasureResult, measuresAt } from "./engine.js";

const P7 = parsePeriodRef("2024-25:P7");
const of = (measures: MeasureResult[], id: string) =>
  measures.find((m) => m.definition.id === id) as MeasureResult;

describe("finance measures on a small council", () => {
  const registers = {
    ...emptyRegisters(),
    placements: [
      placement(1, { weeklyCost: 4_000_00 }),
      placement(2, { weeklyCost: 5_001_00, placeCode: "R1" }),
      // Ended before the period end; and a foster placement: neither counts.
      placement(3, { weeklyCost: 9_000_00, end: "2024-09-30" }),
      placement(4, { weeklyCost: 900_00, placeCode: "U4" }),
    ],
    workforce: [
      post(1, { fte: 1, status: "agency" }),
      post(2, { fte: 0.6, status: "permanent", annualCost: 50_000_00, dayRate: null }),
      post(3, { fte: 0.4, status: "permanent", annualCost: 50_000_00, dayRate: null }),
      // A vacancy, a team manager and a post that ended: none is a social worker in post.
      post(4, { fte: 1, status: "vacant", annualCost: 50_000_00, dayRate: null }),
      post(5, { fte: 1, role: "Team manager" }),
      post(6, { fte: 1, end: "2024-10-01" }),
    ],
  };
  const { measures } = measuresAt({ registers, history: emptyHistory(), period: P7 });

  it("averages the gross weekly price of the residential placements open at the period end", () => {
    // (£4,000 + £5,001) ÷ 2 = £4,500.50; the denominator counts children, so it can be suppressed.
    expect(of(measures, "residential-weekly-cost")).toMatchObject({
      value: 4_500_50,
      numerator: null,
      denominator: 2,
    });
  });

  it("shares agency social workers by FTE among those in post", () => {
    expect(of(measures, "agency-social-workers")).toMatchObject({ value: 50, numerator: 1, denominator: 2 });
  });

  it("says why there is no overspend share or savings share without a budget or savings", () => {
    expect(of(measures, "forecast-overspend").notAvailable).toBe("There is no budget for 2024-25.");
    expect(of(measures, "savings-delivery").notAvailable).toBe("No saving has a target in 2024-25.");
  });
});

describe("finance measures on Demoshire at 2024-25:P7", () => {
  const { registers } = generateCouncil({ seed: DEMOSHIRE_SEED, scale: 1, asAt: P7 });
  const outturn = forecastOutturn(registers, P7);
  const { measures } = measuresAt({ registers, history: emptyHistory(), period: P7, forecasts: [outturn] });

  it("shows the forecast overspend as the outturn's variance over its budget", () => {
    expect(of(measures, "forecast-overspend")).toMatchObject({
      value: (outturn.total.variance / outturn.total.budget) * 100,
      numerator: outturn.total.variance,
      denominator: outturn.total.budget,
    });
    expect(outturn.total.variance).toBeGreaterThan(0);
  });

  it("shows the savings forecast to be delivered as the tracker's forecast over its target, for this period only", () => {
    const tracker = savingsTracker(registers, "2024-25", periodEnd(P7));
    const savings = of(measures, "savings-delivery");
    expect(savings).toMatchObject({ numerator: tracker.total.forecast, denominator: tracker.total.target });
    expect(savings.value).toBeLessThan(100);
    expect(savings.previous?.notAvailable).toMatch(/keeps only its latest position/);
  });

  it("counts Demoshire's agency social workers and residential placements from its registers", () => {
    const agency = of(measures, "agency-social-workers");
    expect(agency.value).toBeGreaterThan(0);
    expect(agency.value).toBeLessThan(100);
    const residential = of(measures, "residential-weekly-cost");
    expect(residential.denominator).toBeGreaterThan(4);
    expect(residential.value).toBeGreaterThan(3_000_00);
    // Demoshire sets its own target (£5,500 a week, amber within £500), so the cost is rated.
    expect(residential.definition.target).toBe(5_500_00);
    expect(residential.rag).not.toBeNull();
    expect(residential.history.filter((p) => p.value !== null)).toHaveLength(12);
  });

  it("reads the entered EHCP timeliness and its comment, with no SSDA903 return yet", () => {
    const ehcp = of(measures, "ehcp-20-weeks");
    expect(ehcp.value).toEqual(expect.any(Number));
    expect(ehcp.commentary).toHaveLength(1);
    expect(of(measures, "cla-count").notAvailable).toBe("No SSDA903 return has been imported.");
  });
});
