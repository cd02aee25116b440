/**
 * The unit-cost trend: each placement type's average weekly cost over the financial years, one line
 * a type, with the published reference points (seed 002's Herefordshire figures) marked apart as
 * another council's, on one axis of every year from the earliest figure to the latest.
 */
import { financialYearStarting, startingYear } from "../../domain/calendar/financial.js";
import { type Pence, roundTo } from "../../domain/money/money.js";
import { PLACEMENT_TYPE_NAMES, PLACEMENT_TYPES } from "../../domain/placements/types.js";
import type { UnitCostTrends } from "../../domain/placements/unit-costs.js";
import type { ReportChart } from "./model.js";

const pounds = (amount: Pence) => roundTo(amount, 100) / 100;
const grouped = (v: number) => `£${v.toLocaleString("en-GB")}`;

/** Every financial year from the earliest of the council's and the references' to the latest. */
export function trendYears(trends: UnitCostTrends): string[] {
  const starts = [...trends.years, ...trends.references.map((r) => r.year)].map(startingYear);
  if (starts.length === 0) return [];
  const [first, last] = [Math.min(...starts), Math.max(...starts)];
  return Array.from({ length: last - first + 1 }, (_, i) => financialYearStarting(first + i));
}

export function unitCostChart(trends: UnitCostTrends, councilName: string): ReportChart {
  const years = trendYears(trends);
  const types = PLACEMENT_TYPE_NAMES.filter((type) => trends.rows.some((r) => r.type === type));
  const published = [...new Set(trends.references.map((r) => r.council))].join(" and ");
  const sources = [...new Set(trends.references.map((r) => r.source))].join("; ");
  return {
    type: "chart",
    title: "Unit-cost trend by placement type",
    height: 400,
    caption: `Lines: ${councilName}'s average gross weekly cost of each type, from its own registers (the latest year to ${trends.until}). Diamonds: ${published}'s published figures, for comparison, not ${councilName}'s: ${sources}.`,
    option: {
      animation: false,
      textStyle: { fontFamily: "DejaVu Sans, Arial, sans-serif" },
      title: {
        text: "Average weekly cost by placement type (£ a week)",
        top: 4,
        textStyle: { fontSize: 14 },
      },
      // Wide gaps: the server measures legend text narrower than the browser draws it.
      legend: { top: 30, itemGap: 36, textStyle: { fontSize: 11 } },
      grid: { left: 80, right: 40, top: 120, bottom: 30 },
      xAxis: { type: "category", data: years, boundaryGap: false },
      yAxis: { type: "value", axisLabel: { formatter: grouped } },
      series: [
        ...types.map((type) => ({
          name: PLACEMENT_TYPES[type],
          type: "line" as const,
          symbolSize: 6,
          data: years.map((year) => {
            const row = trends.rows.find((r) => r.type === type && r.year === year);
            return row ? pounds(row.averageWeekly) : null;
          }),
        })),
        {
          name: `${published} (published)`,
          type: "scatter" as const,
          symbol: "diamond",
          symbolSize: 14,
          itemStyle: { color: "#1d2330" },
          data: trends.references.map((r) => [r.year, pounds(r.averageWeekly)]),
          label: {
            show: true,
            position: "top",
            formatter: (p: { value: unknown }) => grouped(Number((p.value as [string, number])[1])),
          },
        },
      ],
    },
  };
}
