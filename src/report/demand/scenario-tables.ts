/**
 * Each saved scenario beside the base: what it says and the rate changes it makes, the children in
 * care at each 31 March and at the end, the cost and saving by financial year (a table and a chart),
 * and what it evidences for a saving, each linking to the saving.
 */
import { daysInYear } from "../../domain/calendar/financial.js";
import { PLACEMENT_CATEGORIES } from "../../domain/demand/model.js";
import type { InCare, ScenarioComparison } from "../../domain/demand/scenarios/compare.js";
import { dayInWords } from "../../domain/demand/words.js";
import type { Audience } from "../../domain/disclosure/audience.js";
import { toThousands } from "../../domain/money/money.js";
import type { ReportBlock, ReportChart, ReportRow, ReportTable } from "../monthly/model.js";
import { shownChildren, shownCounts } from "./shown-children.js";

const dateLabel = (p: ScenarioComparison["populations"][number]) =>
  p.end ? `End ${dayInWords(p.date)}` : dayInWords(p.date);

/** Base, then each scenario, by the figure `pick` takes from each side. */
function rowsOf(comparisons: readonly ScenarioComparison[], pick: (c: InCare) => number, audience: Audience) {
  const first = comparisons[0] as ScenarioComparison;
  const row = (name: string, side: "base" | "scenario", c: ScenarioComparison): ReportRow => ({
    values: {
      scenario: name,
      ...Object.fromEntries(c.populations.map((p, i) => [`d${i}`, shownChildren(audience, pick(p[side]))])),
    },
  });
  return [row("Base", "base", first), ...comparisons.map((c) => row(c.scenario.scenario, "scenario", c))];
}

function populationTable(
  comparisons: readonly ScenarioComparison[],
  audience: Audience,
  prefix: string,
): ReportTable {
  const first = comparisons[0] as ScenarioComparison;
  return {
    type: "table",
    title: `${prefix}Scenarios: in care by date`,
    columns: [
      { key: "scenario", label: "Scenario", type: "text" },
      ...first.populations.map((p, i) => ({ key: `d${i}`, label: dateLabel(p), type: "count" as const })),
    ],
    rows: rowsOf(comparisons, (c) => c.total, audience),
  };
}

function endTable(
  comparisons: readonly ScenarioComparison[],
  audience: Audience,
  prefix: string,
): ReportTable {
  const first = comparisons[0] as ScenarioComparison;
  const end = (c: ScenarioComparison) => c.populations.at(-1) as ScenarioComparison["populations"][number];
  const sides: [string, InCare][] = [
    ["Base", end(first).base],
    ...comparisons.map((c): [string, InCare] => [c.scenario.scenario, end(c).scenario]),
  ];
  const shown = shownCounts(
    audience,
    sides.map(([, c]) => PLACEMENT_CATEGORIES.map((cat) => c.byCategory[cat])),
    { rowTotals: true },
  );
  return {
    type: "table",
    title: `${prefix}Scenarios: by category at the end`,
    columns: [
      { key: "scenario", label: "Scenario", type: "text" },
      ...PLACEMENT_CATEGORIES.map((c) => ({ key: c, label: c, type: "count" as const })),
      { key: "total", label: "In care", type: "count" },
    ],
    rows: sides.map(([name], i) => ({
      values: {
        scenario: name,
        ...Object.fromEntries(PLACEMENT_CATEGORIES.map((c, j) => [c, shown.cells[i]?.[j] ?? null])),
        total: shown.rowTotals?.[i] ?? null,
      },
    })),
  };
}

function costTable(comparisons: readonly ScenarioComparison[], prefix: string): ReportTable {
  return {
    type: "table",
    title: `${prefix}Scenarios: cost and saving`,
    columns: [
      { key: "scenario", label: "Scenario", type: "text" },
      { key: "year", label: "Financial year", type: "text" },
      { key: "days", label: "Days projected", type: "number" },
      { key: "base", label: "Base cost", type: "money" },
      { key: "cost", label: "Cost with the scenario", type: "money" },
      { key: "saving", label: "Saving", type: "money" },
    ],
    rows: comparisons.flatMap((c) =>
      c.years.map((y) => ({
        values: {
          scenario: c.scenario.scenario,
          year: y.year,
          days: y.days,
          base: y.base,
          cost: y.scenario,
          saving: y.saving,
        },
      })),
    ),
  };
}

export function scenariosChart(comparisons: readonly ScenarioComparison[], title: string): ReportChart {
  const first = comparisons[0] as ScenarioComparison;
  const years = first.years.map((y) => (y.days < daysInYear(y.year) ? `${y.year} (${y.days} days)` : y.year));
  const bars = (name: string, amounts: number[]) => ({
    name,
    type: "bar" as const,
    data: amounts.map((a) => toThousands(a)),
  });
  return {
    type: "chart",
    title,
    height: 320,
    caption:
      "The projected cost of each financial year in £'000, the base beside each saved scenario; a part year holds only the days projected in it.",
    option: {
      animation: false,
      textStyle: { fontFamily: "DejaVu Sans, Arial, sans-serif" },
      title: { text: `${title} (£'000)`, top: 4, textStyle: { fontSize: 14 } },
      legend: { top: 32, itemGap: 24 },
      grid: { left: 90, right: 40, top: 70, bottom: 40 },
      xAxis: { type: "category", data: years },
      yAxis: { type: "value", axisLabel: { formatter: (v: number) => v.toLocaleString("en-GB") } },
      color: ["#6b7a8f", "#1d4e89", "#2a7f62", "#b3261e", "#8a5a00", "#5b3f8c"],
      series: [
        bars(
          "Base",
          first.years.map((y) => y.base),
        ),
        ...comparisons.map((c) =>
          bars(
            c.scenario.scenario,
            c.years.map((y) => y.scenario),
          ),
        ),
      ],
    },
  };
}

/** The comparison's blocks: the chart, then the children and the cost, base beside each scenario. */
export function comparisonBlocks(
  comparisons: readonly ScenarioComparison[],
  audience: Audience,
  prefix = "",
): ReportBlock[] {
  if (comparisons.length === 0) return [];
  return [
    scenariosChart(comparisons, "Projected cost, base and scenarios"),
    populationTable(comparisons, audience, prefix),
    endTable(comparisons, audience, prefix),
    costTable(comparisons, prefix),
  ];
}
