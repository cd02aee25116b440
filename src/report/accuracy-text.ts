/** Forecast accuracy at P3, P6 and P9 of each closed year, as a plain-text table and as CSV. */

import { BUDGET_KINDS } from "../domain/budget/budget.js";
import { toDecimalPounds } from "../domain/money/money.js";
import { type AccuracyFigures, accuracySummary, type ForecastAccuracy } from "../domain/outturn/accuracy.js";
import { csv } from "./safe-cells.js";
import { textTable } from "./text-table.js";

/** The periods the table shows: a quarter, a half and three quarters of the way through the year. */
export const TABULATED_PERIODS = [3, 6, 9] as const;

const percent = (value: number | null | undefined) =>
  value === null || value === undefined ? "" : `${value >= 0 ? "+" : ""}${value.toFixed(1)}%`;

export function accuracySentences(accuracy: ForecastAccuracy): string[] {
  return TABULATED_PERIODS.flatMap((p) => [
    accuracySummary(accuracy, p),
    accuracySummary(accuracy, p, "placements"),
  ]);
}

export function accuracyTable(accuracy: ForecastAccuracy, councilName: string): string {
  const scopes = [["Total", undefined], ...BUDGET_KINDS.map((k) => [k, k] as const)] as const;
  const rows: string[][] = [];
  for (const year of accuracy.years) {
    for (const [label, kind] of scopes) {
      const cells = TABULATED_PERIODS.flatMap((period) => {
        const found = accuracy.periods.find((p) => p.year === year && p.period === period);
        const figures: AccuracyFigures | undefined = kind ? found?.kinds[kind] : found?.total;
        return [percent(figures?.errorPercent), percent(figures?.naivePercent)];
      });
      if (cells.some((c) => c !== "")) rows.push([`${year} ${label}`, ...cells]);
    }
  }
  const header = ["Error against outturn", ...TABULATED_PERIODS.flatMap((p) => [`P${p}`, `P${p} run-rate`])];
  const title = `${councilName}: forecasts at each period end against the year's outturn (+ = too high)`;
  return `${[title, ...textTable(header, rows), "", ...accuracySentences(accuracy)].join("\n")}\n`;
}

/** Every closed period: the total, each kind and each line. */
export function accuracyCsv(accuracy: ForecastAccuracy): string {
  const header = [
    "Year",
    "Period",
    "Scope",
    "Cost centre",
    "Forecast (£)",
    "Run-rate (£)",
    "Outturn (£)",
    "Error (£)",
    "Error %",
    "Run-rate error (£)",
    "Run-rate error %",
  ];
  const row = (year: string, period: number, scope: string, costCentre: string, f: AccuracyFigures) => [
    year,
    `P${period}`,
    scope,
    costCentre,
    toDecimalPounds(f.forecast),
    toDecimalPounds(f.naive),
    toDecimalPounds(f.outturn),
    toDecimalPounds(f.error),
    f.errorPercent?.toFixed(2) ?? "",
    toDecimalPounds(f.naiveError),
    f.naivePercent?.toFixed(2) ?? "",
  ];
  const body = accuracy.periods.flatMap((p) => [
    row(p.year, p.period, "total", "", p.total),
    ...BUDGET_KINDS.flatMap((k) => {
      const f = p.kinds[k];
      return f ? [row(p.year, p.period, k, "", f)] : [];
    }),
    ...p.lines.map((l) => row(p.year, p.period, "line", l.costCentre, l)),
  ]);
  return csv([header, ...body]);
}
