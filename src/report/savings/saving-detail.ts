/**
 * Drill-down to one saving: its figures, the evidence from each linked driver (baseline, where the
 * plan puts it now, where it is), its milestones, its comments oldest first, and its targets by year.
 */
import type { CouncilRegisters } from "../../domain/registers.js";
import { formatDriverValue } from "../../domain/savings/evidence.js";
import { atRisk } from "../../domain/savings/saving.js";
import type { DriverEvidence, SavingsTracker, TrackedSaving } from "../../domain/savings/tracker.js";
import type { Council } from "../../store/store.js";
import { scenarioEvidenceTable } from "../demand/saving-scenarios.js";
import { percent, text } from "../monthly/columns.js";
import type { ReportDocument, ReportSection, ReportTable } from "../monthly/model.js";
import {
  bragLabel,
  EVIDENCE_STATUS_LABELS,
  evidenceText,
  SAVING_MONEY_COLUMNS,
  savingRow,
  UNEVIDENCED,
} from "./savings-tables.js";

const MILESTONE_STATUS = { done: "Done", overdue: "Overdue", due: "Due" } as const;

function figuresTable(s: TrackedSaving, year: string): ReportTable {
  const row = savingRow(s, year);
  return {
    type: "table",
    title: `${s.saving.ref} ${s.saving.name}`,
    columns: [
      text("category", "Category"),
      text("programme", "Programme"),
      text("owner", "Owner", true),
      text("costCentre", "Budget line"),
      text("brag", "BRAG"),
      ...SAVING_MONEY_COLUMNS,
    ],
    rows: [],
    total: {
      values: {
        ...row.values,
        programme: s.saving.programme,
        costCentre: s.saving.costCentre ?? "Held centrally",
      },
      ...(row.flag ? { flag: row.flag } : {}),
    },
  };
}

function evidenceTable(s: TrackedSaving): ReportTable {
  const v = (e: DriverEvidence, n: number) => e.suppressed ?? formatDriverValue(n, e.unit);
  return {
    type: "table",
    title: "Evidence by driver",
    columns: [
      text("driver", "Driver"),
      text("from", "From"),
      text("by", "By"),
      text("baseline", "Baseline"),
      text("target", "Target"),
      text("expected", "Planned by now"),
      text("actual", "Actual"),
      percent("share", "Share of planned movement"),
      text("status", "Status"),
      text("sentence", "What it shows", true),
    ],
    rows: s.evidence.map((e) => ({
      values: {
        driver: e.label,
        from: e.from,
        by: e.by,
        baseline: `${v(e, e.baseline)}${e.baselineMeasured ? " (measured)" : ""}`,
        target: v(e, e.target),
        expected: v(e, e.expected),
        actual: v(e, e.actual),
        share: e.suppressed ?? e.share,
        status: EVIDENCE_STATUS_LABELS[e.status],
        sentence: e.sentence,
      },
      ...(s.unevidenced && (e.status === "behind" || e.status === "not-moved") ? { flag: UNEVIDENCED } : {}),
    })),
  };
}

function milestonesTable(s: TrackedSaving): ReportTable {
  return {
    type: "table",
    title: "Milestones",
    columns: [
      text("milestone", "Milestone", true),
      text("due", "Due"),
      text("completed", "Completed"),
      text("status", "Status"),
    ],
    rows: s.milestones.map((m) => ({
      values: {
        milestone: m.milestone,
        due: m.due,
        completed: m.completed,
        status: MILESTONE_STATUS[m.status],
      },
      ...(m.status === "overdue" ? { flag: "OVERDUE" } : {}),
    })),
  };
}

function commentsTable(s: TrackedSaving): ReportTable {
  return {
    type: "table",
    title: "Comments",
    columns: [text("date", "Date"), text("author", "Author"), text("text", "Comment", true)],
    rows: s.comments.map((c) => ({ values: { date: c.date, author: c.author, text: c.text } })),
  };
}

function yearsTable(s: TrackedSaving, registers: CouncilRegisters): ReportTable {
  const years = registers.savingYears
    .filter((y) => y.ref === s.saving.ref)
    .sort((a, b) => a.year.localeCompare(b.year));
  return {
    type: "table",
    title: "Targets by year",
    columns: [text("year", "Year"), ...SAVING_MONEY_COLUMNS],
    rows: years.map((y) => ({
      values: {
        year: y.year,
        target: y.target,
        delivered: y.delivered,
        forecast: y.forecast,
        atRisk: atRisk(y),
      },
    })),
    total: {
      values: {
        year: "Total",
        target: years.reduce((t, y) => t + y.target, 0),
        delivered: years.reduce((t, y) => t + y.delivered, 0),
        forecast: years.reduce((t, y) => t + y.forecast, 0),
        atRisk: years.reduce((t, y) => t + atRisk(y), 0),
      },
    },
  };
}

/** One saving of the tracker, or null when it has no target in the tracker's year. */
export function savingDetail(
  council: Council,
  tracker: SavingsTracker,
  registers: CouncilRegisters,
  ref: string,
  period: string,
): ReportDocument | null {
  const s = tracker.savings.find((t) => t.saving.ref === ref);
  if (!s) return null;
  const rating = `Rated ${bragLabel(s.saving.brag).toLowerCase()}.`;
  const scenarios = s.scenarios ?? [];
  const evidenceIntro =
    s.evidence.length === 0
      ? scenarios.length === 0
        ? "No driver is linked to this saving, so nothing in the registers evidences its rating."
        : "No driver is linked to this saving; the demand scenarios that name it show what the demand model says it saves."
      : "Each linked driver from its baseline towards its target: the plan is a straight line, and the driver must have moved at least the evidence share of the movement planned by now.";
  const scenarioNote =
    scenarios.length === 0
      ? []
      : [
          {
            text: "Beside the drivers, the demand scenarios that name this saving: what each saves against the base projection in each year, against the saving's target.",
          },
        ];
  const sections: ReportSection[] = [
    {
      id: "saving",
      title: `${s.saving.ref} ${s.saving.name}`,
      intro: s.saving.description || rating,
      notes: [
        ...(s.saving.description ? [{ text: rating }] : []),
        { text: evidenceText(s, tracker.year), alert: s.unevidenced },
      ],
      blocks: [figuresTable(s, tracker.year)],
    },
    {
      id: "evidence",
      title: "Evidence",
      intro: evidenceIntro,
      ...(scenarioNote.length > 0 ? { notes: scenarioNote } : {}),
      blocks: [evidenceTable(s), ...(scenarios.length > 0 ? [scenarioEvidenceTable(s)] : [])],
    },
    { id: "milestones", title: "Milestones", blocks: [milestonesTable(s)] },
    { id: "comments", title: "Comments, oldest first", blocks: [commentsTable(s)] },
    { id: "years", title: "Targets by year", blocks: [yearsTable(s, registers)] },
  ];
  return {
    title: `Saving ${s.saving.ref}: ${s.saving.name}`,
    council,
    period,
    asAt: tracker.asAt,
    subtitle: `${tracker.year} as at ${tracker.asAt}, from the savings register; each linked driver measured from the registers on that date.`,
    sections,
  };
}
