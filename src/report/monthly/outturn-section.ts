/** The outturn by service area and budget line, and the chart of forecast against budget. */
import type { ForecastOutturn } from "../../domain/outturn/forecast.js";
import { outturnChartOption } from "../outturn-chart.js";
import { type OutturnRow, outturnRows } from "../outturn-rows.js";
import type { MonthlyReportInput, ReportColumn, ReportRow, ReportSection, ReportTable } from "./model.js";
import { varianceRatio } from "./summary.js";

const COLUMNS: ReportColumn[] = [
  { key: "label", label: "Service area and budget line", type: "text" },
  { key: "costCentre", label: "Cost centre", type: "text" },
  { key: "basis", label: "Forecast basis", type: "text" },
  { key: "budget", label: "Budget", type: "money" },
  { key: "actualToDate", label: "Actual to date", type: "money" },
  { key: "forecast", label: "Forecast outturn", type: "money" },
  { key: "variance", label: "Variance", type: "money", overspend: true },
  { key: "varianceRatio", label: "Variance %", type: "percent", overspend: true },
];

function reportRow(row: OutturnRow): ReportRow {
  return {
    values: {
      label: row.label,
      costCentre: row.costCentre,
      basis: row.basis,
      budget: row.budget,
      actualToDate: row.actualToDate,
      forecast: row.forecast,
      variance: row.variance,
      varianceRatio: varianceRatio(row.variance, row.budget),
    },
    ...(row.kind === "area"
      ? { subtotal: true, drill: { kind: "service-area", serviceArea: row.serviceArea } }
      : {}),
    ...(row.kind === "line" ? { drill: { kind: "line", costCentre: row.costCentre } } : {}),
  };
}

/** Every line with its service area's subtotal, and the grand total; or one service area's lines and total. */
export function outturnTable(outturn: ForecastOutturn, serviceArea?: string): ReportTable {
  const rows = outturnRows(outturn);
  if (serviceArea === undefined) {
    const total = rows.pop() as OutturnRow;
    return {
      type: "table",
      title: "Outturn by line",
      columns: COLUMNS,
      rows: rows.map(reportRow),
      total: reportRow(total),
    };
  }
  const ofArea = rows.filter((r) => r.serviceArea === serviceArea);
  const total = ofArea.find((r) => r.kind === "area");
  return {
    type: "table",
    title: serviceArea,
    columns: COLUMNS,
    rows: ofArea.filter((r) => r.kind === "line").map(reportRow),
    ...(total ? { total: { ...reportRow(total), subtotal: false } } : {}),
  };
}

export function outturnSection({ outturn }: MonthlyReportInput): ReportSection {
  return {
    id: "outturn",
    title: "Forecast outturn by service area and budget line",
    intro:
      "Variance is forecast − budget: a positive variance is an overspend. Placements are forecast by commitment, staffing by post, transport by the school days remaining, other lines by run-rate; savings at risk are the year's savings targets not forecast to be delivered.",
    blocks: [outturnTable(outturn)],
  };
}

export function forecastChartSection({ outturn }: MonthlyReportInput): ReportSection {
  return {
    id: "forecast-chart",
    title: "Forecast against budget by service area",
    blocks: [
      {
        type: "chart",
        title: "Budget and forecast outturn by service area",
        option: outturnChartOption(outturn),
        height: 110 + outturn.serviceAreas.length * 46,
        caption: "Grey: budget. Forecast outturn in red where it is over budget, green where it is within.",
      },
    ],
  };
}

export function warningsSection({ audience, outturn }: MonthlyReportInput): ReportSection | null {
  if (outturn.warnings.length === 0) return null;
  // A warning names a placement, post or route: officers read them, members learn that they exist.
  if (audience.reader === "member")
    return {
      id: "warnings",
      title: "Data warnings",
      intro: `${outturn.warnings.length} ${outturn.warnings.length === 1 ? "problem" : "problems"} in the registers make the forecast less than complete; officers have the details.`,
      blocks: [],
    };
  return {
    id: "warnings",
    title: "Data warnings",
    intro: "Problems in the registers that make the forecast less than complete.",
    blocks: [
      {
        type: "table",
        title: "Data warnings",
        columns: [{ key: "warning", label: "Warning", type: "text" }],
        rows: outturn.warnings.map((warning) => ({ values: { warning } })),
      },
    ],
  };
}
