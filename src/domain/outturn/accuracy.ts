/**
 * Forecast accuracy: for each closed year (one whose ledger has its P12), each closed period's
 * frozen forecast set against the year's outturn (its actuals P1..P12), by line, by kind of line
 * and in total; beside it, the naive run-rate forecast made from the same actuals to date
 * (actual to date ÷ periods elapsed × 12), so a reader can see what the registers add.
 */
import type { BudgetKind, LedgerActual } from "../budget/budget.js";
import { type FinancialYear, type PeriodNumber, parsePeriodRef } from "../calendar/financial.js";
import { type Pence, prorate } from "../money/money.js";
import type { ForecastKind, ForecastLine, ForecastOutturn } from "./forecast.js";

export interface AccuracyFigures {
  forecast: Pence;
  /** Actual to date ÷ periods elapsed × 12. */
  naive: Pence;
  /** The year's actuals, P1..P12. */
  outturn: Pence;
  /** forecast − outturn: positive when the forecast was too high. */
  error: Pence;
  /** error ÷ outturn × 100; null when the outturn is nil. */
  errorPercent: number | null;
  naiveError: Pence;
  naivePercent: number | null;
}

export interface LineAccuracy extends AccuracyFigures, Pick<ForecastLine, "costCentre" | "name" | "kind"> {}

export interface PeriodAccuracy {
  year: FinancialYear;
  period: PeriodNumber;
  total: AccuracyFigures;
  /** The kinds of line the forecast had, each in total. */
  kinds: Partial<Record<ForecastKind, AccuracyFigures>>;
  lines: LineAccuracy[];
}

export interface ForecastAccuracy {
  /** The closed years measured, oldest first. */
  years: FinancialYear[];
  /** Every snapshot of a closed year, in period order. */
  periods: PeriodAccuracy[];
}

export function forecastAccuracy(
  snapshots: readonly ForecastOutturn[],
  actuals: readonly LedgerActual[],
): ForecastAccuracy {
  const closedYears = new Set(actuals.filter((a) => a.period === 12).map((a) => a.year));
  const outturns = new Map<string, Pence>();
  for (const a of actuals) {
    const id = `${a.year}/${a.costCentre}`;
    outturns.set(id, (outturns.get(id) ?? 0) + a.amount);
  }
  const periods = snapshots
    .map((snapshot) => ({ snapshot, at: parsePeriodRef(snapshot.period) }))
    .filter(({ at }) => closedYears.has(at.year))
    .sort((a, b) => (a.at.year === b.at.year ? a.at.period - b.at.period : a.at.year < b.at.year ? -1 : 1))
    .map(({ snapshot, at }): PeriodAccuracy => {
      const lines = snapshot.lines.map(
        (line): LineAccuracy => ({
          costCentre: line.costCentre,
          name: line.name,
          kind: line.kind,
          ...figures(
            line.forecast,
            prorate(line.actualToDate, 12, at.period),
            outturns.get(`${at.year}/${line.costCentre}`) ?? 0,
          ),
        }),
      );
      const kinds: PeriodAccuracy["kinds"] = {};
      for (const kind of new Set(lines.map((l) => l.kind)))
        kinds[kind] = added(lines.filter((l) => l.kind === kind));
      return { year: at.year, period: at.period, total: added(lines), kinds, lines };
    });
  return { years: [...new Set(periods.map((p) => p.year))], periods };
}

function percent(error: Pence, outturn: Pence): number | null {
  return outturn === 0 ? null : (error / outturn) * 100;
}

function figures(forecast: Pence, naive: Pence, outturn: Pence): AccuracyFigures {
  const [error, naiveError] = [forecast - outturn, naive - outturn];
  return {
    forecast,
    naive,
    outturn,
    error,
    errorPercent: percent(error, outturn),
    naiveError,
    naivePercent: percent(naiveError, outturn),
  };
}

function added(lines: readonly AccuracyFigures[]): AccuracyFigures {
  const sum = (field: "forecast" | "naive" | "outturn") => lines.reduce((t, l) => t + l[field], 0);
  return figures(sum("forecast"), sum("naive"), sum("outturn"));
}

/** The largest error at a period over the closed years, as a percentage of the outturn (null: none). */
export function worstError(
  accuracy: ForecastAccuracy,
  period: PeriodNumber,
  kind?: BudgetKind,
  method: "forecast" | "naive" = "forecast",
): number | null {
  const errors = accuracy.periods
    .filter((p) => p.period === period)
    .map((p) => (kind ? p.kinds[kind] : p.total))
    .map((f) => (method === "forecast" ? f?.errorPercent : f?.naivePercent))
    .filter((e): e is number => typeof e === "number");
  return errors.length === 0 ? null : Math.max(...errors.map(Math.abs));
}

/** The sentence for the report, e.g. "Forecasts at P7 were within ±2.1% of the outturn in the last 3 years". */
export function accuracySummary(accuracy: ForecastAccuracy, period: PeriodNumber, kind?: BudgetKind): string {
  const what = kind ? `${kind[0]?.toUpperCase()}${kind.slice(1)} forecasts` : "Forecasts";
  const worst = worstError(accuracy, period, kind);
  const years = new Set(accuracy.periods.filter((p) => p.period === period).map((p) => p.year)).size;
  if (worst === null)
    return `${what} at P${period} cannot be measured yet: no closed year has a forecast frozen at P${period}`;
  const naive = worstError(accuracy, period, kind, "naive");
  const span = years === 1 ? "the last year" : `the last ${years} years`;
  const against = naive === null ? "" : ` (a run-rate forecast: within ±${naive.toFixed(1)}%)`;
  return `${what} at P${period} were within ±${worst.toFixed(1)}% of the outturn in ${span}${against}`;
}
