/**
 * Seed 002's seven recommendations as Demoshire's committee made them to Cabinet on 16 July 2024,
 * Cabinet's responses of 12 September (one still awaited) and the actions that follow.
 */
import type { ScrutinyAction, ScrutinyRecommendation } from "../domain/scrutiny/model.js";
import { DEMO_COMMITTEE as CMTE } from "./scrutiny-questions.js";

const MADE = "2024-07-16";
const CABINET_RESPONDED = "2024-09-12";

const rec = (
  letter: string,
  text: string,
  answer: Pick<ScrutinyRecommendation, "status" | "rag" | "response">,
): ScrutinyRecommendation => ({
  ref: `REC-24-${letter}`,
  committee: CMTE,
  madeOn: MADE,
  text,
  to: "Cabinet",
  responseDue: null,
  respondedOn: answer.status === "awaiting" ? null : CABINET_RESPONDED,
  ...answer,
});

export const DEMO_RECOMMENDATIONS: ScrutinyRecommendation[] = [
  rec(
    "a",
    "Financial performance data to form part of the 'measures that matter' and performance dashboard data, and to be reported back to staff teams so that they are aware of the financial consequences of service performance alongside other measures.",
    {
      status: "accepted",
      rag: "green",
      response:
        "Accepted. The forecast variance and savings delivery join the measures that matter from period 6.",
    },
  ),
  rec(
    "b",
    "Children and Young People Scrutiny Committee to examine how SEND transport demand and costs are managed, including a review of operations in other rural local authorities.",
    {
      status: "accepted",
      rag: "amber",
      response:
        "Accepted. Officers will bring a review of SEND transport demand and costs to the committee in November.",
    },
  ),
  rec(
    "c",
    "Children and Young People Scrutiny Committee to scrutinise work to step children down from residential care, and to reunify families where children have become looked after.",
    {
      status: "accepted",
      rag: "red",
      response:
        "Accepted. A report on step-down and reunification will come to the committee in January 2025.",
    },
  ),
  rec(
    "d",
    "Dedicated financial resource to continue to be embedded within the Children and Young People directorate to provide challenge and assurance that day-to-day costs are being captured and forecast correctly.",
    {
      status: "partly-accepted",
      rag: "amber",
      response:
        "Partly accepted. The finance business partner post is extended to 31 March 2025; a permanent post will be considered in the 2025-26 budget.",
    },
  ),
  rec(
    "e",
    "Each monthly financial outturn report for the Children and Young People directorate, and the weekly children's services analysis, to be provided to the chair of the Children and Young People Scrutiny Committee.",
    {
      status: "accepted",
      rag: "amber",
      response:
        "Accepted. The monthly outturn report will go to the chair when each period closes, and the weekly analysis from October.",
    },
  ),
  rec(
    "f",
    "The Children and Young People Scrutiny Committee to undertake a piece of work to examine the robustness of the council's data and management information supporting the Children and Young People directorate.",
    { status: "awaiting", rag: null, response: "" },
  ),
  rec(
    "g",
    "Savings as proposed to be targeted for the Children and Young People directorate to deliver in 2024-25, but assured funding to be found from elsewhere to balance the council's budget.",
    {
      status: "rejected",
      rag: null,
      response:
        "Rejected. The savings remain in the directorate's budget; the corporate contingency stands behind any shortfall, as for every directorate.",
    },
  ),
];

const action = (
  n: number,
  letter: string,
  text: string,
  owner: string,
  due: string,
  doneOn: string | null,
  progress: string,
): ScrutinyAction => ({
  ref: `ACT-24-${String(n).padStart(2, "0")}`,
  recommendation: `REC-24-${letter}`,
  action: text,
  owner,
  due,
  doneOn,
  progress,
});

export const FINANCE = "Head of Strategic Finance";
export const DEMO_ACTIONS: ScrutinyAction[] = [
  action(
    1,
    "a",
    "Add the forecast overspend and savings delivery to the measures that matter",
    FINANCE,
    "2024-10-31",
    "2024-10-15",
    "Both measures are on the dashboard from period 6.",
  ),
  action(
    2,
    "a",
    "Brief every staff team on the financial measures at its team meeting",
    "Director of Children's Services",
    "2024-12-20",
    null,
    "Four of nine teams briefed.",
  ),
  action(
    3,
    "b",
    "Price pick-up points and personal transport budgets against today's routes",
    "Transport Commissioning Manager",
    "2024-10-18",
    "2024-10-17",
    "Both scenarios priced in Outturn.",
  ),
  action(
    4,
    "b",
    "Report SEND transport demand, costs and other rural councils' operations to the committee",
    "Transport Commissioning Manager",
    "2024-11-19",
    null,
    "Report drafted; on the agenda for 19 November.",
  ),
  action(
    5,
    "c",
    "Report progress on residential step-down and reunification to the committee",
    "Head of Service, Children in Care",
    "2025-01-21",
    null,
    "",
  ),
  action(
    6,
    "d",
    "Extend the finance business partner post in the directorate to 31 March 2025",
    FINANCE,
    "2024-09-30",
    "2024-09-27",
    "Extension agreed.",
  ),
  action(
    7,
    "e",
    "Send each monthly outturn report to the chair within 10 working days of the period closing",
    FINANCE,
    "2024-10-15",
    "2024-10-14",
    "Periods 5 and 6 sent.",
  ),
  action(
    8,
    "e",
    "Send the weekly children's services analysis to the chair",
    "Head of Performance and Intelligence",
    "2024-10-11",
    null,
    "Waiting for the case management system's weekly extract.",
  ),
];
