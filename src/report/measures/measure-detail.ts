/**
 * One measure in depth: what it is and who owns it, this period's figure against its target, its
 * history as a chart and a table, the period's commentary, and its benchmarks where the DfE
 * publishes the same measure.
 */

import type { Council } from "../../store/store.js";
import { benchmarkChart } from "../benchmarks/benchmark-chart.js";
import type { ReportDocument, ReportSection, ReportTable } from "../monthly/model.js";
import { historyChart } from "./history-chart.js";
import { benchmarkFor, type MeasureBenchmarks } from "./measure-benchmarks.js";
import {
  DIRECTION_LABELS,
  POLARITY_LABELS,
  RAG_LABELS,
  shownCounts,
  shownTarget,
  shownValue,
} from "./measure-format.js";
import type { ShownPoint, ShownReport, ShownResult } from "./member-view.js";

const text = (key: string, label: string, wrap = false) => ({ key, label, type: "text" as const, wrap });

function figuresTable(m: ShownResult, view: ShownReport): ReportTable {
  const d = m.definition;
  const previous = m.previous;
  return {
    type: "table",
    title: "This period",
    columns: [text("item", "Item"), text("value", "Value", true)],
    rows: (
      [
        ["Value", shownValue(m, d.unit, view)],
        ["Made from", shownCounts(m, d)],
        ["Target", shownTarget(d) || "No target set"],
        ["RAG", m.rag ? RAG_LABELS[m.rag] : "Not rated"],
        [
          previous ? `Previous (${previous.period})` : "Previous",
          previous ? shownValue(previous, d.unit, view) : "",
        ],
        ["Direction of travel", m.direction ? DIRECTION_LABELS[m.direction] : ""],
        ["Owner", d.owner],
        [
          "Source",
          d.source === "entered" ? "Entered by the council (measure-values)" : "Computed by Outturn",
        ],
      ] as [string, string][]
    )
      .filter(([, value]) => value !== "")
      .map(([item, value]) => ({ values: { item, value } })),
  };
}

function historyTable(m: ShownResult, view: ShownReport): ReportTable {
  const d = m.definition;
  const why = (p: ShownPoint) => (p.suppressed ? "Too few children to show" : (p.notAvailable ?? ""));
  return {
    type: "table",
    title: "History",
    columns: [
      text("period", "Period"),
      text("asAt", "At"),
      text("value", "Value"),
      text("counts", "Of"),
      text("rag", "RAG"),
      text("note", "Note", true),
    ],
    rows: [...m.history].reverse().map((p) => ({
      values: {
        period: p.period,
        asAt: p.asAt,
        value: shownValue(p, d.unit, view),
        counts: shownCounts(p, d),
        rag: p.rag ? RAG_LABELS[p.rag] : "",
        note: why(p),
      },
    })),
  };
}

function commentaryTable(m: ShownResult): ReportTable {
  return {
    type: "table",
    title: "Commentary",
    columns: [text("date", "Date"), text("author", "Author"), text("text", "Comment", true)],
    rows: m.commentary.map((c) => ({ values: { date: c.date, author: c.author, text: c.text } })),
  };
}

/** One measure of the report, or null when the catalogue has no such measure. */
export function measureDetail(
  council: Council,
  view: ShownReport,
  id: string,
  benchmarks: MeasureBenchmarks | null = null,
): ReportDocument | null {
  const m = view.measures.find((r) => r.definition.id === id);
  if (!m) return null;
  const d = m.definition;
  const comparison = benchmarks ? benchmarkFor(m, benchmarks) : null;
  const why = m.suppressed
    ? [{ text: "This period's figure is made from too few children to show." }]
    : m.notAvailable
      ? [{ text: m.notAvailable, alert: true }]
      : [];
  const sections: ReportSection[] = [
    {
      id: "measure",
      title: d.name,
      intro: d.description,
      notes: [
        {
          text: `Its unit: ${d.unit === "pence" ? "pounds" : d.unit.replace("-", " ")}; ${POLARITY_LABELS[d.polarity]}.`,
        },
        ...why,
      ],
      blocks: [figuresTable(m, view)],
    },
    { id: "history", title: "History", blocks: [historyChart(m), historyTable(m, view)] },
    {
      id: "commentary",
      title: "Commentary, oldest first",
      ...(m.commentary.length === 0 ? { intro: `No comment on this measure for ${view.period} yet.` } : {}),
      blocks: m.commentary.length === 0 ? [] : [commentaryTable(m)],
    },
    ...(comparison && benchmarks
      ? [
          {
            id: "benchmarks",
            title: "Benchmarks",
            blocks: [benchmarkChart(comparison, benchmarks.attribution)],
          },
        ]
      : []),
  ];
  return {
    title: `${d.name} at ${view.period}`,
    council,
    period: view.period,
    asAt: view.asAt,
    subtitle: `${d.area === "finance" ? "Finance" : "Service"} measure, read ${d.frequency === "annual" ? "yearly" : "monthly"}; at ${view.asAt}.`,
    sections,
  };
}
