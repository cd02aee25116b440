/**
 * The committee's picture as report tables: the summary counts, the recommendations tracker (an
 * overdue response or action flagged "OVERDUE" in words as well as red), the members' questions with
 * their answers, and the work programme by meeting. Each row leads to the item's page.
 */
import { longDate } from "../../domain/demand/words.js";
import type { WorkProgrammeItem } from "../../domain/scrutiny/model.js";
import type { QuestionTrack, RecommendationTrack } from "../../domain/scrutiny/tracking.js";
import { number, text } from "../monthly/columns.js";
import type { ReportRow, ReportTable } from "../monthly/model.js";
import type { ScrutinyPicture } from "./picture.js";

/** The flag an overdue row carries wherever it appears. */
export const OVERDUE = "OVERDUE";

export const STATUS_LABELS = {
  awaiting: "Awaiting response",
  accepted: "Accepted",
  "partly-accepted": "Partly accepted",
  rejected: "Rejected",
} as const;
export const RAG_WORDS = { red: "Red", amber: "Amber", green: "Green" } as const;

export const days = (n: number) => `${n} day${n === 1 ? "" : "s"}`;
export const date = (d: string | null) => (d ? longDate(d) : "");

export function summaryTable(picture: ScrutinyPicture): ReportTable {
  const s = picture.summary;
  const rows: [string, number][] = [
    ["Responses awaited", s.awaitingResponse],
    ["Responses overdue", s.overdueResponses],
    ["Accepted", s.accepted],
    ["Partly accepted", s.partlyAccepted],
    ["Rejected", s.rejected],
    ["Actions open", s.openActions],
    ["Actions overdue", s.overdueActions],
    ["Questions unanswered", s.unansweredQuestions],
    ["Questions overdue", s.overdueQuestions],
  ];
  return {
    type: "table",
    title: "Summary",
    columns: [text("item", "Item"), number("count", "Number")],
    rows: rows.map(([item, count]) => ({
      values: { item, count },
      ...(item.endsWith("overdue") && count > 0 ? { flag: OVERDUE } : {}),
    })),
  };
}

/** "Overdue by 12 days" / "2 actions overdue"; blank when nothing is late. */
export function overdueWords(r: RecommendationTrack): string {
  const parts = [
    ...(r.response.overdue ? [`Response overdue by ${days(r.response.daysOverdue)}`] : []),
    ...(r.overdueActions > 0
      ? [`${r.overdueActions} action${r.overdueActions === 1 ? "" : "s"} overdue`]
      : []),
  ];
  return parts.join("; ");
}

function recommendationRow(r: RecommendationTrack): ReportRow {
  const late = overdueWords(r);
  const row = r.recommendation;
  return {
    values: {
      ref: row.ref,
      text: row.text,
      to: row.to,
      madeOn: date(row.madeOn),
      due: date(r.response.due),
      status: STATUS_LABELS[row.status],
      rag: row.rag ? RAG_WORDS[row.rag] : "",
      actions: `${r.openActions} open, ${r.overdueActions} overdue`,
      overdue: late,
    },
    drill: { kind: "scrutiny", ref: row.ref },
    ...(late ? { flag: OVERDUE } : {}),
  };
}

export function recommendationsTable(recommendations: readonly RecommendationTrack[]): ReportTable {
  return {
    type: "table",
    title: "Recommendations tracker",
    columns: [
      text("ref", "Ref"),
      text("text", "Recommendation", true),
      text("to", "To"),
      text("madeOn", "Made"),
      text("due", "Response due"),
      text("status", "Status"),
      text("rag", "RAG"),
      text("actions", "Actions"),
      text("overdue", "Overdue", true),
    ],
    rows: recommendations.map(recommendationRow),
  };
}

/** "Answer overdue by 3 days"; blank when not late. */
export const answerOverdue = (q: QuestionTrack) =>
  q.overdue ? `Answer overdue by ${days(q.daysOverdue)}` : "";

function questionRow(q: QuestionTrack): ReportRow {
  const late = answerOverdue(q);
  const row = q.question;
  return {
    values: {
      ref: row.ref,
      agendaItem: row.agendaItem,
      question: row.question,
      askedBy: row.askedBy,
      officer: row.officer,
      askedOn: date(row.askedOn),
      due: date(q.due),
      answeredOn: row.answeredOn ? date(row.answeredOn) : late || "Not yet",
      response: row.response,
    },
    drill: { kind: "scrutiny", ref: row.ref },
    ...(late ? { flag: OVERDUE } : {}),
  };
}

export function questionsTable(questions: readonly QuestionTrack[]): ReportTable {
  return {
    type: "table",
    title: "Members' questions",
    columns: [
      text("ref", "Ref"),
      text("agendaItem", "Agenda item", true),
      text("question", "Question", true),
      text("askedBy", "Asked by"),
      text("officer", "Officer"),
      text("askedOn", "Asked"),
      text("due", "Due"),
      text("answeredOn", "Answered"),
      text("response", "Response", true),
    ],
    rows: questions.map(questionRow),
  };
}

export function workProgrammeTable(title: string, items: readonly WorkProgrammeItem[]): ReportTable {
  return {
    type: "table",
    title,
    columns: [
      text("ref", "Ref"),
      text("meeting", "Meeting"),
      text("topic", "Topic", true),
      text("purpose", "Purpose", true),
      text("leadOfficer", "Lead officer"),
      text("status", "Status"),
    ],
    rows: items.map((w) => ({
      values: {
        meeting: date(w.meeting),
        ref: w.ref,
        topic: w.topic,
        purpose: w.purpose,
        leadOfficer: w.leadOfficer,
        status: w.status,
      },
      drill: { kind: "scrutiny", ref: w.ref },
    })),
  };
}
