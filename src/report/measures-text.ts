/** The measures that matter as a terminal table: finance first, then service, each with its RAG and direction. */
import { benchmarkFor, type MeasureBenchmarks } from "./measures/measure-benchmarks.js";
import {
  DIRECTION_LABELS,
  RAG_LABELS,
  shownCounts,
  shownTarget,
  shownValue,
} from "./measures/measure-format.js";
import { ragSentence } from "./measures/measures-document.js";
import type { ShownReport } from "./measures/member-view.js";
import { textTable } from "./text-table.js";

export function measuresTextTable(
  view: ShownReport,
  councilName: string,
  benchmarks: MeasureBenchmarks | null = null,
): string {
  const ordered = ["finance", "service"].flatMap((area) =>
    view.measures.filter((m) => m.definition.area === area),
  );
  const rows = ordered.map((m) => {
    const d = m.definition;
    const c = benchmarks ? benchmarkFor(m, benchmarks) : null;
    return [
      d.name,
      d.area,
      shownValue(m, d.unit, view),
      shownCounts(m, d),
      shownTarget(d),
      m.rag ? RAG_LABELS[m.rag] : "",
      m.direction ? DIRECTION_LABELS[m.direction] : "",
      c?.england?.value === undefined || c.england.value === null ? "" : String(c.england.value),
      c?.rank ? `${c.rank} of ${c.of}` : "",
    ];
  });
  const suppression = view.policy
    ? `Counts of children from ${view.policy.min} to ${view.policy.max} are shown as ${view.policy.marker}, with any share, RAG or direction made from them.`
    : "Officer view: small numbers are NOT suppressed. Do not share with members or the public.";
  const unavailable = ordered
    .filter((m) => m.notAvailable !== null)
    .map((m) => `  ${m.definition.name}: ${m.notAvailable}`);
  return `${[
    `${councilName}: measures that matter at ${view.period} (${view.asAt})`,
    ragSentence(view),
    suppression,
    "",
    ...textTable(
      ["Measure", "Area", "Value", "Of", "Target", "RAG", "Direction", "England", "Rank"],
      rows,
      2,
    ),
    ...(unavailable.length > 0 ? ["", "Not available:", ...unavailable] : []),
    ...view.warnings.map((w) => `Warning: ${w}`),
  ].join("\n")}\n`;
}
