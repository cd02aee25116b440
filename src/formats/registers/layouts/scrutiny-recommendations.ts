/** The scrutiny-recommendations register file: a committee's recommendations and the executive's responses (s9F). */
import { recommendationRowErrors } from "../../../domain/scrutiny/checks.js";
import { RECOMMENDATION_COLUMNS as H } from "../../../domain/scrutiny/columns.js";
import { RAGS, RECOMMENDATION_STATUSES } from "../../../domain/scrutiny/model.js";
import { DATE, listed, TEXT } from "../cells.js";
import { defineLayout, optional, required } from "../layout.js";
import { addRowRules, LONG_TEXT } from "./scrutiny-cells.js";

export const scrutinyRecommendations = defineLayout({
  register: "scrutiny-recommendations",
  title: "Scrutiny recommendations",
  summary:
    "A committee's recommendations to the executive, with the response the executive owes within two months (s9F Local Government Act 2000), its status and, once accepted, the committee's RAG rating of progress.",
  columns: {
    ref: required(TEXT, {
      header: H.ref,
      description:
        "The recommendation's reference; unique in the file and among questions and work programme items.",
      example: "REC-24-a",
    }),
    committee: required(TEXT, {
      header: H.committee,
      description: "The committee that made it.",
      example: "Children and Young People Scrutiny Committee",
    }),
    madeOn: required(DATE, {
      header: H.madeOn,
      description: "The meeting that made it.",
      example: "2024-07-16",
    }),
    text: required(LONG_TEXT, {
      header: H.text,
      description: "The recommendation as the committee made it; line breaks are kept.",
      example: "Financial performance data to form part of the measures that matter",
    }),
    to: required(TEXT, { header: H.to, description: "To whom it is made.", example: "Cabinet" }),
    responseDue: optional(
      DATE,
      {
        header: H.responseDue,
        description: "When the executive's response is due; blank: two calendar months after Made on.",
        example: "",
        alsoRule: "on or after Made on",
      },
      null,
    ),
    response: optional(
      LONG_TEXT,
      {
        header: H.response,
        description: "The executive's response; blank while awaited. Line breaks are kept.",
        example: "",
        alsoRule: "given once the Status is not awaiting, blank while it is",
      },
      "",
    ),
    respondedOn: optional(
      DATE,
      {
        header: H.respondedOn,
        description: "The day the executive responded; blank while awaited.",
        example: "",
        alsoRule: "on or after Made on; given once the Status is not awaiting, blank while it is",
      },
      null,
    ),
    status: required(listed(RECOMMENDATION_STATUSES), {
      header: H.status,
      description:
        "awaiting: no response yet; accepted, partly-accepted or rejected: as the executive responded.",
      example: "awaiting",
    }),
    rag: optional(
      listed(RAGS),
      {
        header: H.rag,
        description: "The committee's rating of progress on an accepted or partly accepted recommendation.",
        example: "",
        alsoRule: "blank while awaiting or when rejected",
      },
      null,
    ),
  },
  key: ["ref"],
  row: (cells) =>
    cells.transform((row, ctx) => {
      addRowRules(ctx, recommendationRowErrors(row));
      return row;
    }),
});
