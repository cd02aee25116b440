/**
 * The committee report as data, in the standard layout of a council's covering report (seed 002):
 * the cover (title, meeting, date, report by, classification, decision type, wards), the narrative
 * sections as the officer wrote them, with the live finance and performance evidence under "Key
 * considerations", and the reviewers' sign-off table. Money stays in pence inside the blocks; the
 * renderers (HTML and PDF through the monthly report's, Word through docx) format it.
 */
import type { Reader } from "../../domain/disclosure/audience.js";
import type { CommitteeReport } from "../../domain/scrutiny/model.js";
import type { Council } from "../../store/store.js";
import type { ReportBlock } from "../monthly/model.js";

/**
 * How a section's paragraphs are numbered, as the seed numbers them: "decimal" runs on through the
 * document (1. 2. 3. …, Alternative options to Consultees), "letters" starts again in each section
 * (a) b) for the recommendations, a. b. for the appendices), "none" for the purpose.
 */
export type Numbering = "none" | "decimal" | "letters";

export interface CommitteeParagraph {
  /** The number as printed, e.g. "3." or "a)"; null when the section is not numbered. */
  label: string | null;
  text: string;
}

export interface CommitteeSection {
  /** A stable anchor, e.g. "key-considerations" or "evidence-outturn". */
  id: string;
  title: string;
  numbering: Numbering;
  /** For lettered sections, the letter's punctuation: ")" as in "a)", "." as in "a.". */
  letterSuffix?: ")" | ".";
  paragraphs: CommitteeParagraph[];
  /** Tables and charts, each titled "Table n: …" or "Figure n: …" through the document. */
  blocks: ReportBlock[];
  /** The live evidence under this heading (Key considerations), one subsection a topic. */
  subsections: CommitteeSection[];
}

/** One line of the cover block, e.g. { label: "Report by", value: "Statutory Scrutiny Officer" }. */
export interface CoverLine {
  label: string;
  value: string;
}

export interface CommitteeDocument {
  ref: string;
  title: string;
  council: Council;
  /** The period whose forecast the evidence shows, e.g. "2024-25:P7". */
  period: string;
  asAt: string;
  /** Who the figures were built for: members (and the public) see small numbers suppressed. */
  reader: Reader;
  classification: string;
  /** Title of report, Meeting, Meeting date, Report by, Classification, Decision type, Wards affected. */
  cover: CoverLine[];
  sections: CommitteeSection[];
  /** The sign-off table's rows (Governance, Finance, Legal, …), each with a name and date to fill in. */
  reviewers: readonly string[];
}

/** The narrative fields of the register row, in the order the seed's sections run. */
export type NarrativeField = Exclude<
  keyof CommitteeReport,
  "ref" | "title" | "committee" | "meeting" | "reportBy" | "classification" | "decisionType" | "wards"
>;

export interface NarrativeSpec {
  field: NarrativeField;
  title: string;
  numbering: Numbering;
  letterSuffix?: ")" | ".";
}

/** Seed 002's sections and how each is numbered. */
export const NARRATIVE: readonly NarrativeSpec[] = [
  { field: "purpose", title: "Purpose", numbering: "none" },
  { field: "recommendations", title: "Recommendation(s)", numbering: "letters", letterSuffix: ")" },
  { field: "alternativeOptions", title: "Alternative options", numbering: "decimal" },
  { field: "keyConsiderations", title: "Key considerations", numbering: "decimal" },
  { field: "communityImpact", title: "Community impact", numbering: "decimal" },
  { field: "environmentalImpact", title: "Environmental impact", numbering: "decimal" },
  { field: "equalityDuty", title: "Equality duty", numbering: "decimal" },
  { field: "resourceImplications", title: "Resource implications", numbering: "decimal" },
  { field: "legalImplications", title: "Legal implications", numbering: "decimal" },
  { field: "riskImplications", title: "Risk management", numbering: "decimal" },
  { field: "consultees", title: "Consultees", numbering: "decimal" },
  { field: "appendices", title: "Appendices", numbering: "letters", letterSuffix: "." },
];

/** The seed's "Report Reviewers Used for appraising this report". */
export const REVIEWERS = [
  "Governance",
  "Finance",
  "Legal",
  "Communications",
  "Equality Duty",
  "Procurement",
  "Risk",
] as const;
