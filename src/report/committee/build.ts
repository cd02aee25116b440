/**
 * committeeDocument: a committee-reports row and the council's live figures made into the report as
 * data. Each line the officer typed is a paragraph; paragraphs are numbered as seed 002 numbers them,
 * the live evidence's sentences taking their numbers in turn under Key considerations, and every
 * table and chart is titled "Table n: …" or "Figure n: …" in the order it appears.
 */
import { type IsoDate, isIsoDate, toDay, weekday } from "../../domain/calendar/dates.js";
import { longDate } from "../../domain/demand/words.js";
import type { CommitteeReport } from "../../domain/scrutiny/model.js";
import type { MonthlyReportInput, ReportBlock } from "../monthly/model.js";
import { committeeEvidence, type Evidence } from "./evidence.js";
import {
  type CommitteeDocument,
  type CommitteeParagraph,
  type CommitteeSection,
  NARRATIVE,
  type NarrativeSpec,
  type Numbering,
  REVIEWERS,
} from "./model.js";

const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/** "Tuesday 23 January 2024" for an ISO date; anything else as written. */
export function meetingDate(meeting: string): string {
  if (!isIsoDate(meeting)) return meeting;
  return `${DAYS[weekday(toDay(meeting as IsoDate))]} ${longDate(meeting as IsoDate)}`;
}

const NUMBER = /^\d+\.\s+/;
const LETTER = /^\(?[a-z][).]\s+/;

/**
 * The officer's text as paragraphs, one a non-blank line, and which of them the section numbers.
 * Numbers are always the document's own: where the officer typed the section's kind of label ("3."
 * or "a)") on some lines, those lines are numbered (the typed label replaced) and the rest, such as a
 * lead-in "That:" or a closing remark, are not; where none is typed, every line is numbered. In a
 * numbered section a line typed as "a. …" is a sub-item and keeps its letter.
 */
export function paragraphsOf(text: string, numbering: Numbering): { numbered: boolean; text: string }[] {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
  if (numbering === "none") return lines.map((line) => ({ numbered: false, text: line }));
  const label = numbering === "decimal" ? NUMBER : LETTER;
  const typed = lines.some((line) => label.test(line));
  return lines.map((line) => {
    if (typed)
      return label.test(line)
        ? { numbered: true, text: line.replace(label, "") }
        : { numbered: false, text: line };
    const subItem = numbering === "decimal" && LETTER.test(line);
    return { numbered: !subItem, text: line };
  });
}

/** Numbers paragraphs, tables and figures through the document, in reading order. */
function numberer() {
  let paragraph = 0;
  let table = 0;
  let figure = 0;
  return {
    paragraphs(
      spec: Pick<NarrativeSpec, "numbering" | "letterSuffix">,
      texts: { numbered: boolean; text: string }[],
    ) {
      let letter = 0;
      return texts.map(({ numbered, text }): CommitteeParagraph => {
        if (!numbered) return { label: null, text };
        if (spec.numbering === "decimal") return { label: `${++paragraph}.`, text };
        return { label: `${String.fromCharCode(97 + (letter++ % 26))}${spec.letterSuffix ?? ")"}`, text };
      });
    },
    block(b: ReportBlock): ReportBlock {
      return b.type === "table"
        ? { ...b, title: `Table ${++table}: ${b.title}` }
        : { ...b, title: `Figure ${++figure}: ${b.title}` };
    },
  };
}

export function committeeDocument(row: CommitteeReport, input: MonthlyReportInput): CommitteeDocument {
  const count = numberer();
  const evidence = (e: Evidence): CommitteeSection => ({
    id: e.id,
    title: e.title,
    numbering: "decimal",
    paragraphs: count.paragraphs(
      { numbering: "decimal" },
      e.sentences.map((text) => ({ numbered: true, text })),
    ),
    blocks: e.blocks.map((b) => count.block(b)),
    subsections: [],
  });
  const sections = NARRATIVE.map((spec): CommitteeSection => {
    const paragraphs = count.paragraphs(spec, paragraphsOf(row[spec.field], spec.numbering));
    const subsections = spec.field === "keyConsiderations" ? committeeEvidence(input).map(evidence) : [];
    return {
      id: spec.field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`),
      title: spec.title,
      numbering: spec.numbering,
      ...(spec.letterSuffix ? { letterSuffix: spec.letterSuffix } : {}),
      paragraphs,
      blocks: [],
      subsections,
    };
  });
  return {
    ref: row.ref,
    title: row.title,
    council: input.council,
    period: input.outturn.period,
    asAt: input.outturn.asAt,
    reader: input.audience.reader,
    classification: row.classification,
    cover: [
      { label: "Title of report", value: row.title },
      { label: "Meeting", value: row.committee },
      { label: "Meeting date", value: meetingDate(row.meeting) },
      { label: "Report by", value: row.reportBy },
      { label: "Classification", value: row.classification },
      { label: "Decision type", value: row.decisionType },
      { label: "Wards affected", value: row.wards },
    ],
    sections,
    reviewers: REVIEWERS,
  };
}
