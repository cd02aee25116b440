/** The savings tracker as a terminal table (BRAG summary, savings, evidence) and as CSV. */

import { formatPounds, type Pence, toDecimalPounds } from "../domain/money/money.js";
import { BRAG_LABELS, BRAG_RATINGS, type Brag } from "../domain/savings/saving.js";
import type { SavingsTotals, SavingsTracker, TrackedSaving } from "../domain/savings/tracker.js";
import { csv } from "./safe-cells.js";
import { textTable } from "./text-table.js";

const money = (p: Pence) => formatPounds(p, { wholePounds: true });
const bragName = (b: Brag) => `${b[0]?.toUpperCase()}${b.slice(1)}`;
export const bragLabel = (b: Brag) => `${bragName(b)} (${BRAG_LABELS[b]})`;

/** What the evidence column says: UNEVIDENCED plainly, else how the linked drivers stand. */
export function evidenceWord(s: TrackedSaving): string {
  if (s.unevidenced) return "UNEVIDENCED";
  if (s.evidence.length === 0) return "no linked driver";
  const statuses = [...new Set(s.evidence.map((e) => e.status))];
  return statuses.map((status) => status.replace("-", " ")).join(", ");
}

const totalsCells = (t: SavingsTotals) => [
  String(t.count),
  money(t.target),
  money(t.delivered),
  money(t.forecast),
  money(t.atRisk),
];

export function savingsTable(tracker: SavingsTracker, councilName: string, period: string): string {
  const summary = textTable(
    ["BRAG", "Savings", "Target", "Delivered", "Forecast", "At risk"],
    [
      ...BRAG_RATINGS.map((b) => [bragLabel(b), ...totalsCells(tracker.byBrag[b])]),
      ["Total", ...totalsCells(tracker.total)],
    ],
  );
  const savings = textTable(
    ["Ref", "Name", "BRAG", "Target", "Delivered", "Forecast", "At risk", "Evidence"],
    tracker.savings.map((s) => [
      s.saving.ref,
      s.saving.name,
      bragName(s.saving.brag),
      money(s.target),
      money(s.delivered),
      money(s.forecast),
      money(s.atRisk),
      evidenceWord(s),
    ]),
    3,
  );
  const none = tracker.savings.length === 0 ? [`No savings have a target in ${tracker.year}.`] : [];
  const lines = [
    `${councilName}: savings ${tracker.year} at ${period} (${tracker.asAt})`,
    ...none,
    "",
    ...summary,
    "",
    ...savings,
  ];
  const unevidenced = tracker.savings.filter((s) => s.unevidenced);
  if (unevidenced.length > 0) lines.push("", ...unevidenced.flatMap(unevidencedLines));
  const evidenced = tracker.savings.filter((s) => !s.unevidenced && s.evidence.length > 0);
  if (evidenced.length > 0)
    lines.push(
      "",
      "Evidence:",
      ...evidenced.flatMap((s) => s.evidence.map((e) => `  ${s.saving.ref} ${e.status}: ${e.sentence}`)),
    );
  if (tracker.warnings.length > 0) lines.push("", "Warnings:", ...tracker.warnings.map((w) => `  ${w}`));
  return `${lines.map((l) => l.trimEnd()).join("\n")}\n`;
}

/** "S3 UNEVIDENCED: rated Green (On track), but …" and each driver's sentence. */
function unevidencedLines(s: TrackedSaving): string[] {
  return [
    `${s.saving.ref} UNEVIDENCED: ${s.saving.name} is rated ${bragLabel(s.saving.brag)}, but its linked driver has not moved as planned:`,
    ...s.evidence.map((e) => `  ${e.status}: ${e.sentence}`),
  ];
}

/** One row per saving, money in pounds. */
export function savingsCsv(tracker: SavingsTracker): string {
  const header = [
    "Ref",
    "Category",
    "Programme",
    "Name",
    "Owner",
    "BRAG",
    "Cost centre",
    "Target (£)",
    "Delivered (£)",
    "Forecast (£)",
    "At risk (£)",
    "Evidence",
    "Evidence detail",
  ];
  const rows = tracker.savings.map((s) => [
    s.saving.ref,
    s.saving.category,
    s.saving.programme,
    s.saving.name,
    s.saving.owner,
    s.saving.brag,
    s.saving.costCentre ?? "",
    toDecimalPounds(s.target),
    toDecimalPounds(s.delivered),
    toDecimalPounds(s.forecast),
    toDecimalPounds(s.atRisk),
    evidenceWord(s),
    s.evidence.map((e) => e.sentence).join("; "),
  ]);
  return csv([header, ...rows]);
}
