/**
 * The monthly outturn report as data: an ordered list of sections, each a title, an optional intro
 * sentence, and blocks (tables and charts). Money is integer pence here; the renderers (HTML, PDF,
 * XLSX) format it, and know nothing of what a section is about.
 */
import type { EChartsOption } from "echarts";
import type { Audience } from "../../domain/disclosure/audience.js";
import type { ForecastOutturn } from "../../domain/outturn/forecast.js";
import type { CouncilRegisters } from "../../domain/registers.js";
import type { Ssda903History } from "../../domain/ssda903/history.js";
import type { Council } from "../../store/store.js";
import type { MeasureBenchmarks } from "../measures/measure-benchmarks.js";

/**
 * How a column's values are read and shown: money is pence, a percent is a ratio (0.02 = 2%), a
 * count is of people (children, pupils, staff), suppressed for members where it is small.
 */
export type ColumnType = "text" | "money" | "number" | "percent" | "count";

export interface ReportColumn {
  /** A stable name for the column, used by rows, tests and data attributes. */
  key: string;
  label: string;
  type: ColumnType;
  /** Positive values are overspends: shown in red, negative ones in green. */
  overspend?: boolean;
  /** A number column's fixed decimal places, e.g. 1 for £m as "1.0" (else up to 2, as needed). */
  decimals?: number;
  /** Long text (a sentence) that wraps instead of widening the table. */
  wrap?: boolean;
}

export type CellValue = string | number | null;

/** Where a row leads in the web UI; files (HTML, PDF, XLSX) show the row without the link. */
export type DrillTarget =
  | { kind: "service-area"; serviceArea: string }
  | { kind: "line"; costCentre: string }
  | { kind: "saving"; ref: string }
  | { kind: "measure"; id: string }
  | { kind: "scrutiny"; ref: string };

export interface ReportRow {
  /** By column key; a missing value is shown empty. */
  values: Record<string, CellValue>;
  /** A subtotal row (such as a service area's) is shown emphasised. */
  subtotal?: boolean;
  drill?: DrillTarget;
  /**
   * A warning the row carries, e.g. "UNEVIDENCED": every renderer shows the row in red with the
   * flag (HTML as the row's title and data-flag, XLSX as a note on its first cell).
   */
  flag?: string;
}

export interface ReportTable {
  type: "table";
  /** Unique within the report; names the sheet in a workbook. */
  title: string;
  columns: ReportColumn[];
  rows: ReportRow[];
  /** Shown last, in bold. */
  total?: ReportRow;
}

export interface ReportChart {
  type: "chart";
  title: string;
  option: EChartsOption;
  /** Height in pixels at the report's width. */
  height: number;
  caption?: string;
}

export type ReportBlock = ReportTable | ReportChart;

export interface ReportSection {
  /** A stable anchor, e.g. "summary". */
  id: string;
  title: string;
  intro?: string;
  /** Further sentences after the intro, each its own paragraph; an alert is shown in red. */
  notes?: { text: string; alert?: boolean }[];
  blocks: ReportBlock[];
}

/** A headline figure, shown on the cover of the workbook. */
export interface KeyFigure {
  label: string;
  type: ColumnType;
  value: number | null;
}

/** Any document the renderers print: the monthly report, or a drill-down page. */
export interface ReportDocument {
  title: string;
  council: Council;
  /** e.g. "2024-25:P7" */
  period: string;
  asAt: string;
  /** The line under the title; without it, where the actuals run to and what the forecast is. */
  subtitle?: string;
  sections: ReportSection[];
}

export interface MonthlyReport extends ReportDocument {
  /** One sentence a councillor can read, e.g. "Forecast overspend of £1.3m (2.0%) …". */
  headline: string;
  keyFigures: KeyFigure[];
}

/**
 * What the report is made from. A section that needs more (snapshots, history) adds an optional
 * field here and reads it in its own builder.
 */
export interface MonthlyReportInput {
  council: Council;
  /** A member's edition suppresses small counts of people and shows no child-level row. */
  audience: Audience;
  outturn: ForecastOutturn;
  registers: CouncilRegisters;
  /** The forecasts frozen when periods were closed, for the movement and accuracy sections. */
  snapshots?: ForecastOutturn[];
  /** The council's merged SSDA903 history, for the service measures (none: they are not available). */
  ssda903?: Ssda903History;
  /** The published benchmarks and the council's code among them, for the measures section. */
  benchmarks?: MeasureBenchmarks | null;
}

/** Builds one section, or null when it has nothing to show for this council and period. */
export type SectionBuilder = (input: MonthlyReportInput) => ReportSection | null;
