/**
 * A measure's history as a line chart: its value at each point (a gap where it is not available or
 * is suppressed), with its target as a dashed line. Money is shown in pounds.
 */
import type { MeasureDefinition } from "../../domain/measures/measure.js";
import type { ReportChart } from "../monthly/model.js";
import { chartValue, formatMeasure } from "./measure-format.js";
import type { ShownResult } from "./member-view.js";

const axisLabel = (d: MeasureDefinition) => (value: number) =>
  formatMeasure(d.unit === "pence" ? value * 100 : value, d.unit);

export function historyChart(m: ShownResult): ReportChart {
  const d = m.definition;
  const values = m.history.map((p) => chartValue(p, d.unit));
  const target = d.target === null ? null : chartValue({ ...m, value: d.target, suppressed: false }, d.unit);
  const span = d.frequency === "annual" ? "the last 12 years" : "the last 12 periods";
  const shown = values.filter((v) => v !== null).length;
  return {
    type: "chart",
    title: `${d.name}: history`,
    height: 300,
    caption: `${d.name} over ${span}${target === null ? "" : "; dashed: the target"}. ${shown} of ${values.length} points have a value; a gap is a period with none, or one too small to show.`,
    option: {
      animation: false,
      textStyle: { fontFamily: "DejaVu Sans, Arial, sans-serif" },
      title: { text: `${d.name}, ${span}`, top: 4, textStyle: { fontSize: 14 } },
      grid: { left: 90, right: 40, top: 50, bottom: 40 },
      xAxis: { type: "category", data: m.history.map((p) => p.period) },
      yAxis: {
        type: "value",
        scale: true,
        axisLabel: { formatter: axisLabel(d) },
        // Wide enough for the target's line as well as the values.
        ...(target === null
          ? {}
          : {
              min: (extent: { min: number }) => Math.min(extent.min, target),
              max: (extent: { max: number }) => Math.max(extent.max, target),
            }),
      },
      series: [
        {
          name: d.name,
          type: "line",
          connectNulls: false,
          data: values,
          itemStyle: { color: "#1d4e89" },
          lineStyle: { width: 3 },
          symbolSize: 8,
          label: {
            show: true,
            position: "top",
            formatter: (p: { value: unknown }) => axisLabel(d)(Number(p.value)),
          },
          ...(target === null
            ? {}
            : {
                markLine: {
                  symbol: "none",
                  lineStyle: { type: "dashed", color: "#b3261e" },
                  label: { formatter: `Target ${formatMeasure(d.target as number, d.unit)}` },
                  data: [{ yAxis: target }],
                },
              }),
        },
      ],
    },
  };
}
