/**
 * The measures that matter as a document (the /measures page, its workbook) and as a section of the
 * monthly report: finance and service measures together in one table, each with its value, target,
 * RAG, direction of travel and, where the DfE publishes the same measure, England, the region, the
 * statistical neighbours, and the council's rank and quartile. Each row leads to its drill-down.
 */
import type { BenchmarkComparison } from "../../domain/benchmarks/compare.js";
import type { Council } from "../../store/store.js";
import type { ReportDocument, ReportRow, ReportSection, ReportTable } from "../monthly/model.js";
import { benchmarkFor, type MeasureBenchmarks } from "./measure-benchmarks.js";
import { DIRECTION_LABELS, RAG_LABELS, shownCounts, shownTarget, shownValue } from "./measure-format.js";
import type { ShownReport, ShownResult } from "./member-view.js";

const AREA_ORDER = ["finance", "service"] as const;
const AREA_LABELS = { finance: "Finance", service: "Service" } as const;

const figure = (c: BenchmarkComparison, value: number | null) =>
  value === null
    ? ""
    : `${value.toLocaleString("en-GB", { maximumFractionDigits: 1 })}${c.unit === "percent" ? "%" : ""}`;

function row(m: ShownResult, view: ShownReport, c: BenchmarkComparison | null): ReportRow {
  const d = m.definition;
  return {
    values: {
      measure: d.name,
      area: AREA_LABELS[d.area],
      value: shownValue(m, d.unit, view),
      counts: shownCounts(m, d),
      target: shownTarget(d),
      rag: m.rag ? RAG_LABELS[m.rag] : "",
      direction: m.direction ? DIRECTION_LABELS[m.direction] : "",
      england: c ? figure(c, c.england?.value ?? null) : "",
      region: c ? figure(c, c.region?.value ?? null) : "",
      neighbours: c ? figure(c, c.neighbourAverage) : "",
      rank: c?.rank ? `${c.rank} of ${c.of}` : "",
      quartile: c?.quartile ?? null,
    },
    drill: { kind: "measure", id: d.id },
    ...(m.rag === "red" ? { flag: "RED" } : {}),
  };
}

export function measuresTable(view: ShownReport, benchmarks: MeasureBenchmarks | null = null): ReportTable {
  const ordered = AREA_ORDER.flatMap((area) => view.measures.filter((m) => m.definition.area === area));
  return {
    type: "table",
    title: "Finance and service measures",
    columns: [
      { key: "measure", label: "Measure", type: "text", wrap: true },
      { key: "area", label: "Area", type: "text" },
      { key: "value", label: "Value", type: "text" },
      { key: "counts", label: "Of", type: "text" },
      { key: "target", label: "Target", type: "text" },
      { key: "rag", label: "RAG", type: "text" },
      { key: "direction", label: "Direction", type: "text" },
      { key: "england", label: "England", type: "text" },
      { key: "region", label: "Region", type: "text" },
      { key: "neighbours", label: "Neighbours", type: "text" },
      { key: "rank", label: "Rank", type: "text" },
      { key: "quartile", label: "Quartile", type: "number" },
    ],
    rows: ordered.map((m) => row(m, view, benchmarks ? benchmarkFor(m, benchmarks) : null)),
  };
}

/** "Of the 14 measures rated, 6 are green, 3 amber and 5 red." */
export function ragSentence(view: ShownReport): string {
  const rated = view.measures.filter((m) => m.rag !== null);
  const count = (rag: string) => rated.filter((m) => m.rag === rag).length;
  if (rated.length === 0) return "No measure has both a value and a target this period, so none is rated.";
  return `Of the ${rated.length} measures rated at ${view.period}, ${count("green")} are green, ${count("amber")} amber and ${count("red")} red.`;
}

function notes(view: ShownReport, benchmarks: MeasureBenchmarks | null): { text: string; alert?: boolean }[] {
  return [
    ...(view.policy
      ? [
          {
            text: `Counts of children from ${view.policy.min} to ${view.policy.max} are not shown (${view.policy.marker}), nor any share, RAG rating or direction made from them.`,
          },
        ]
      : [
          {
            text: "Officer view: small numbers are shown. Do not share this view with members or the public.",
            alert: true,
          },
        ]),
    ...(benchmarks ? [{ text: `Benchmarks: Department for Education. ${benchmarks.attribution}.` }] : []),
  ];
}

export function measuresSections(
  view: ShownReport,
  benchmarks: MeasureBenchmarks | null = null,
): ReportSection[] {
  const warnings: ReportSection[] =
    view.warnings.length === 0
      ? []
      : [
          {
            id: "measure-warnings",
            title: "Measure data warnings",
            blocks: [
              {
                type: "table",
                title: "Measure data warnings",
                columns: [{ key: "warning", label: "Warning", type: "text", wrap: true }],
                rows: view.warnings.map((warning) => ({ values: { warning } })),
              },
            ],
          },
        ];
  return [
    {
      id: "measures",
      title: "Measures that matter",
      intro: ragSentence(view),
      notes: notes(view, benchmarks),
      blocks: [measuresTable(view, benchmarks)],
    },
    ...warnings,
  ];
}

export function measuresDocument(
  council: Council,
  view: ShownReport,
  benchmarks: MeasureBenchmarks | null = null,
): ReportDocument & { headline: string } {
  return {
    title: `Measures that matter at ${view.period}`,
    council,
    period: view.period,
    asAt: view.asAt,
    subtitle: `Finance and service measures at ${view.asAt}: finance from the registers, service from the SSDA903 returns, and the measures the council enters.`,
    headline: ragSentence(view),
    sections: measuresSections(view, benchmarks),
  };
}
