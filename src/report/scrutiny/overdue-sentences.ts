/**
 * What is late, in sentences a councillor reads: each overdue executive response, each overdue
 * action and each overdue answer to a member's question, oldest first; and the summary in one line.
 */
import { longDate } from "../../domain/demand/words.js";
import type { QuestionTrack, RecommendationTrack } from "../../domain/scrutiny/tracking.js";
import type { ScrutinyPicture } from "./picture.js";
import { days } from "./scrutiny-tables.js";

function recommendationSentences(r: RecommendationTrack): { text: string; late: number }[] {
  const rec = r.recommendation;
  const response = r.response.overdue
    ? [
        {
          text: `${rec.ref}: ${rec.to}'s response to the recommendation made on ${longDate(rec.madeOn)} was due on ${longDate(r.response.due)} and is ${days(r.response.daysOverdue)} overdue.`,
          late: r.response.daysOverdue,
        },
      ]
    : [];
  const actions = r.actions
    .filter((a) => a.overdue)
    .map((a) => ({
      text: `${a.action.ref} (on ${rec.ref}, owner ${a.action.owner}): "${a.action.action}" was due on ${longDate(a.due)} and is ${days(a.daysOverdue)} overdue.`,
      late: a.daysOverdue,
    }));
  return [...response, ...actions];
}

const questionSentence = (q: QuestionTrack) => ({
  text: `${q.question.ref}: ${q.question.askedBy}'s question to ${q.question.officer} on "${q.question.agendaItem}" was due an answer on ${longDate(q.due)} and is ${days(q.daysOverdue)} overdue.`,
  late: q.daysOverdue,
});

/** Every overdue item as a sentence, the longest overdue first; `questions` adds the members' questions. */
export function overdueSentences(picture: ScrutinyPicture, questions = true): string[] {
  const late = [
    ...picture.recommendations.flatMap(recommendationSentences),
    ...(questions ? picture.questions.filter((q) => q.overdue).map(questionSentence) : []),
  ];
  return late.sort((a, b) => b.late - a.late).map((s) => s.text);
}

/** "On 1 November 2024: 7 recommendations, 2 awaiting a response (1 overdue); 3 accepted, …". */
export function summarySentence(picture: ScrutinyPicture): string {
  const s = picture.summary;
  const made = s.recommendations;
  return `On ${longDate(picture.today)}: ${made} recommendation${made === 1 ? "" : "s"}, ${s.awaitingResponse} awaiting the executive's response (${s.overdueResponses} overdue); ${s.accepted} accepted, ${s.partlyAccepted} partly accepted and ${s.rejected} rejected; ${s.openActions} action${s.openActions === 1 ? "" : "s"} open (${s.overdueActions} overdue); ${s.unansweredQuestions} member${s.unansweredQuestions === 1 ? "'s question" : "s' questions"} unanswered (${s.overdueQuestions} overdue).`;
}
