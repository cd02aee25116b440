/** The scrutiny-questions register file: members' questions to officers and the answers (rules in scrutiny/checks.ts). */
import { questionRowErrors } from "../../../domain/scrutiny/checks.js";
import { QUESTION_COLUMNS as H } from "../../../domain/scrutiny/columns.js";
import { DATE, TEXT } from "../cells.js";
import { defineLayout, optional, required } from "../layout.js";
import { addRowRules, LONG_TEXT } from "./scrutiny-cells.js";

export const scrutinyQuestions = defineLayout({
  register: "scrutiny-questions",
  title: "Scrutiny questions",
  summary:
    "Members' questions to officers, by meeting and agenda item, with the officer who answers, when the answer is due and the response. An answer is due 20 working days after the question unless a due date is given.",
  columns: {
    ref: required(TEXT, {
      header: H.ref,
      description:
        "The question's reference; unique in the file and among recommendations and work programme items.",
      example: "Q-24-01",
    }),
    committee: required(TEXT, {
      header: H.committee,
      description: "The committee the question was put to.",
      example: "Children and Young People Scrutiny Committee",
    }),
    meeting: required(DATE, { header: H.meeting, description: "The meeting's date.", example: "2024-09-10" }),
    agendaItem: required(TEXT, {
      header: H.agendaItem,
      description: "The agenda item the question is about.",
      example: "Agenda item 7 - Quarter 1 performance and resources report",
    }),
    question: required(LONG_TEXT, {
      header: H.question,
      description: "The question as the member put it; line breaks are kept.",
      example: "Placement stability is red. Why is it rising, and how will it reach amber?",
    }),
    askedBy: required(TEXT, {
      header: H.askedBy,
      description: "The member who asked.",
      example: "Cllr A Hartley",
    }),
    askedOn: required(DATE, {
      header: H.askedOn,
      description: "The day the question was put.",
      example: "2024-09-10",
    }),
    officer: required(TEXT, {
      header: H.officer,
      description: "The officer who answers.",
      example: "Head of Service, Children in Care",
    }),
    due: optional(
      DATE,
      {
        header: H.due,
        description: "When the answer is due; blank: 20 working days (Monday to Friday) after Asked on.",
        example: "",
        alsoRule: "on or after Asked on",
      },
      null,
    ),
    response: optional(
      LONG_TEXT,
      {
        header: H.response,
        description: "The officer's answer; blank until answered. Line breaks are kept.",
        example: "",
        alsoRule: "given with Answered on",
      },
      "",
    ),
    answeredOn: optional(
      DATE,
      {
        header: H.answeredOn,
        description: "The day the answer was given; blank until answered.",
        example: "",
        alsoRule: "on or after Asked on; given with a Response",
      },
      null,
    ),
  },
  key: ["ref"],
  row: (cells) =>
    cells.transform((row, ctx) => {
      addRowRules(ctx, questionRowErrors(row));
      return row;
    }),
});
