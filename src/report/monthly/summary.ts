/** The report's opening: budget, forecast and variance, and one sentence a councillor can read. */
import type { Pence } from "../../domain/money/money.js";
import type { ForecastOutturn } from "../../domain/outturn/forecast.js";
import { forecastSentences } from "../forecast-sentences.js";
import { savingsSummaryNote } from "../savings/savings-document.js";
import { forecastTrendChart } from "./forecast-trend-chart.js";
import type { KeyFigure, MonthlyReportInput, ReportSection } from "./model.js";
import { roundedPounds } from "./rounded-pounds.js";

export { roundedPounds };

/** Variance as a share of the budget (0.02 = 2%); null when there is no budget to compare with. */
export function varianceRatio(variance: Pence, budget: Pence): number | null {
  return budget === 0 ? null : variance / budget;
}

export function headline(outturn: ForecastOutturn): string {
  const { budget, variance } = outturn.total;
  const ratio = varianceRatio(variance, budget);
  const share = ratio === null ? "" : ` (${Math.abs(ratio * 100).toFixed(1)}%)`;
  const against = `against a budget of ${roundedPounds(budget)} at ${outturn.period}`;
  if (variance === 0)
    return `Forecast to spend the budget exactly, ${roundedPounds(budget)}, at ${outturn.period}.`;
  const word = variance > 0 ? "overspend" : "underspend";
  return `Forecast ${word} of ${roundedPounds(Math.abs(variance))}${share} ${against}.`;
}

export function keyFigures(outturn: ForecastOutturn): KeyFigure[] {
  const t = outturn.total;
  return [
    { label: "Budget", type: "money", value: t.budget },
    { label: "Actual to date", type: "money", value: t.actualToDate },
    { label: "Forecast outturn", type: "money", value: t.forecast },
    { label: "Variance", type: "money", value: t.variance },
    { label: "Variance (% of budget)", type: "percent", value: varianceRatio(t.variance, t.budget) },
  ];
}

/** The headline (with the savings at risk and unevidenced, when there are savings) and totals, then the forecast period by period against the budget, with how accurate forecasts at this point have been. */
export function summarySection(input: MonthlyReportInput): ReportSection {
  const { outturn, registers, snapshots = [] } = input;
  const t = outturn.total;
  const savings = savingsSummaryNote(input);
  const { accuracy, movement } = forecastSentences(outturn, registers, snapshots);
  const trend = `Each closed period's forecast as it was frozen when the period closed, and this period's. ${accuracy}${movement ? ` ${movement}` : ""}`;
  return {
    id: "summary",
    title: "Summary",
    intro: headline(outturn),
    ...(savings ? { notes: [savings] } : {}),
    blocks: [
      {
        type: "table",
        title: "Summary",
        columns: [
          { key: "label", label: "", type: "text" },
          { key: "budget", label: "Budget", type: "money" },
          { key: "actualToDate", label: "Actual to date", type: "money" },
          { key: "forecast", label: "Forecast outturn", type: "money" },
          { key: "variance", label: "Variance", type: "money", overspend: true },
          { key: "varianceRatio", label: "Variance %", type: "percent", overspend: true },
        ],
        rows: [],
        total: {
          values: {
            label: `Total at ${outturn.period}`,
            budget: t.budget,
            actualToDate: t.actualToDate,
            forecast: t.forecast,
            variance: t.variance,
            varianceRatio: varianceRatio(t.variance, t.budget),
          },
        },
      },
      forecastTrendChart(outturn, snapshots, trend),
    ],
  };
}
