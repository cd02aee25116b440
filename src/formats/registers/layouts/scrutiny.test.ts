import { describe, expect, it } from "vitest";
import { scrutinyQuestion, scrutinyRecommendation } from "../../../store/sample-rows-scrutiny.js";
import { type ImportError, parseRegister } from "../parse.js";

const csv = (name: string, lines: string[]) => ({ name, bytes: Buffer.from(lines.join("\r\n")) });
const errorsOf = (result: { rows: unknown[] } | { errors: ImportError[] }) =>
  "errors" in result ? result.errors : [];
const error = (file: string, row: number, column: string, value: string, rule: string): ImportError => ({
  file,
  row,
  column,
  value,
  rule,
});

const QUESTIONS =
  "Ref,Committee,Meeting,Agenda item,Question,Asked by,Asked on,Officer,Due,Response,Answered on";
const CMTE = "Children and Young People Scrutiny Committee";
const RECS = "Ref,Committee,Made on,Recommendation,To,Response due,Response,Responded on,Status,RAG";

describe("the scrutiny-questions register file", () => {
  it("reads a question over several lines, quoted, and leaves a blank Due for the 20 working days", async () => {
    const file = csv("questions.csv", [
      QUESTIONS,
      `Q1,${CMTE},10/09/2024,Agenda item 7 - Quarter 1 performance and resources report,"Placement stability is red.\nWhy is it rising, and how will it reach amber?",Cllr A Hartley,2024-09-10,"Head of Service, Children in Care",,,`,
      `Q2,${CMTE},2024-09-10,Agenda item 7 - Quarter 1 performance and resources report,"Placement stability is red.\r\nWhy is it rising, and how will it reach amber?",Cllr A Hartley,2024-09-10,"Head of Service, Children in Care",,"One provider closed three homes;\n""forced moves"" explain the rise.",24/09/2024`,
    ]);
    expect(await parseRegister("scrutiny-questions", file)).toEqual({
      rows: [scrutinyQuestion(2, { ref: "Q1" }), scrutinyQuestion(1, { ref: "Q2" })],
    });
  });

  it("names the file, row, column, value and rule of every bad cell and broken row rule", async () => {
    const file = csv("questions.csv", [
      QUESTIONS,
      `Q1,${CMTE},31/09/2024,Item 7,Why?,Cllr A,2024-09-10,Officer,,,`,
      `Q2,${CMTE},2024-09-10,Item 7,,Cllr A,2024-09-10,Officer,2024-09-09,,2024-09-01`,
      `Q3,${CMTE},2024-09-10,Item 7,Why?,Cllr A,2024-09-10,Officer,,Because.,`,
      `Q4,${CMTE},2024-09-10,Item 7,Why?,Cllr A,2024-09-10,Officer,,,`,
      `Q4,${CMTE},2024-09-10,Item 7,Why?,Cllr A,2024-09-10,Officer,,,`,
    ]);
    const errors = errorsOf(await parseRegister("scrutiny-questions", file));
    expect(errors).toEqual([
      error("questions.csv", 2, "Meeting", "31/09/2024", expect.stringContaining("must be a date")),
      error("questions.csv", 3, "Question", "", "must not be blank"),
      error("questions.csv", 4, "Answered on", "", "must be given with a Response"),
      error("questions.csv", 6, "Ref", "Q4", expect.stringContaining("row 5")),
    ]);
    const dates = csv("questions.csv", [
      QUESTIONS,
      `Q2,${CMTE},2024-09-10,Item 7,Why?,Cllr A,2024-09-10,Officer,2024-09-09,,2024-09-01`,
    ]);
    expect(errorsOf(await parseRegister("scrutiny-questions", dates))).toEqual([
      error("questions.csv", 2, "Due", "2024-09-09", "must be on or after Asked on"),
      error("questions.csv", 2, "Answered on", "2024-09-01", "must be on or after Asked on"),
      error("questions.csv", 2, "Response", "", "must be given with Answered on"),
    ]);
  });

  it("refuses text longer than an Excel cell can hold", async () => {
    const file = csv("questions.csv", [
      QUESTIONS,
      `Q1,${CMTE},2024-09-10,Item 7,${"x".repeat(32_001)},Cllr A,2024-09-10,Officer,,,`,
    ]);
    const [only] = errorsOf(await parseRegister("scrutiny-questions", file));
    expect(only).toMatchObject({ row: 2, column: "Question", rule: "must be at most 32,000 characters" });
  });
});

describe("the scrutiny-recommendations register file", () => {
  it("reads a recommendation with its response, status and RAG in any case", async () => {
    const file = csv("recs.csv", [
      RECS,
      `R1,${CMTE},2024-07-16,"Financial performance data to form part of the 'measures that matter',\nreported back to staff teams.",Cabinet,,"Accepted; finance measures join the dashboard in October.",12/09/2024,Accepted,AMBER`,
    ]);
    expect(await parseRegister("scrutiny-recommendations", file)).toEqual({
      rows: [scrutinyRecommendation(1)],
    });
  });

  it("checks status against the response, the dates and the RAG, naming each column", async () => {
    const file = csv("recs.csv", [
      RECS,
      `R1,${CMTE},2024-07-16,Text,Cabinet,,We agree.,,awaiting,green`,
      `R2,${CMTE},2024-07-16,Text,Cabinet,2024-07-01,,2024-07-15,rejected,`,
      `R3,${CMTE},2024-07-16,Text,Cabinet,,,,maybe,purple`,
    ]);
    expect(errorsOf(await parseRegister("scrutiny-recommendations", file))).toEqual([
      error(
        "recs.csv",
        2,
        "Status",
        "awaiting",
        "must be accepted, partly-accepted or rejected once there is a Response or Responded on",
      ),
      error("recs.csv", 2, "RAG", "green", "must be blank unless the Status is accepted or partly-accepted"),
      error("recs.csv", 3, "Response due", "2024-07-01", "must be on or after Made on"),
      error("recs.csv", 3, "Responded on", "2024-07-15", "must be on or after Made on"),
      error("recs.csv", 3, "Response", "", "must be given once the Status is rejected"),
      error(
        "recs.csv",
        4,
        "Status",
        "maybe",
        "must be one of: awaiting, accepted, partly-accepted, rejected",
      ),
      error("recs.csv", 4, "RAG", "purple", "must be one of: red, amber, green"),
    ]);
  });
});

describe("the other scrutiny register files", () => {
  it("names a bad action date, work programme status and link kind", async () => {
    const actions = csv("actions.csv", [
      "Ref,Recommendation,Action,Owner,Due,Done on,Progress",
      "A1,R1,Do it,Officer,soon,,",
    ]);
    expect(errorsOf(await parseRegister("scrutiny-actions", actions))).toEqual([
      error("actions.csv", 2, "Due", "soon", expect.stringContaining("must be a date")),
    ]);
    const programme = csv("wp.csv", [
      "Ref,Committee,Meeting,Topic,Purpose,Lead officer,Status",
      `WP1,${CMTE},2024-11-19,SEND transport,,,cancelled`,
    ]);
    expect(errorsOf(await parseRegister("work-programme", programme))).toEqual([
      error("wp.csv", 2, "Status", "cancelled", "must be one of: planned, reported, deferred, withdrawn"),
    ]);
    const links = csv("links.csv", ["Item,Kind,Target", "R1,placement,PL1", "R1,saving,"]);
    expect(errorsOf(await parseRegister("scrutiny-links", links))).toEqual([
      error("links.csv", 2, "Kind", "placement", "must be one of: measure, saving, line"),
      error("links.csv", 3, "Target", "", "must not be blank"),
    ]);
  });

  it("requires a committee report's cover and keeps its narrative's line breaks", async () => {
    const header =
      "Ref,Title,Committee,Meeting,Report by,Classification,Decision type,Wards affected,Purpose";
    const file = csv("reports.csv", [
      header,
      `CR1,Budget,${CMTE},2024-11-19,Scrutiny officer,Open,,(All Wards),"1. First.\n2. Second."`,
    ]);
    expect(errorsOf(await parseRegister("committee-reports", file))).toEqual([
      error("reports.csv", 2, "Decision type", "", "must not be blank"),
    ]);
  });
});
