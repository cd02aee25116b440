/**
 * The committee's picture on a day, as the pages and the monthly report show it: each
 * recommendation tracked with its response and actions, each question with its answer, the work
 * programme by meeting (upcoming first) and the summary counts, all from the domain's tracking
 * (src/domain/scrutiny/tracking.ts). A filter narrows it to one committee, and the recommendations
 * to one status, or everything to what is overdue.
 */
import type { IsoDate } from "../../domain/calendar/dates.js";
import type { CouncilRegisters } from "../../domain/registers.js";
import { RECOMMENDATION_STATUSES, type WorkProgrammeItem } from "../../domain/scrutiny/model.js";
import {
  type CommitteeSummary,
  committeeSummary,
  committeesOf,
  type QuestionTrack,
  type RecommendationTrack,
  trackQuestion,
  trackRecommendation,
  workProgrammeByMeeting,
} from "../../domain/scrutiny/tracking.js";

export const STATUS_FILTERS = [...RECOMMENDATION_STATUSES, "overdue"] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

export const isStatusFilter = (value: string): value is StatusFilter =>
  (STATUS_FILTERS as readonly string[]).includes(value);

export interface ScrutinyFilter {
  committee?: string;
  status?: StatusFilter;
}

export interface ScrutinyPicture {
  today: IsoDate;
  filter: ScrutinyFilter;
  /** Every committee the registers name, for the filter. */
  committees: string[];
  /** The committee's counts (every committee's unless one is chosen), whatever the status filter. */
  summary: CommitteeSummary;
  recommendations: RecommendationTrack[];
  questions: QuestionTrack[];
  /** Items of meetings on or after the day, soonest first; then earlier meetings, latest first. */
  upcoming: WorkProgrammeItem[];
  past: WorkProgrammeItem[];
}

/** Late in any way: the response, or any of its actions. */
export const isOverdue = (r: RecommendationTrack) => r.response.overdue || r.overdueActions > 0;

export function scrutinyPicture(
  registers: CouncilRegisters,
  today: IsoDate,
  filter: ScrutinyFilter = {},
): ScrutinyPicture {
  const { committee, status } = filter;
  const ours = <T extends { committee: string }>(rows: readonly T[]) =>
    committee === undefined ? rows : rows.filter((r) => r.committee === committee);
  const recommendations = ours(registers.scrutinyRecommendations)
    .map((r) => trackRecommendation(r, registers.scrutinyActions, today))
    .filter((r) =>
      status === undefined ? true : status === "overdue" ? isOverdue(r) : r.recommendation.status === status,
    );
  const questions = ours(registers.scrutinyQuestions)
    .map((q) => trackQuestion(q, today))
    .filter((q) => status !== "overdue" || q.overdue);
  const programme = workProgrammeByMeeting(registers.workProgramme, today, committee);
  return {
    today,
    filter,
    committees: committeesOf(registers),
    summary: committeeSummary(registers, today, committee),
    recommendations,
    questions,
    upcoming: programme.upcoming.flatMap((m) => m.items),
    past: programme.past.flatMap((m) => m.items),
  };
}
