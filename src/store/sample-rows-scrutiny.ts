/** Small, valid rows of the scrutiny registers for the store's tests; `n` makes each key distinct. Long text keeps its line breaks. */
import type {
  CommitteeReport,
  ScrutinyAction,
  ScrutinyLink,
  ScrutinyQuestion,
  ScrutinyRecommendation,
  WorkProgrammeItem,
} from "../domain/scrutiny/model.js";

const COMMITTEE = "Children and Young People Scrutiny Committee";

export function scrutinyQuestion(n: number, changes: Partial<ScrutinyQuestion> = {}): ScrutinyQuestion {
  return {
    ref: `Q${n}`,
    committee: COMMITTEE,
    meeting: "2024-09-10",
    agendaItem: "Agenda item 7 - Quarter 1 performance and resources report",
    question: "Placement stability is red.\nWhy is it rising, and how will it reach amber?",
    askedBy: "Cllr A Hartley",
    askedOn: "2024-09-10",
    officer: "Head of Service, Children in Care",
    due: null,
    response: n % 2 === 0 ? "" : 'One provider closed three homes;\n"forced moves" explain the rise.',
    answeredOn: n % 2 === 0 ? null : "2024-09-24",
    ...changes,
  };
}

export function scrutinyRecommendation(
  n: number,
  changes: Partial<ScrutinyRecommendation> = {},
): ScrutinyRecommendation {
  return {
    ref: `R${n}`,
    committee: COMMITTEE,
    madeOn: "2024-07-16",
    text: "Financial performance data to form part of the 'measures that matter',\nreported back to staff teams.",
    to: "Cabinet",
    responseDue: null,
    response: "Accepted; finance measures join the dashboard in October.",
    respondedOn: "2024-09-12",
    status: "accepted",
    rag: "amber",
    ...changes,
  };
}

export function scrutinyAction(n: number, changes: Partial<ScrutinyAction> = {}): ScrutinyAction {
  return {
    ref: `A${n}`,
    recommendation: `R${n}`,
    action: "Add the forecast variance and savings delivery to the measures that matter",
    owner: "Head of Strategic Finance",
    due: "2024-10-31",
    doneOn: null,
    progress: "",
    ...changes,
  };
}

export function workProgrammeItem(n: number, changes: Partial<WorkProgrammeItem> = {}): WorkProgrammeItem {
  return {
    ref: `WP${n}`,
    committee: COMMITTEE,
    meeting: "2024-11-19",
    topic: "SEND transport demand and costs",
    purpose:
      "Examine how SEND transport demand and costs are managed,\nincluding other rural councils' operations.",
    leadOfficer: "Transport Commissioning Manager",
    status: "planned",
    ...changes,
  };
}

export function scrutinyLink(n: number, changes: Partial<ScrutinyLink> = {}): ScrutinyLink {
  return { item: `R${n}`, kind: "saving", target: "S4", note: "", ...changes };
}

const NARRATIVE = '1. First paragraph, with a comma.\n2. Second paragraph; "quoted".';

export function committeeReport(n: number, changes: Partial<CommitteeReport> = {}): CommitteeReport {
  return {
    ref: `CR${n}`,
    title: "Children and Young People directorate budget task and finish group",
    committee: COMMITTEE,
    meeting: "2024-11-19",
    reportBy: "Statutory Scrutiny Officer",
    classification: "Open",
    decisionType: "This is not an executive decision",
    wards: "(All Wards)",
    purpose: NARRATIVE,
    recommendations: NARRATIVE,
    alternativeOptions: NARRATIVE,
    keyConsiderations: NARRATIVE,
    communityImpact: NARRATIVE,
    environmentalImpact: NARRATIVE,
    equalityDuty: NARRATIVE,
    resourceImplications: NARRATIVE,
    legalImplications: NARRATIVE,
    riskImplications: NARRATIVE,
    consultees: "None",
    appendices: "",
    ...changes,
  };
}
