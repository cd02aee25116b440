/**
 * The chart of budget against forecast outturn by service area, as one ECharts option that renders
 * to SVG on the server (for pages and packs) and could render the same in a browser.
 */
import * as echarts from "echarts";
import { toThousands } from "../domain/money/money.js";
import type { ForecastOutturn } from "../domain/outturn/forecast.js";

export function outturnChartOption(outturn: ForecastOutturn): echarts.EChartsOption {
  const areas = outturn.serviceAreas;
  return {
    animation: false,
    textStyle: { fontFamily: "DejaVu Sans, Arial, sans-serif" },
    title: {
      text: `Budget and forecast outturn by service area, ${outturn.period} (£'000)`,
      top: 4,
      textStyle: { fontSize: 14 },
    },
    legend: { top: 32, data: ["Budget", "Forecast outturn"] },
    grid: { left: 170, right: 40, top: 70, bottom: 30 },
    xAxis: { type: "value", axisLabel: { formatter: (v: number) => v.toLocaleString("en-GB") } },
    yAxis: { type: "category", inverse: true, data: areas.map((a) => a.serviceArea) },
    series: [
      {
        name: "Budget",
        type: "bar",
        data: areas.map((a) => toThousands(a.budget)),
        itemStyle: { color: "#6b7a8f" },
      },
      {
        name: "Forecast outturn",
        type: "bar",
        itemStyle: { color: "#b3261e" },
        data: areas.map((a) => ({
          value: toThousands(a.forecast),
          itemStyle: { color: a.variance > 0 ? "#b3261e" : "#1b7f3b" },
        })),
      },
    ],
  };
}

export function outturnChartSvg(outturn: ForecastOutturn, width = 1020): string {
  const height = 110 + outturn.serviceAreas.length * 46;
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width, height });
  try {
    chart.setOption(outturnChartOption(outturn));
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
