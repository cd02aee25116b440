/**
 * The savings tracker as report tables: the BRAG summary, every saving with its evidence (an
 * unevidenced saving flagged in red and saying so in words), and the totals by category and programme.
 */

import { BRAG_LABELS, BRAG_RATINGS, type Brag } from "../../domain/savings/saving.js";
import type {
  EvidenceStatus,
  SavingsTotals,
  SavingsTracker,
  TrackedSaving,
} from "../../domain/savings/tracker.js";
import { scenarioSentences } from "../demand/saving-scenarios.js";
import { money, number, text } from "../monthly/columns.js";
import type { ReportColumn, ReportRow, ReportTable } from "../monthly/model.js";

/** The flag an unevidenced saving carries wherever it appears. */
export const UNEVIDENCED = "UNEVIDENCED";

export const EVIDENCE_STATUS_LABELS: Readonly<Record<EvidenceStatus, string>> = {
  evidenced: "Evidenced",
  behind: "Behind plan",
  "not-moved": "Not moved",
  "not-started": "Not started",
};

/** "Green (on track)". */
export function bragLabel(brag: Brag): string {
  return `${brag[0]?.toUpperCase()}${brag.slice(1)} (${BRAG_LABELS[brag].toLowerCase()})`;
}

const failing = (s: TrackedSaving) =>
  s.evidence.filter((e) => e.status === "behind" || e.status === "not-moved");

/**
 * What the drivers say, in words: "UNEVIDENCED: " and the drivers that have not moved as planned for
 * an unevidenced saving; otherwise each driver's status and sentence. Then what the demand scenarios
 * naming the saving save, in `year` (every year when none is for it).
 */
export function evidenceText(saving: TrackedSaving, year?: string): string {
  const scenarios = scenarioSentences(saving, year ?? "");
  const also = scenarios.length === 0 ? "" : ` Demand scenarios: ${scenarios.join(" ")}`;
  if (saving.unevidenced)
    return `${UNEVIDENCED}: ${failing(saving)
      .map((e) => e.sentence)
      .join(" ")}${also}`;
  if (saving.evidence.length === 0) return `No linked driver.${also}`;
  return `${saving.evidence.map((e) => `${EVIDENCE_STATUS_LABELS[e.status]}: ${e.sentence}`).join(" ")}${also}`;
}

/** A saving's money, or savings' together: target, delivered, forecast delivery, and at risk in red. */
export const SAVING_MONEY_COLUMNS: readonly ReportColumn[] = [
  money("target", "Target"),
  money("delivered", "Delivered"),
  money("forecast", "Forecast delivery"),
  money("atRisk", "At risk", true),
];

const TOTAL_COLUMNS: ReportColumn[] = [number("count", "Savings"), ...SAVING_MONEY_COLUMNS];

const totalValues = (t: SavingsTotals) => ({
  count: t.count,
  target: t.target,
  delivered: t.delivered,
  forecast: t.forecast,
  atRisk: t.atRisk,
});

export function bragTable(tracker: SavingsTracker): ReportTable {
  return {
    type: "table",
    title: `Savings by BRAG ${tracker.year}`,
    columns: [text("name", "BRAG rating"), ...TOTAL_COLUMNS],
    rows: BRAG_RATINGS.map((brag) => ({
      values: { name: bragLabel(brag), ...totalValues(tracker.byBrag[brag]) },
    })),
    total: { values: { name: "Total", ...totalValues(tracker.total) } },
  };
}

export function groupTable(
  title: string,
  label: string,
  groups: (SavingsTotals & { name: string })[],
  total: SavingsTotals,
): ReportTable {
  return {
    type: "table",
    title,
    columns: [text("name", label), ...TOTAL_COLUMNS],
    rows: groups.map((g) => ({ values: { name: g.name, ...totalValues(g) } })),
    total: { values: { name: "Total", ...totalValues(total) } },
  };
}

export const byCategoryTable = (tracker: SavingsTracker) =>
  groupTable(
    `Savings by category ${tracker.year}`,
    "Category",
    tracker.byCategory.map((g) => ({ ...g, name: g.category })),
    tracker.total,
  );

export const byProgrammeTable = (tracker: SavingsTracker) =>
  groupTable(
    `Savings by programme ${tracker.year}`,
    "Programme",
    tracker.byProgramme.map((g) => ({ ...g, name: g.programme || "(no programme)" })),
    tracker.total,
  );

/** One saving's row: its figures, its evidence in words (scenarios for `year`), the drill-down to it, and its flag. */
export function savingRow(s: TrackedSaving, year?: string): ReportRow {
  return {
    values: {
      ref: s.saving.ref,
      name: s.saving.name,
      category: s.saving.category,
      owner: s.saving.owner,
      brag: bragLabel(s.saving.brag),
      target: s.target,
      delivered: s.delivered,
      forecast: s.forecast,
      atRisk: s.atRisk,
      evidence: evidenceText(s, year),
    },
    drill: { kind: "saving", ref: s.saving.ref },
    ...(s.unevidenced ? { flag: UNEVIDENCED } : {}),
  };
}

export function savingsTable(tracker: SavingsTracker): ReportTable {
  return {
    type: "table",
    title: `Savings ${tracker.year}`,
    columns: [
      text("ref", "Ref"),
      text("name", "Saving", true),
      text("category", "Category"),
      text("owner", "Owner", true),
      text("brag", "BRAG", true),
      ...SAVING_MONEY_COLUMNS,
      text("evidence", "Evidence", true),
    ],
    rows: tracker.savings.map((s) => savingRow(s, tracker.year)),
    total: { values: { ref: "Total", ...totalValues(tracker.total) } },
  };
}
