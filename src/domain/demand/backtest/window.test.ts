import { describe, expect, it } from "vitest";
import type { Ssda903History } from "../../ssda903/history.js";
import type { DemandSettings } from "../model.js";
import { REFERENCE_SETTINGS } from "../settings.fixture.js";
import { backtestWindow, coverageOf } from "./window.js";

const history = (years: number[]): Ssda903History => ({ years, children: [], artefacts: [] });

describe("where the backtest sits", () => {
  it("covers from the 31 March before the first return to the last return's 31 March or in-year end", () => {
    expect(coverageOf(history([2019, 2020, 2021, 2022, 2023, 2024]))).toEqual({
      first: "2018-03-31",
      last: "2024-03-31",
    });
    expect(coverageOf(history([2024, 2025]), "2024-11-30")).toEqual({
      first: "2023-03-31",
      last: "2024-11-30",
    });
    expect(coverageOf(history([]))).toMatch(/no returns/);
  });

  it("moves the projection back by whole years until it ends by the data's last day, keeping its calendar shape", () => {
    const placed = backtestWindow(REFERENCE_SETTINGS, { first: "2018-03-31", last: "2024-03-31" });
    expect(placed.ok && placed.window).toEqual({
      settings: {
        ...REFERENCE_SETTINGS,
        referenceStart: "2021-03-31",
        referenceEnd: "2022-03-31",
        start: "2022-03-31",
        days: 731,
      },
      yearsBack: 2,
      end: "2024-03-31",
      coverage: { first: "2018-03-31", last: "2024-03-31" },
    });
  });

  it("ends by an in-year extract's last day", () => {
    const inYear = {
      ...REFERENCE_SETTINGS,
      referenceStart: "2023-11-30",
      referenceEnd: "2024-11-30",
      start: "2024-11-30",
    };
    const placed = backtestWindow(inYear, { first: "2021-03-31", last: "2024-11-30" });
    expect(placed.ok && placed.window.settings.start).toBe("2022-11-30");
    expect(placed.ok && placed.window.end).toBe("2024-11-30");
  });

  it("needs three years of returns for a year's reference period and 24 months, starting on the 31 March before them", () => {
    expect(backtestWindow(REFERENCE_SETTINGS, { first: "2021-03-31", last: "2024-03-31" }).ok).toBe(true);
  });

  it("says in words, with the dates, when the returns are too short, and never throws", () => {
    const placed = backtestWindow(REFERENCE_SETTINGS, { first: "2022-03-31", last: "2024-03-31" });
    expect(placed).toEqual({
      ok: false,
      reason:
        "Too little history for a backtest. Projecting 24 months from a reference period of 12 months, moved back " +
        "to end by 31 March 2024, runs from 31 March 2021 to 31 March 2024; that needs the returns from the year " +
        "ending 31 March 2022 onwards, and the earliest loaded is for the year ending 31 March 2023.",
    });
  });

  it("explains settings it cannot move rather than failing", () => {
    const bad = (s: Partial<DemandSettings>) =>
      backtestWindow({ ...REFERENCE_SETTINGS, ...s }, { first: "2018-03-31", last: "2024-03-31" });
    expect(bad({ start: "31/03/2024" })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/not a date/),
    });
    expect(bad({ referenceEnd: "2022-03-31" })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/ends .* before it starts/),
    });
    expect(bad({ days: 2000 })).toMatchObject({ ok: false, reason: expect.stringMatching(/1 to 1461/) });
    expect(bad({ days: 10 })).toMatchObject({ ok: false, reason: expect.stringMatching(/first month end/) });
  });
});
