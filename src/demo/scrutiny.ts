/**
 * Demoshire's scrutiny, dated around the demo's as-at date (31 October 2024, 2024-25:P7). Members'
 * questions at the quarter 1 performance and resources report and the period 6 budget monitoring
 * (modelled on seed 001: answered and not, one overdue); the seven recommendations of seed 002's
 * directorate budget task and finish group, made by the Children and Young People Scrutiny Committee
 * to Cabinet on 16 July 2024 and answered on 12 September (accepted, partly accepted, rejected, and
 * one still awaited, so overdue); the actions that follow (some done, one overdue); the year's work
 * programme; links to Demoshire's measures, savings and budget lines; and the covering report for
 * the 19 November meeting. The rows are in scrutiny-questions.ts, scrutiny-recommendations.ts and
 * scrutiny-report.ts; fixed, with no random draws.
 */
import type { CouncilRegisters } from "../domain/registers.js";
import type { ScrutinyLink, WorkProgrammeItem } from "../domain/scrutiny/model.js";
import { DEMO_COMMITTEE, DEMO_QUESTIONS } from "./scrutiny-questions.js";
import { DEMO_ACTIONS, DEMO_RECOMMENDATIONS, FINANCE } from "./scrutiny-recommendations.js";
import { demoCommitteeReport } from "./scrutiny-report.js";

export { DEMO_COMMITTEE } from "./scrutiny-questions.js";

const CMTE = DEMO_COMMITTEE;

const item = (
  ref: string,
  meeting: string,
  topic: string,
  purpose: string,
  leadOfficer: string,
  status: WorkProgrammeItem["status"],
): WorkProgrammeItem => ({ ref, committee: CMTE, meeting, topic, purpose, leadOfficer, status });

const WORK_PROGRAMME: WorkProgrammeItem[] = [
  item(
    "WP-24-01",
    "2024-06-11",
    "2023-24 outturn and savings delivery",
    "Understand the year's overspend and why the planned savings were not delivered.",
    FINANCE,
    "reported",
  ),
  item(
    "WP-24-02",
    "2024-07-16",
    "Directorate budget task and finish group",
    "Receive the group's findings and agree recommendations to Cabinet.",
    "Statutory Scrutiny Officer",
    "reported",
  ),
  item(
    "WP-24-03",
    "2024-09-10",
    "Quarter 1 performance and resources report",
    "Review the measures that matter and the forecast outturn at quarter 1.",
    "Director of Children's Services",
    "reported",
  ),
  item(
    "WP-24-04",
    "2024-10-22",
    "Period 6 budget monitoring and savings tracker",
    "Review the forecast outturn, the savings at risk and the actions to recover them.",
    FINANCE,
    "reported",
  ),
  item(
    "WP-24-05",
    "2024-11-19",
    "SEND transport demand and costs",
    "Examine how SEND transport demand and costs are managed, including a review of operations in other rural local authorities.",
    "Transport Commissioning Manager",
    "planned",
  ),
  item(
    "WP-24-06",
    "2024-11-19",
    "Executive response to the task and finish group",
    "Receive Cabinet's response to the committee's recommendations and progress on the actions.",
    "Statutory Scrutiny Officer",
    "planned",
  ),
  item(
    "WP-24-07",
    "2025-01-21",
    "Residential step-down and reunification",
    "Scrutinise work to step children down from residential care and to reunify families.",
    "Head of Service, Children in Care",
    "planned",
  ),
  item(
    "WP-24-08",
    "2025-03-11",
    "Robustness of data and management information",
    "Examine the data and management information behind the directorate's reports; waits for Cabinet's response.",
    "Head of Performance and Intelligence",
    "deferred",
  ),
  item(
    "WP-24-09",
    "2025-03-11",
    "2025-26 budget and the three-year savings plan",
    "Test whether the directorate's savings for 2025-26 are evidenced and achievable.",
    FINANCE,
    "planned",
  ),
];

/** [item, kind, target, note]. */
const LINKS: [string, ScrutinyLink["kind"], string, string][] = [
  ["Q-24-01", "measure", "stability-3-plus", "The measure asked about"],
  ["Q-24-01", "line", "LAC-RES", ""],
  ["Q-24-02", "measure", "ehcp-20-weeks", "The measure asked about"],
  ["Q-24-03", "line", "LAC-RES", "Placements pressure"],
  ["Q-24-03", "line", "SEND-TRN", "Transport pressure"],
  ["Q-24-03", "saving", "S1", ""],
  ["Q-24-03", "saving", "S4", ""],
  ["Q-24-04", "measure", "agency-social-workers", ""],
  ["Q-24-04", "saving", "S3", "The 30 conversions"],
  ["Q-24-04", "line", "DIR-IMP", "Interim project teams"],
  ["Q-24-05", "saving", "S5", "The saving asked about"],
  ["Q-24-06", "line", "SEND-TRN", ""],
  ["Q-24-06", "saving", "S4", ""],
  ["REC-24-a", "measure", "forecast-overspend", "Financial measure now on the dashboard"],
  ["REC-24-a", "measure", "savings-delivery", "Financial measure now on the dashboard"],
  ["REC-24-b", "line", "SEND-TRN", ""],
  ["REC-24-b", "saving", "S4", ""],
  ["REC-24-c", "measure", "placed-residential", ""],
  ["REC-24-c", "measure", "residential-weekly-cost", ""],
  ["REC-24-c", "saving", "S1", "Step-down"],
  ["REC-24-c", "saving", "S5", "Reunification"],
  ["REC-24-c", "line", "LAC-RES", ""],
  ["REC-24-d", "measure", "forecast-overspend", ""],
  ["REC-24-e", "measure", "forecast-overspend", ""],
  ["REC-24-g", "measure", "savings-delivery", ""],
  ["WP-24-05", "line", "SEND-TRN", ""],
  ["WP-24-05", "line", "SEND-ADM", "Personal transport budgets"],
  ["WP-24-05", "saving", "S4", ""],
  ["WP-24-07", "saving", "S1", ""],
  ["WP-24-07", "saving", "S5", ""],
  ["WP-24-07", "line", "LAC-RES", ""],
];

export type DemoScrutiny = Pick<
  CouncilRegisters,
  | "scrutinyQuestions"
  | "scrutinyRecommendations"
  | "scrutinyActions"
  | "workProgramme"
  | "scrutinyLinks"
  | "committeeReports"
>;

/** Demoshire's scrutiny registers (the same every time). */
export function demoScrutiny(): DemoScrutiny {
  return {
    scrutinyQuestions: DEMO_QUESTIONS.map((q) => ({ ...q })),
    scrutinyRecommendations: DEMO_RECOMMENDATIONS.map((r) => ({ ...r })),
    scrutinyActions: DEMO_ACTIONS.map((a) => ({ ...a })),
    workProgramme: WORK_PROGRAMME.map((w) => ({ ...w })),
    scrutinyLinks: LINKS.map(([item, kind, target, note]) => ({ item, kind, target, note })),
    committeeReports: [demoCommitteeReport(CMTE)],
  };
}

/** A council without scrutiny rows (Largeshire, the benchmark council). */
export function noScrutiny(): DemoScrutiny {
  return {
    scrutinyQuestions: [],
    scrutinyRecommendations: [],
    scrutinyActions: [],
    workProgramme: [],
    scrutinyLinks: [],
    committeeReports: [],
  };
}
