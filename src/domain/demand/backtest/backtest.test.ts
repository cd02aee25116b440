/**
 * The backtest end to end with the numbers injected: a council whose fostering falls by 0.1 of a
 * child a day (470 in care on 31 March 2022, 396.9 two years later), and a model that always
 * projects 2 children too many in fostering.
 */
import { describe, expect, it } from "vitest";
import { addDays, type IsoDate, toDay } from "../../calendar/dates.js";
import type { Ssda903History } from "../../ssda903/history.js";
import type { DemandProjection, DemandSettings, StateName } from "../model.js";
import { REFERENCE_SETTINGS } from "../settings.fixture.js";
import { backtest, backtestWith } from "./backtest.js";

const coverage = { first: "2018-03-31", last: "2024-03-31" };
const STATES: StateName[] = [
  "10 to 16 - Fostering",
  "10 to 16 - Not in care",
  "10 to 16 - Residential",
  "16 to 18+ - Fostering",
  "16 to 18+ - Other",
];

/** The stock by state on a day: fostering split 300/rest, falling 0.1 a day; Not in care must not count. */
function stockOn(day: IsoDate): number[] {
  const fostering = 400 - 0.1 * (toDay(day) - toDay("2022-03-31"));
  return [300, 999, 60, fostering - 300, 10];
}

function projection(s: DemandSettings, extraFostering: number): DemandProjection {
  const dates = Array.from({ length: s.days }, (_, i) => addDays(s.start, i + 1));
  const at = (day: IsoDate) => {
    const v = stockOn(day);
    v[0] = (v[0] as number) + extraFostering;
    return Float64Array.from(v);
  };
  return {
    settings: s,
    states: STATES,
    initial: stockOn(s.start),
    dates,
    population: dates.map(at),
    variance: dates.map(() => new Float64Array(STATES.length)),
    rates: { states: STATES, transitions: [], entries: [] },
  };
}

const projected: DemandSettings[] = [];
const sources = {
  project: (s: DemandSettings) => {
    projected.push(s);
    return projection(s, 2);
  },
  stockOn: (days: readonly IsoDate[]) =>
    days.map((day) => STATES.map((s, i) => [s, stockOn(day)[i] as number] as const)),
};

describe("the backtest", () => {
  it("projects with the settings moved back two years and compares at the 24 month ends", () => {
    const result = backtestWith(coverage, REFERENCE_SETTINGS, sources);
    if (!result.ok) throw new Error(result.reason);
    expect(projected.at(-1)).toEqual({
      ...REFERENCE_SETTINGS,
      referenceStart: "2021-03-31",
      referenceEnd: "2022-03-31",
      start: "2022-03-31",
      days: 731,
    });
    const c = result.comparison;
    expect(c.monthEnds).toHaveLength(24);
    expect(c.actual.Total[0]).toBeCloseTo(467, 9); // 30 days after 31 March 2022
    expect(c.actual.Total[23]).toBeCloseTo(396.9, 9);
    expect(c.actual.Residential.every((v) => v === 60)).toBe(true);
    expect(c.model.errors.Total.mae).toBeCloseTo(2, 9);
    expect(c.model.errors.Residential).toEqual({ mae: 0, mape: 0 });
    expect(c.model.errors.Supported).toEqual({ mae: 0, mape: null });
    // Carried forward: 470 held while the stock falls 0.1 a day; the month ends average 380.75 days on.
    expect(c.carried.values.Total.every((v) => v === 470)).toBe(true);
    expect(c.carried.errors.Total.mae).toBeCloseTo(38.075, 9);
    // The fall was a straight line for the 36 month ends before too, so the trend is exact.
    expect(c.trendMonths).toBe(36);
    expect(c.trend?.errors.Total.mae).toBeCloseTo(0, 6);
    expect(c.beats.Total).toEqual({ carried: true, trend: false });
    expect(result.summary).toBe(
      "Projecting from March 2022, the model was within 0.5% of the children actually looked after over the " +
        "next 24 months on average; carrying the March 2022 figure forward was within 9.1%, a straight-line " +
        "trend within 0.0%. That is 2.0 children out on average, against 38.1 children carrying forward and " +
        "0.0 children for the trend. The model did better than carrying the figure forward, but not than the " +
        "straight-line trend.",
    );
  });

  it("fits the trend to the month ends the returns hold when they start less than 3 years before", () => {
    const result = backtestWith({ first: "2021-03-31", last: "2024-03-31" }, REFERENCE_SETTINGS, sources);
    expect(result.ok && result.comparison.trendMonths).toBe(13);
    expect(result.ok && result.summary).toMatch(
      /a straight-line trend \(fitted to only 13 month ends\) within/,
    );
  });

  it("says why, instead of throwing, when the model cannot run", () => {
    const failing = {
      ...sources,
      project: () => {
        throw new Error("projectDemand is not built yet");
      },
    };
    expect(backtestWith(coverage, REFERENCE_SETTINGS, failing)).toEqual({
      ok: false,
      reason: "The backtest from 31 March 2022 could not be run: projectDemand is not built yet.",
    });
  });

  it("says so on a history too short for it, with the dates it needs", () => {
    const short: Ssda903History = { years: [2023, 2024], children: [], artefacts: [] };
    const result = backtest(short, REFERENCE_SETTINGS);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(
      /runs from 31 March 2021 to 31 March 2024; that needs the returns from the year ending 31 March 2022/,
    );
  });
});
