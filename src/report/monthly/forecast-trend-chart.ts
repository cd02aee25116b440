/**
 * Forecast against budget over the periods of the year: each closed period's forecast outturn as it
 * was frozen (its snapshot), this period's forecast, and the budget, in £'000, as a line chart.
 */
import { formatPeriodRef, parsePeriodRef, periodsOf } from "../../domain/calendar/financial.js";
import { type Pence, toThousands } from "../../domain/money/money.js";
import type { ForecastOutturn } from "../../domain/outturn/forecast.js";
import type { ReportChart } from "./model.js";

export interface ForecastTrend {
  /** P1 to this period, e.g. ["P1", …, "P7"]. */
  periods: string[];
  /** Each period's forecast outturn in pence; null for a period that was not closed. */
  forecast: (Pence | null)[];
  /** The budget each forecast was made against; null where the forecast is. */
  budget: (Pence | null)[];
}

/** This year's forecasts from P1 to the outturn's period: closed periods from their snapshots, this one as it stands. */
export function forecastTrend(
  outturn: ForecastOutturn,
  snapshots: readonly ForecastOutturn[],
): ForecastTrend {
  const at = parsePeriodRef(outturn.period);
  const refs = periodsOf(at.year).filter((ref) => ref.period <= at.period);
  const byPeriod = new Map(snapshots.map((s) => [s.period, s]));
  const made = refs.map((ref) => (ref.period === at.period ? outturn : byPeriod.get(formatPeriodRef(ref))));
  return {
    periods: refs.map((ref) => `P${ref.period}`),
    forecast: made.map((f) => f?.total.forecast ?? null),
    budget: made.map((f) => f?.total.budget ?? null),
  };
}

const thousands = (amount: Pence | null) => (amount === null ? null : toThousands(amount));
const grouped = (v: number) => v.toLocaleString("en-GB");

export function forecastTrendChart(
  outturn: ForecastOutturn,
  snapshots: readonly ForecastOutturn[],
  caption: string,
): ReportChart {
  const trend = forecastTrend(outturn, snapshots);
  return {
    type: "chart",
    title: "Forecast outturn and budget by period",
    height: 300,
    caption,
    option: {
      animation: false,
      textStyle: { fontFamily: "DejaVu Sans, Arial, sans-serif" },
      title: {
        text: `Forecast outturn against budget, ${parsePeriodRef(outturn.period).year} (£'000)`,
        top: 4,
        textStyle: { fontSize: 14 },
      },
      legend: { top: 32, itemGap: 36, data: ["Forecast outturn", "Budget"] },
      grid: { left: 90, right: 70, top: 70, bottom: 30 },
      xAxis: { type: "category", data: trend.periods, boundaryGap: false },
      // Not from zero: the gap between forecast and budget is what the reader looks for.
      yAxis: { type: "value", scale: true, axisLabel: { formatter: grouped } },
      series: [
        {
          name: "Forecast outturn",
          type: "line",
          data: trend.forecast.map(thousands),
          itemStyle: { color: "#b3261e" },
          lineStyle: { width: 3 },
          symbolSize: 8,
          label: {
            show: true,
            position: "top",
            formatter: (p) => grouped(Number(p.value)),
          },
        },
        {
          name: "Budget",
          type: "line",
          step: "middle",
          data: trend.budget.map(thousands),
          itemStyle: { color: "#6b7a8f" },
          lineStyle: { type: "dashed", width: 2 },
          symbol: "none",
        },
      ],
    },
  };
}
