/**
 * One scrutiny item's page as a document: a question with its answer, a recommendation with the
 * executive's response and its actions, or a work programme item; then the figures it concerns, live.
 */
import { longDate } from "../../domain/demand/words.js";
import type { ScrutinyLink, WorkProgrammeItem } from "../../domain/scrutiny/model.js";
import type { QuestionTrack, RecommendationTrack } from "../../domain/scrutiny/tracking.js";
import type { Council } from "../../store/store.js";
import { text } from "../monthly/columns.js";
import type { ReportDocument, ReportSection, ReportTable } from "../monthly/model.js";
import { type LiveFigures, linkedFiguresSection } from "./linked-figures.js";
import type { ScrutinyPicture } from "./picture.js";
import {
  answerOverdue,
  date,
  days,
  OVERDUE,
  overdueWords,
  RAG_WORDS,
  STATUS_LABELS,
} from "./scrutiny-tables.js";

/** An item's fields as a two-column table; `late` flags the table's row "Overdue" when set. */
function fieldsTable(title: string, fields: [string, string][]): ReportTable {
  return {
    type: "table",
    title,
    columns: [text("field", "Field"), text("value", "Value", true)],
    rows: fields.map(([field, value]) => ({
      values: { field, value },
      ...(field === "Overdue" && value ? { flag: OVERDUE } : {}),
    })),
  };
}

function recommendationSections(r: RecommendationTrack): ReportSection[] {
  const row = r.recommendation;
  const item = fieldsTable("Recommendation", [
    ["Ref", row.ref],
    ["Committee", row.committee],
    ["Made on", date(row.madeOn)],
    ["Recommendation", row.text],
    ["To", row.to],
    ["Response due", date(r.response.due)],
    ["Status", STATUS_LABELS[row.status]],
    ["Response", row.response],
    ["Responded on", date(row.respondedOn)],
    ["RAG", row.rag ? RAG_WORDS[row.rag] : "Not rated"],
    ["Overdue", overdueWords(r)],
  ]);
  const actions: ReportTable = {
    type: "table",
    title: "Actions",
    columns: [
      text("ref", "Ref"),
      text("action", "Action", true),
      text("owner", "Owner"),
      text("due", "Due"),
      text("doneOn", "Done on"),
      text("progress", "Progress", true),
      text("overdue", "Overdue"),
    ],
    rows: r.actions.map((a) => ({
      values: {
        ref: a.action.ref,
        action: a.action.action,
        owner: a.action.owner,
        due: date(a.due),
        doneOn: a.action.doneOn ? date(a.action.doneOn) : "Open",
        progress: a.action.progress,
        overdue: a.overdue ? `Overdue by ${days(a.daysOverdue)}` : "",
      },
      ...(a.overdue ? { flag: OVERDUE } : {}),
    })),
  };
  return [
    { id: "item", title: `Recommendation ${row.ref}`, blocks: [item] },
    {
      id: "actions",
      title: "Actions",
      intro: `${r.openActions} open, ${r.overdueActions} overdue, ${r.doneActions} done.`,
      blocks: r.actions.length === 0 ? [] : [actions],
    },
  ];
}

function questionSections(q: QuestionTrack): ReportSection[] {
  const row = q.question;
  const item = fieldsTable("Question", [
    ["Ref", row.ref],
    ["Committee", row.committee],
    ["Meeting", date(row.meeting)],
    ["Agenda item", row.agendaItem],
    ["Question", row.question],
    ["Asked by", row.askedBy],
    ["Asked on", date(row.askedOn)],
    ["Officer", row.officer],
    ["Answer due", date(q.due)],
    ["Response", row.response],
    ["Answered on", row.answeredOn ? date(row.answeredOn) : "Not yet"],
    ["Overdue", answerOverdue(q)],
  ]);
  return [{ id: "item", title: `Question ${row.ref}`, blocks: [item] }];
}

function workItemSections(w: WorkProgrammeItem): ReportSection[] {
  const item = fieldsTable("Work programme item", [
    ["Ref", w.ref],
    ["Committee", w.committee],
    ["Meeting", date(w.meeting)],
    ["Topic", w.topic],
    ["Purpose", w.purpose],
    ["Lead officer", w.leadOfficer],
    ["Status", w.status],
  ]);
  return [{ id: "item", title: `Work programme item ${w.ref}`, blocks: [item] }];
}

/** The item of that ref in the picture, with its links' figures; null when there is none. */
export function itemDocument(
  council: Council,
  picture: ScrutinyPicture,
  ref: string,
  links: readonly ScrutinyLink[],
  live: LiveFigures,
): ReportDocument | null {
  const r = picture.recommendations.find((x) => x.recommendation.ref === ref);
  const q = picture.questions.find((x) => x.question.ref === ref);
  const w = [...picture.upcoming, ...picture.past].find((x) => x.ref === ref);
  const sections = r ? recommendationSections(r) : q ? questionSections(q) : w ? workItemSections(w) : null;
  if (!sections) return null;
  const kind = r ? "Recommendation" : q ? "Question" : "Work programme item";
  return {
    title: `${kind} ${ref}`,
    council,
    period: live.period,
    asAt: picture.today,
    subtitle: `As it stands on ${longDate(picture.today)}, with the figures it concerns at ${live.period}.`,
    sections: [...sections, linkedFiguresSection(links, live)],
  };
}
