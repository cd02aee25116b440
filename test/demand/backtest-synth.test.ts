/**
 * The backtest on the synthetic council (../shared/data/ssda903-synth/regional, six returns to 31
 * March 2024) beside the reference projection (a year's reference period to 31 March 2024, 24 months
 * from it): moved back two years, it projects from 31 March 2022 and is compared with the 570
 * children looked after then, falling to 461 on 31 March 2024.
 *
 * The model's half needs projectDemand (src/domain/demand/projection/project.ts): should it ever be the
 * contract's stub again ("not built yet"), that test is skipped, never faked.
 */
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { backtest, historySources } from "../../src/domain/demand/backtest/backtest.js";
import { type ByMeasure, byMeasure } from "../../src/domain/demand/backtest/series.js";
import { backtestWindow, coverageOf } from "../../src/domain/demand/backtest/window.js";
import { stockOn } from "../../src/domain/demand/projection/stock.js";
import { REFERENCE_SETTINGS } from "../../src/domain/demand/settings.fixture.js";
import { mergeHistory } from "../../src/domain/ssda903/clean.js";
import type { Ssda903History } from "../../src/domain/ssda903/history.js";
import { loadSsda903 } from "../../src/formats/ssda903/files.js";

let history: Ssda903History;
beforeAll(async () => {
  history = mergeHistory(
    (await loadSsda903(join(process.cwd(), "../shared/data/ssda903-synth/regional"))).returns,
  );
});

describe("the backtest on the synthetic council", () => {
  it("moves the reference projection back two years, to project from 31 March 2022", () => {
    const coverage = coverageOf(history);
    expect(coverage).toEqual({ first: "2018-03-31", last: "2024-03-31" });
    const placed = typeof coverage === "string" ? null : backtestWindow(REFERENCE_SETTINGS, coverage);
    expect(placed?.ok && placed.window.settings).toEqual({
      ...REFERENCE_SETTINGS,
      referenceStart: "2021-03-31",
      referenceEnd: "2022-03-31",
      start: "2022-03-31",
      days: 731,
    });
  });

  it("compares against the children the history shows looked after, in care states only, as stockOn counts them", () => {
    const days = ["2022-03-31", "2023-09-30", "2024-03-31"];
    const stocks = historySources(history, "outturn").stockOn(days);
    expect(stocks).toEqual(days.map((day) => stockOn(history, day, { compatibility: "outturn" })));
    const [atStart, , atEnd] = stocks.map(byMeasure) as [ByMeasure, ByMeasure, ByMeasure];
    expect(atStart.Total).toBe(570);
    expect(atEnd.Total).toBe(461);
    for (const s of [atStart, atEnd])
      expect(s.Fostering + s.Residential + s.Supported + s.Other).toBe(s.Total);
  });

  it("scores the model against carrying 570 forward and the 36-month trend", () => {
    const result = backtest(history, REFERENCE_SETTINGS);
    if (!result.ok) throw new Error(result.reason);
    const c = result.comparison;
    expect(c.monthEnds).toHaveLength(24);
    expect(c.actual.Total[23]).toBe(461);
    expect(c.carried.values.Total.every((v) => v === 570)).toBe(true);
    expect(c.trendMonths).toBe(36);
    // A month ahead the model must be close to what happened.
    const first = c.model.values.Total[0] as number;
    expect(Math.abs(first - (c.actual.Total[0] as number)) / (c.actual.Total[0] as number)).toBeLessThan(
      0.03,
    );
    c.model.values.Total.forEach((t, i) => {
      const sum = ["Fostering", "Residential", "Supported", "Other"] as const;
      expect(sum.reduce((s, m) => s + (c.model.values[m][i] as number), 0)).toBeCloseTo(t, 6);
    });
    expect(result.summary).toMatch(
      /^Projecting from March 2022, the model was within \d+\.\d% of the children actually looked after over the next 24 months on average; carrying the March 2022 figure forward was within \d+\.\d%, a straight-line trend within \d+\.\d%\./,
    );
  });
});
