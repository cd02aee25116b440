/**
 * The MTFP's charts, in £'000: the base budget carried forward by year as bars with the gap as a
 * line on its own axis, and a scenario's gap by year against the plan's.
 */
import type { EChartsOption } from "echarts";
import { toThousands } from "../../domain/money/money.js";
import type { MtfpPlan } from "../../domain/mtfp/plan.js";
import type { MtfpScenarioResult } from "../../domain/mtfp/scenario.js";
import type { ReportChart } from "../monthly/model.js";
import { planSpan } from "./mtfp-tables.js";

const grouped = (v: number) => v.toLocaleString("en-GB");
const label = {
  show: true,
  position: "top" as const,
  formatter: (p: { value: unknown }) => grouped(Number(p.value)),
};

function base(title: string, legend: string[]): EChartsOption {
  return {
    animation: false,
    textStyle: { fontFamily: "DejaVu Sans, Arial, sans-serif" },
    title: { text: title, top: 4, textStyle: { fontSize: 14 } },
    legend: { top: 32, itemGap: 36, data: legend },
    grid: { left: 90, right: 90, top: 70, bottom: 30 },
  };
}

export function planChart(plan: MtfpPlan): ReportChart {
  const years = plan.years.map((y) => y.year);
  return {
    type: "chart",
    title: "Base budget and gap by year",
    height: 320,
    caption:
      "Bars: the base budget carried forward each year (left axis). Line: the gap, the pressures the budget does not fund so far (right axis).",
    option: {
      ...base(`Base budget c/f and gap, ${planSpan(plan)} (£'000)`, ["Base budget c/f", "Gap"]),
      xAxis: { type: "category", data: years },
      yAxis: [
        { type: "value", name: "Base budget", axisLabel: { formatter: grouped } },
        { type: "value", name: "Gap", axisLabel: { formatter: grouped }, splitLine: { show: false } },
      ],
      series: [
        {
          name: "Base budget c/f",
          type: "bar",
          barMaxWidth: 90,
          data: plan.years.map((y) => toThousands(y.baseCarriedForward)),
          itemStyle: { color: "#6b7a8f" },
          // At the foot of the bar, so the gap's labels, wherever the line runs, stay clear.
          label: { ...label, position: "insideBottom", color: "#fff" },
        },
        {
          name: "Gap",
          type: "line",
          yAxisIndex: 1,
          data: plan.years.map((y) => toThousands(y.gap)),
          itemStyle: { color: "#b3261e" },
          lineStyle: { width: 3 },
          symbolSize: 8,
          label,
        },
      ],
    },
  };
}

export function scenarioChart(plan: MtfpPlan, scenario: MtfpScenarioResult): ReportChart {
  return {
    type: "chart",
    title: `Gap by year: ${scenario.scenario}`,
    height: 300,
    caption: `Grey: the gap in the plan. Red: the gap if "${scenario.scenario}" happens.`,
    option: {
      ...base(`Gap by year, plan and "${scenario.scenario}" (£'000)`, ["Plan", scenario.scenario]),
      xAxis: { type: "category", data: plan.years.map((y) => y.year) },
      yAxis: { type: "value", axisLabel: { formatter: grouped } },
      series: [
        {
          name: "Plan",
          type: "bar",
          barMaxWidth: 60,
          data: plan.years.map((y) => toThousands(y.gap)),
          itemStyle: { color: "#6b7a8f" },
          label,
        },
        {
          name: scenario.scenario,
          type: "bar",
          barMaxWidth: 60,
          data: scenario.years.map((y) => toThousands(y.gap)),
          itemStyle: { color: "#b3261e" },
          label,
        },
      ],
    },
  };
}
