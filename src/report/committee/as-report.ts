/**
 * The committee report as a ReportDocument, so the monthly report's HTML renderer draws the web
 * draft and Chromium prints the PDF from it: the cover and the sign-off as tables, each section with
 * its numbered paragraphs, the evidence under Key considerations as sections of their own.
 */
import { text } from "../monthly/columns.js";
import type { ReportDocument, ReportSection } from "../monthly/model.js";
import type { CommitteeDocument, CommitteeSection } from "./model.js";

export const COVER_ID = "cover";
export const SIGN_OFF_ID = "sign-off";

function sections(s: CommitteeSection): ReportSection[] {
  const notes = s.paragraphs.map((p) => ({ text: p.label ? `${p.label} ${p.text}` : p.text }));
  return [{ id: s.id, title: s.title, notes, blocks: s.blocks }, ...s.subsections.flatMap(sections)];
}

export function asReportDocument(doc: CommitteeDocument): ReportDocument {
  const cover: ReportSection = {
    id: COVER_ID,
    title: "Report details",
    blocks: [
      {
        type: "table",
        title: "Report details",
        columns: [text("label", ""), text("value", "", true)],
        rows: doc.cover.map((c) => ({ values: { label: c.label, value: c.value } })),
      },
    ],
  };
  const signOff: ReportSection = {
    id: SIGN_OFF_ID,
    title: "Report reviewers used for appraising this report",
    blocks: [
      {
        type: "table",
        title: "Report reviewers used for appraising this report",
        columns: [text("reviewer", "Reviewer"), text("name", "Name"), text("date", "Date")],
        rows: [...doc.reviewers, "Approved by"].map((reviewer) => ({ values: { reviewer } })),
      },
    ],
  };
  return {
    title: doc.title,
    council: doc.council,
    period: doc.period,
    asAt: doc.asAt,
    subtitle: `Classification: ${doc.classification}. Figures at ${doc.period}, actuals to ${doc.asAt}${
      doc.reader === "member" ? ", small numbers suppressed as published" : ", as officers see them"
    }.`,
    sections: [cover, ...doc.sections.flatMap(sections), signOff],
  };
}
