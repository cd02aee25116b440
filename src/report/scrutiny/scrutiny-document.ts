/**
 * The committee's picture as a document (the /scrutiny page) and as the monthly report's section
 * "Scrutiny recommendations": the summary, the recommendations tracker with what is overdue in
 * sentences, the members' questions and the work programme, upcoming meetings first.
 */
import { formatPeriodRef, periodOf } from "../../domain/calendar/financial.js";
import { longDate } from "../../domain/demand/words.js";
import type { Council } from "../../store/store.js";
import type { MonthlyReportInput, ReportDocument, ReportSection } from "../monthly/model.js";
import { overdueSentences, summarySentence } from "./overdue-sentences.js";
import { type ScrutinyPicture, scrutinyPicture } from "./picture.js";
import { questionsTable, recommendationsTable, summaryTable, workProgrammeTable } from "./scrutiny-tables.js";

const alerts = (sentences: string[]) => sentences.map((text) => ({ text, alert: true }));

function filterWords(picture: ScrutinyPicture): string {
  const { committee, status } = picture.filter;
  const parts = [
    ...(committee ? [`${committee} only`] : []),
    ...(status ? [status === "overdue" ? "overdue items only" : `recommendations ${status} only`] : []),
  ];
  return parts.length === 0 ? "" : ` Shown: ${parts.join("; ")}.`;
}

export function scrutinyDocument(council: Council, picture: ScrutinyPicture): ReportDocument {
  const { today } = picture;
  const late = overdueSentences(picture);
  const sections: ReportSection[] = [
    {
      id: "summary",
      title: `The committee's picture on ${longDate(today)}`,
      intro: `${summarySentence(picture)}${filterWords(picture)}`,
      notes: late.length === 0 ? [{ text: "Nothing is overdue." }] : alerts(late),
      blocks: [summaryTable(picture)],
    },
    {
      id: "recommendations",
      title: "Recommendations tracker",
      intro:
        "The executive responds within two months of a recommendation (s9F Local Government Act 2000) unless a later date is set. Each row leads to the recommendation, its actions and the figures it concerns.",
      blocks: [recommendationsTable(picture.recommendations)],
    },
    {
      id: "questions",
      title: "Members' questions",
      intro: "An answer is due 20 working days after the question unless a date is set.",
      blocks: [questionsTable(picture.questions)],
    },
    {
      id: "work-programme",
      title: "Work programme",
      blocks: [
        workProgrammeTable("Upcoming meetings", picture.upcoming),
        workProgrammeTable("Past meetings", picture.past),
      ],
    },
  ];
  return {
    title: "Scrutiny",
    council,
    period: formatPeriodRef(periodOf(today)),
    asAt: today,
    subtitle: `Questions, recommendations, actions and the work programme as they stand on ${longDate(today)}.`,
    sections,
  };
}

/**
 * The monthly report's section: the tracker as it stood at the report's as-at date and the overdue
 * responses and actions in sentences; null when the council has made no recommendation.
 */
export function scrutinySection({ registers, outturn }: MonthlyReportInput): ReportSection | null {
  if (registers.scrutinyRecommendations.length === 0) return null;
  const picture = scrutinyPicture(registers, outturn.asAt);
  const late = overdueSentences(picture, false);
  return {
    id: "scrutiny",
    title: "Scrutiny recommendations",
    intro: summarySentence(picture),
    notes: late.length === 0 ? [{ text: "No response or action is overdue." }] : alerts(late),
    blocks: [recommendationsTable(picture.recommendations)],
  };
}
