/**
 * A council against its statistical neighbours, their average, its region and England for one
 * benchmark measure and year: one horizontal bar each, the council and its neighbours best first
 * (by the measure's polarity; a neutral one lowest first), then the three comparators apart in
 * grey. The caption gives the council's rank and quartile among English LAs, and the DfE's
 * attribution under the Open Government Licence.
 */
import type { EChartsOption } from "echarts";
import type { BenchmarkComparison } from "../../domain/benchmarks/compare.js";
import type { ReportChart } from "../monthly/model.js";

const COUNCIL = "#1d4e89";
const NEIGHBOUR = "#8fa8c8";
const COMPARATOR = "#6b6f76";

/** A value as published: a rate per 10,000 whole, a percentage with its decimals and a % sign. */
export function formatBenchmark(value: number | null, unit: BenchmarkComparison["unit"]): string {
  if (value === null) return "not published";
  const text = value.toLocaleString("en-GB", { maximumFractionDigits: 1 });
  return unit === "percent" ? `${text}%` : text;
}

interface Bar {
  label: string;
  value: number | null;
  color: string;
}

function bars(c: BenchmarkComparison): Bar[] {
  const sign = c.polarity === "higher-better" ? -1 : 1;
  const peers: Bar[] = [
    { label: c.council.name, value: c.council.value, color: COUNCIL },
    ...c.neighbours.map((n) => ({ label: n.name, value: n.value, color: NEIGHBOUR })),
  ].sort((a, b) => {
    if (a.value === null || b.value === null) return (a.value === null ? 1 : 0) - (b.value === null ? 1 : 0);
    return sign * (a.value - b.value);
  });
  const average = c.neighbourAverage === null ? null : Math.round(c.neighbourAverage * 10) / 10;
  return [
    ...peers,
    { label: "Statistical neighbours' average", value: average, color: COMPARATOR },
    ...(c.region ? [{ label: c.region.name, value: c.region.value, color: COMPARATOR }] : []),
    ...(c.england ? [{ label: "England", value: c.england.value, color: COMPARATOR }] : []),
  ];
}

export function benchmarkChartOption(c: BenchmarkComparison): EChartsOption {
  const shown = bars(c);
  return {
    animation: false,
    textStyle: { fontFamily: "DejaVu Sans, Arial, sans-serif" },
    title: { text: `${c.name}, ${c.year}`, top: 4, textStyle: { fontSize: 14 } },
    grid: { left: 230, right: 90, top: 40, bottom: 30 },
    xAxis: { type: "value", axisLabel: { formatter: (v: number) => formatBenchmark(v, c.unit) } },
    yAxis: { type: "category", inverse: true, data: shown.map((b) => b.label) },
    series: [
      {
        name: c.name,
        type: "bar",
        data: shown.map((b) => ({
          value: b.value,
          itemStyle: { color: b.color },
          label: {
            show: true,
            position: "right",
            fontWeight: b.color === COUNCIL ? "bold" : "normal",
            formatter: () => formatBenchmark(b.value, c.unit),
          },
        })),
      },
    ],
  };
}

/** The sentence under the chart: rank, quartile, and what 1 means. */
export function rankSentence(c: BenchmarkComparison): string {
  if (c.rank === null) return `${c.council.name} has no value for ${c.year}, so it is not ranked.`;
  const order = c.polarity === "neutral" ? "lowest first" : "1 = best";
  return `${c.council.name} ranks ${c.rank} of ${c.of} English LAs (${order}), in quartile ${c.quartile}.`;
}

export function benchmarkChart(c: BenchmarkComparison, attribution: string): ReportChart {
  return {
    type: "chart",
    title: `${c.name}: benchmarks`,
    height: 120 + (c.neighbours.length + 4) * 28,
    caption: `${rankSentence(c)} Source: Department for Education. ${attribution}.`,
    option: benchmarkChartOption(c),
  };
}
