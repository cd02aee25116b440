/** The committee-reports register file: a committee report's cover and narrative in seed 002's layout. */
import { REPORT_COLUMNS as H } from "../../../domain/scrutiny/columns.js";
import type { CommitteeReport } from "../../../domain/scrutiny/model.js";
import { DATE, TEXT } from "../cells.js";
import { defineLayout, optional, required } from "../layout.js";
import { LONG_TEXT } from "./scrutiny-cells.js";

/** A narrative section: long text, blank until written. */
const section = (field: keyof CommitteeReport & string, description: string) =>
  optional(
    LONG_TEXT,
    { header: H[field], description: `${description} Line breaks are kept.`, example: "" },
    "",
  );

export const committeeReports = defineLayout({
  register: "committee-reports",
  title: "Committee reports",
  summary:
    "A committee report's cover and narrative, in the council's standard layout (title, meeting, report by, classification, decision type, wards, then each section). The finance and performance figures are added live when the report is drafted.",
  columns: {
    ref: required(TEXT, {
      header: H.ref,
      description: "The report's reference; unique in the file.",
      example: "CR-24-11",
    }),
    title: required(TEXT, {
      header: H.title,
      description: "The report's title.",
      example: "Children and Young People directorate budget task and finish group",
    }),
    committee: required(TEXT, {
      header: H.committee,
      description: "The committee it goes to.",
      example: "Children and Young People Scrutiny Committee",
    }),
    meeting: required(DATE, { header: H.meeting, description: "The meeting's date.", example: "2024-11-19" }),
    reportBy: required(TEXT, {
      header: H.reportBy,
      description: "Who the report is by.",
      example: "Statutory Scrutiny Officer",
    }),
    classification: required(TEXT, {
      header: H.classification,
      description: "Open, or Exempt with the reason.",
      example: "Open",
    }),
    decisionType: required(TEXT, {
      header: H.decisionType,
      description: "The kind of decision, e.g. a key or non-key decision.",
      example: "This is not an executive decision",
    }),
    wards: required(TEXT, { header: H.wards, description: "The wards affected.", example: "(All Wards)" }),
    purpose: section("purpose", "Why the report comes to the committee."),
    recommendations: section("recommendations", "What the committee is asked to agree."),
    alternativeOptions: section("alternativeOptions", "The other courses open to the committee."),
    keyConsiderations: section(
      "keyConsiderations",
      "The background and evidence; the live figures follow it.",
    ),
    communityImpact: section("communityImpact", "The effect on the council's communities."),
    environmentalImpact: section("environmentalImpact", "The effect on the environment."),
    equalityDuty: section("equalityDuty", "How the public sector equality duty has been considered."),
    resourceImplications: section("resourceImplications", "The resources the recommendations would need."),
    legalImplications: section("legalImplications", "The legal basis and duties."),
    riskImplications: section("riskImplications", "The risks and how they are managed."),
    consultees: section("consultees", "Who was consulted."),
    appendices: section("appendices", "The papers appended."),
  },
  key: ["ref"],
  row: (cells) => cells,
});
