/**
 * The projection as a chart: children in care in all and by placement category, each a line with
 * its range (±2σ) as a shaded band, a point a week. For a member, a point whose figure is hidden (it
 * rounds to 1 to the threshold, or could be worked out from the total) is a gap, and so is its band.
 */

import { dayInWords } from "../../domain/demand/words.js";
import type { Audience } from "../../domain/disclosure/audience.js";
import type { ReportChart } from "../monthly/model.js";
import { bandOf, type DemandSeries, SERIES, type SeriesName, weeklyIndexes } from "./demand-series.js";
import { isHidden, shownCounts } from "./shown-children.js";

export const SERIES_COLOURS: Readonly<Record<SeriesName, string>> = {
  Total: "#1d2330",
  Fostering: "#1d4e89",
  Residential: "#b3261e",
  Supported: "#2a7f62",
  Other: "#8a5a00",
};

/** The name of a band's series, which the page's tests look for. */
export const bandName = (series: SeriesName) => `${series} ±2σ`;

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Which figures the audience may see at one day: the categories and their total, secondary suppression applied. */
function visibleAt(audience: Audience, series: DemandSeries, index: number): Set<SeriesName> {
  const parts = SERIES.filter((s) => s !== "Total");
  const shown = shownCounts(
    audience,
    parts.map((s) => [series.population[s][index] ?? 0]),
    { columnTotals: true },
  );
  const visible = new Set<SeriesName>(parts.filter((_, i) => !isHidden(shown.cells[i]?.[0])));
  if (!isHidden(shown.columnTotals?.[0])) visible.add("Total");
  return visible;
}

export function projectionChart(series: DemandSeries, audience: Audience, title: string): ReportChart {
  const days = weeklyIndexes(series.dates.length);
  const visible = days.map((d) => visibleAt(audience, series, d));
  const at = (s: SeriesName, f: (pop: number, band: { low: number; high: number }) => number) =>
    days.map((d, k) => {
      if (!visible[k]?.has(s)) return null;
      const pop = series.population[s][d] ?? 0;
      return round1(f(pop, bandOf(pop, series.variance[s][d] ?? 0)));
    });
  const lines = SERIES.flatMap((s) => {
    const colour = SERIES_COLOURS[s];
    const quiet = { lineStyle: { opacity: 0 }, symbol: "none", silent: true, stack: `band-${s}` } as const;
    return [
      { ...quiet, name: `${s} low`, type: "line" as const, data: at(s, (_, b) => b.low) },
      {
        ...quiet,
        name: bandName(s),
        type: "line" as const,
        data: at(s, (_, b) => b.high - b.low),
        areaStyle: { color: colour, opacity: 0.18 },
      },
      {
        name: s,
        type: "line" as const,
        data: at(s, (pop) => pop),
        itemStyle: { color: colour },
        lineStyle: { width: s === "Total" ? 3 : 2 },
        symbol: "none",
      },
    ];
  });
  const labels = days.map((d) => dayInWords(series.dates[d] as string));
  return {
    type: "chart",
    title,
    height: 360,
    caption:
      "Each line is the projected number of children in care, a point a week; the shaded band around it is its range, two standard deviations either side (never below 0). A gap is a figure too small to show.",
    option: {
      animation: false,
      textStyle: { fontFamily: "DejaVu Sans, Arial, sans-serif" },
      title: { text: title, top: 4, textStyle: { fontSize: 14 } },
      legend: { top: 32, itemGap: 24, data: [...SERIES] },
      grid: { left: 60, right: 40, top: 70, bottom: 40 },
      xAxis: {
        type: "category",
        data: labels,
        boundaryGap: false,
        axisLabel: { interval: Math.max(0, Math.ceil(labels.length / 8) - 1) },
      },
      yAxis: { type: "value", min: 0 },
      series: lines,
    },
  };
}
