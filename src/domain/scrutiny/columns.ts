/**
 * The scrutiny registers' column headers, as the register files, the forms and every error name
 * them; and the registers' names, in the order a committee reads them.
 */
import type {
  CommitteeReport,
  ScrutinyAction,
  ScrutinyLink,
  ScrutinyQuestion,
  ScrutinyRecommendation,
  WorkProgrammeItem,
} from "./model.js";

export const SCRUTINY_REGISTERS = [
  "scrutiny-questions",
  "scrutiny-recommendations",
  "scrutiny-actions",
  "work-programme",
  "scrutiny-links",
  "committee-reports",
] as const;
export type ScrutinyRegister = (typeof SCRUTINY_REGISTERS)[number];

type Headers<T> = Readonly<Record<keyof T & string, string>>;

export const QUESTION_COLUMNS: Headers<ScrutinyQuestion> = {
  ref: "Ref",
  committee: "Committee",
  meeting: "Meeting",
  agendaItem: "Agenda item",
  question: "Question",
  askedBy: "Asked by",
  askedOn: "Asked on",
  officer: "Officer",
  due: "Due",
  response: "Response",
  answeredOn: "Answered on",
};

export const RECOMMENDATION_COLUMNS: Headers<ScrutinyRecommendation> = {
  ref: "Ref",
  committee: "Committee",
  madeOn: "Made on",
  text: "Recommendation",
  to: "To",
  responseDue: "Response due",
  response: "Response",
  respondedOn: "Responded on",
  status: "Status",
  rag: "RAG",
};

export const ACTION_COLUMNS: Headers<ScrutinyAction> = {
  ref: "Ref",
  recommendation: "Recommendation",
  action: "Action",
  owner: "Owner",
  due: "Due",
  doneOn: "Done on",
  progress: "Progress",
};

export const WORK_ITEM_COLUMNS: Headers<WorkProgrammeItem> = {
  ref: "Ref",
  committee: "Committee",
  meeting: "Meeting",
  topic: "Topic",
  purpose: "Purpose",
  leadOfficer: "Lead officer",
  status: "Status",
};

export const LINK_COLUMNS: Headers<ScrutinyLink> = {
  item: "Item",
  kind: "Kind",
  target: "Target",
  note: "Note",
};

export const REPORT_COLUMNS: Headers<CommitteeReport> = {
  ref: "Ref",
  title: "Title",
  committee: "Committee",
  meeting: "Meeting",
  reportBy: "Report by",
  classification: "Classification",
  decisionType: "Decision type",
  wards: "Wards affected",
  purpose: "Purpose",
  recommendations: "Recommendations",
  alternativeOptions: "Alternative options",
  keyConsiderations: "Key considerations",
  communityImpact: "Community impact",
  environmentalImpact: "Environmental impact",
  equalityDuty: "Equality duty",
  resourceImplications: "Resource implications",
  legalImplications: "Legal implications",
  riskImplications: "Risk management",
  consultees: "Consultees",
  appendices: "Appendices",
};
