/**
 * The backtest beside every projection: the same settings moved back so the projection ends within
 * the data (window.ts), projected, and compared at each month end with the children the
 * data shows were looked after, next to two naive methods (errors.ts), with the result in
 * words (summary.ts). When the data is too short, or the model cannot run, it says why; it
 * never throws.
 */
import type { IsoDate } from "../../calendar/dates.js";
import type { Ssda903History } from "../../ssda903/history.js";
import type { DemandProjection, DemandSettings } from "../model.js";
import { projectDemand } from "../projection/project.js";
import { stockOnDays } from "../projection/stock.js";
import { longDate } from "../words.js";
import { monthEndsAfter, yearsBefore } from "./dates.js";
import { type Comparison, compareBacktest } from "./errors.js";
import { type ByMeasure, byMeasure, projectedAt } from "./series.js";
import { backtestSummary } from "./summary.js";
import { backtestWindow, type Coverage, coverageOf } from "./window.js";

/** Where the numbers come from: the model's projection, and the stock by state the data shows on each day asked for. */
export interface BacktestSources {
  project(settings: DemandSettings): DemandProjection;
  stockOn(days: readonly IsoDate[]): Iterable<readonly [string, number]>[];
}

export interface BacktestOptions {
  /** The last day of the last year's in-year extract, when it is one (absent: that year's 31 March). */
  inYearEnd?: IsoDate;
}

export interface BacktestResult {
  ok: true;
  /** The backtest's own settings: the projection's moved back by `yearsBack` years. */
  settings: DemandSettings;
  yearsBack: number;
  coverage: Coverage;
  comparison: Comparison;
  summary: string;
}

export interface BacktestUnavailable {
  ok: false;
  /** Why there is no backtest, in words, with the dates it would need. */
  reason: string;
}

export type Backtest = BacktestResult | BacktestUnavailable;

/** The numbers from the history itself: projectDemand and stockOn, under the projection's compatibility. */
export function historySources(
  history: Ssda903History,
  compatibility: DemandSettings["compatibility"],
): BacktestSources {
  return {
    project: (settings) => projectDemand(history, settings),
    stockOn: (days) => stockOnDays(history, days, compatibility),
  };
}

/** The backtest of a projection with these settings, on a council's history. */
export function backtest(
  history: Ssda903History,
  settings: DemandSettings,
  options: BacktestOptions = {},
): Backtest {
  const coverage = coverageOf(history, options.inYearEnd);
  if (typeof coverage === "string") return { ok: false, reason: coverage };
  return backtestWith(coverage, settings, historySources(history, settings.compatibility));
}

/** The backtest with the numbers taken from `sources`, over what the data covers. */
export function backtestWith(
  coverage: Coverage,
  settings: DemandSettings,
  sources: BacktestSources,
): Backtest {
  const placed = backtestWindow(settings, coverage);
  if (!placed.ok) return placed;
  const { window } = placed;
  const start = window.settings.start;
  try {
    const monthEnds = monthEndsAfter(start, window.end);
    const before = monthEndsAfter(yearsBefore(start, 3), start).filter((date) => date >= coverage.first);
    const days = [...new Set([start, ...before, ...monthEnds])];
    const stocks = sources.stockOn(days);
    if (stocks.length !== days.length)
      throw new Error(`the stock came for ${stocks.length} of ${days.length} days`);
    const seen = new Map(days.map((day, i) => [day, byMeasure(stocks[i] ?? [])]));
    const actualOn = (day: IsoDate) => seen.get(day) as ByMeasure;
    const earlier = before.map((date) => ({ date, stock: actualOn(date) }));
    const comparison = compareBacktest({
      monthEnds,
      actual: monthEnds.map(actualOn),
      model: projectedAt(sources.project(window.settings), monthEnds),
      atStart: actualOn(start),
      earlier,
    });
    return {
      ok: true,
      settings: window.settings,
      yearsBack: window.yearsBack,
      coverage,
      comparison,
      summary: backtestSummary(comparison, start),
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: `The backtest from ${longDate(start)} could not be run: ${message}.` };
  }
}
