/**
 * Scrutiny tracked on a given day (`today` is always a parameter). A recommendation's response is
 * due two calendar months after it was made (s9F Local Government Act 2000: 31 January → 31 March,
 * 30 December → 28 or 29 February) unless a date is given; a question's answer 20 working days
 * (Monday to Friday) after it was asked unless a date is given; an action on its due date. Anything
 * not answered, responded to or done by the day after it is due is overdue. The work programme by
 * meeting and an item's linked targets are in programme.ts, exported here too.
 */
import { type IsoDate, toDay } from "../calendar/dates.js";
import { addWorkingDays } from "../calendar/working-days.js";
import { addMonths } from "../measures/points.js";
import type { CouncilRegisters } from "../registers.js";
import type { ScrutinyAction, ScrutinyQuestion, ScrutinyRecommendation } from "./model.js";

export { type LinkedTarget, linkedTargets, type MeetingItems, workProgrammeByMeeting } from "./programme.js";

export const RESPONSE_MONTHS = 2;
export const ANSWER_WORKING_DAYS = 20;

export function responseDue(rec: Pick<ScrutinyRecommendation, "madeOn" | "responseDue">): IsoDate {
  return rec.responseDue ?? addMonths(rec.madeOn, RESPONSE_MONTHS);
}

export function questionDue(q: Pick<ScrutinyQuestion, "askedOn" | "due">): IsoDate {
  return q.due ?? addWorkingDays(q.askedOn, ANSWER_WORKING_DAYS);
}

/** Where something due stands on a day. */
export interface Deadline {
  due: IsoDate;
  /** Answered, responded to or done on or before the day. */
  done: boolean;
  /** Not done, and the day is after the due date. */
  overdue: boolean;
  /** Days since the due date while overdue; 0 otherwise. */
  daysOverdue: number;
  /** Done, but after the due date. */
  late: boolean;
}

export function deadline(due: IsoDate, doneOn: IsoDate | null, today: IsoDate): Deadline {
  const done = doneOn !== null && doneOn <= today;
  const overdue = !done && today > due;
  return {
    due,
    done,
    overdue,
    daysOverdue: overdue ? toDay(today) - toDay(due) : 0,
    late: done && (doneOn as IsoDate) > due,
  };
}

export interface QuestionTrack extends Deadline {
  question: ScrutinyQuestion;
}

export function trackQuestion(question: ScrutinyQuestion, today: IsoDate): QuestionTrack {
  return { question, ...deadline(questionDue(question), question.answeredOn, today) };
}

export interface ActionTrack extends Deadline {
  action: ScrutinyAction;
}

export function trackAction(action: ScrutinyAction, today: IsoDate): ActionTrack {
  return { action, ...deadline(action.due, action.doneOn, today) };
}

/** A recommendation's overall picture, most pressing first. */
export type RecommendationPicture =
  | "response-overdue"
  | "awaiting-response"
  | "rejected"
  | "actions-overdue"
  | "in-progress"
  | "no-actions"
  | "complete";

export const PICTURE_WORDS: Readonly<Record<RecommendationPicture, string>> = {
  "response-overdue": "Response overdue",
  "awaiting-response": "Awaiting response",
  rejected: "Rejected",
  "actions-overdue": "Actions overdue",
  "in-progress": "In progress",
  "no-actions": "No actions yet",
  complete: "Complete",
};

export interface RecommendationTrack {
  recommendation: ScrutinyRecommendation;
  /** The executive's response: due two months after, done once responded. */
  response: Deadline;
  actions: ActionTrack[];
  openActions: number;
  doneActions: number;
  overdueActions: number;
  picture: RecommendationPicture;
}

function pictureOf(
  rec: ScrutinyRecommendation,
  response: Deadline,
  actions: ActionTrack[],
): RecommendationPicture {
  if (rec.status === "awaiting") return response.overdue ? "response-overdue" : "awaiting-response";
  if (rec.status === "rejected") return "rejected";
  if (actions.length === 0) return "no-actions";
  if (actions.some((a) => a.overdue)) return "actions-overdue";
  return actions.some((a) => !a.done) ? "in-progress" : "complete";
}

/** A recommendation with its response deadline and its actions (from all the council's actions), on a day. */
export function trackRecommendation(
  rec: ScrutinyRecommendation,
  allActions: readonly ScrutinyAction[],
  today: IsoDate,
): RecommendationTrack {
  const respondedOn = rec.status === "awaiting" ? null : rec.respondedOn;
  const response = deadline(responseDue(rec), respondedOn, today);
  const actions = allActions.filter((a) => a.recommendation === rec.ref).map((a) => trackAction(a, today));
  return {
    recommendation: rec,
    response,
    actions,
    openActions: actions.filter((a) => !a.done).length,
    doneActions: actions.filter((a) => a.done).length,
    overdueActions: actions.filter((a) => a.overdue).length,
    picture: pictureOf(rec, response, actions),
  };
}

export type ScrutinyRegisters = Pick<
  CouncilRegisters,
  "scrutinyQuestions" | "scrutinyRecommendations" | "scrutinyActions" | "workProgramme"
>;

/** The committees named anywhere in the scrutiny registers, in alphabetical order. */
export function committeesOf(registers: ScrutinyRegisters): string[] {
  const rows = [
    ...registers.scrutinyQuestions,
    ...registers.scrutinyRecommendations,
    ...registers.workProgramme,
  ];
  return [...new Set(rows.map((r) => r.committee))].sort();
}

export interface CommitteeSummary {
  recommendations: number;
  /** Still awaiting the executive's response, overdue or not. */
  awaitingResponse: number;
  overdueResponses: number;
  accepted: number;
  partlyAccepted: number;
  rejected: number;
  /** Not done, overdue or not. */
  openActions: number;
  overdueActions: number;
  questions: number;
  /** Not answered, overdue or not. */
  unansweredQuestions: number;
  overdueQuestions: number;
}

/** The committee's counts on a day (every committee's when none is named). */
export function committeeSummary(
  registers: ScrutinyRegisters,
  today: IsoDate,
  committee?: string,
): CommitteeSummary {
  const ours = <T extends { committee: string }>(rows: readonly T[]) =>
    committee === undefined ? rows : rows.filter((r) => r.committee === committee);
  const recs = ours(registers.scrutinyRecommendations).map((r) =>
    trackRecommendation(r, registers.scrutinyActions, today),
  );
  const actions = recs.flatMap((r) => r.actions);
  const questions = ours(registers.scrutinyQuestions).map((q) => trackQuestion(q, today));
  const status = (s: ScrutinyRecommendation["status"]) =>
    recs.filter((r) => r.recommendation.status === s).length;
  return {
    recommendations: recs.length,
    awaitingResponse: status("awaiting"),
    overdueResponses: recs.filter((r) => r.response.overdue).length,
    accepted: status("accepted"),
    partlyAccepted: status("partly-accepted"),
    rejected: status("rejected"),
    openActions: actions.filter((a) => !a.done).length,
    overdueActions: actions.filter((a) => a.overdue).length,
    questions: questions.length,
    unansweredQuestions: questions.filter((q) => !q.done).length,
    overdueQuestions: questions.filter((q) => q.overdue).length,
  };
}
