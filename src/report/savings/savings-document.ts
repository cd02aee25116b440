/**
 * The savings tracker as a document (the /savings page, its PDF and workbook) and as a section of
 * the monthly report: the BRAG summary, each saving with its evidence, and the totals by category
 * and programme. Unevidenced savings are named in the intro and flagged in red in the table.
 */
import { parsePeriodRef } from "../../domain/calendar/financial.js";
import { type SavingsTracker, savingsTracker } from "../../domain/savings/tracker.js";
import type { Council } from "../../store/store.js";
import { withScenarioEvidence } from "../demand/saving-scenarios.js";
import type { KeyFigure, MonthlyReportInput, ReportDocument, ReportSection } from "../monthly/model.js";
import { savingsAtRiskSentence, savingsSentence, unevidencedSentence } from "./savings-sentence.js";
import { bragTable, byCategoryTable, byProgrammeTable, savingsTable } from "./savings-tables.js";
import { trackerFor } from "./shown-tracker.js";

export const SAVINGS_TABLE_INTRO =
  "Each saving's target, delivery and forecast for the year, and what its linked drivers show. A saving rated blue or green whose driver has not moved as planned is flagged UNEVIDENCED, in red.";

const unevidencedNote = (tracker: SavingsTracker) => ({
  text: unevidencedSentence(tracker),
  alert: tracker.unevidenced.length > 0,
});

/** The tracker for the year the document is about, with a sentence for its cover. */
export function savingsDocument(
  council: Council,
  tracker: SavingsTracker,
  period: string,
): ReportDocument & { headline: string } {
  const warnings: ReportSection[] =
    tracker.warnings.length === 0
      ? []
      : [
          {
            id: "savings-warnings",
            title: "Savings data warnings",
            blocks: [
              {
                type: "table",
                title: "Savings data warnings",
                columns: [{ key: "warning", label: "Warning", type: "text", wrap: true }],
                rows: tracker.warnings.map((warning) => ({ values: { warning } })),
              },
            ],
          },
        ];
  return {
    title: `Savings tracker ${tracker.year} at ${period}`,
    council,
    period,
    asAt: tracker.asAt,
    subtitle: `Savings for ${tracker.year} as at ${tracker.asAt}, from the savings register; each linked driver measured from the registers on that date.`,
    headline: savingsSentence(tracker),
    sections: [
      {
        id: "savings-summary",
        title: "Savings by BRAG rating",
        intro: savingsAtRiskSentence(tracker),
        notes: [unevidencedNote(tracker)],
        blocks: [bragTable(tracker)],
      },
      { id: "savings", title: "Savings", intro: SAVINGS_TABLE_INTRO, blocks: [savingsTable(tracker)] },
      { id: "by-category", title: "By category", blocks: [byCategoryTable(tracker)] },
      { id: "by-programme", title: "By programme", blocks: [byProgrammeTable(tracker)] },
      ...warnings,
    ],
  };
}

const trackers = new WeakMap<MonthlyReportInput, SavingsTracker | null>();

/** The tracker for the report's year at its as-at date; null when no saving has a target in the year. Built once per report. */
export function reportTracker(input: MonthlyReportInput): SavingsTracker | null {
  if (!trackers.has(input)) {
    const { registers, outturn } = input;
    const tracker =
      registers.savings.length === 0
        ? null
        : trackerFor(
            withScenarioEvidence(
              savingsTracker(registers, parsePeriodRef(outturn.period).year, outturn.asAt),
              registers,
              input.ssda903,
            ),
            input.audience,
          );
    trackers.set(input, tracker && tracker.savings.length > 0 ? tracker : null);
  }
  return trackers.get(input) ?? null;
}

/** The monthly report's savings section: the BRAG summary and every saving, each leading to its evidence. */
export function savingsSection(input: MonthlyReportInput): ReportSection | null {
  const tracker = reportTracker(input);
  if (!tracker) return null;
  return {
    id: "savings",
    title: `Savings ${tracker.year}`,
    intro: savingsAtRiskSentence(tracker),
    notes: [unevidencedNote(tracker), { text: SAVINGS_TABLE_INTRO }],
    blocks: [bragTable(tracker), savingsTable(tracker)],
  };
}

/** The amount at risk and the number unevidenced, for the workbook's cover. */
export function savingsKeyFigures(input: MonthlyReportInput): KeyFigure[] {
  const tracker = reportTracker(input);
  if (!tracker) return [];
  return [
    { label: "Savings at risk", type: "money", value: tracker.total.atRisk },
    { label: "Unevidenced savings", type: "number", value: tracker.unevidenced.length },
  ];
}

/** The summary's sentence on savings, or null when the council has none for the year. */
export function savingsSummaryNote(input: MonthlyReportInput): { text: string; alert: boolean } | null {
  const tracker = reportTracker(input);
  return tracker ? { text: savingsSentence(tracker), alert: tracker.unevidenced.length > 0 } : null;
}
