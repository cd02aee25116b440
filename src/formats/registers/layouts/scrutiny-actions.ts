/** The scrutiny-actions register file: what follows a recommendation, its owner and due date. */
import { ACTION_COLUMNS as H } from "../../../domain/scrutiny/columns.js";
import { DATE, TEXT } from "../cells.js";
import { defineLayout, optional, required } from "../layout.js";
import { LONG_TEXT } from "./scrutiny-cells.js";

export const scrutinyActions = defineLayout({
  register: "scrutiny-actions",
  title: "Scrutiny actions",
  summary:
    "The actions that follow an accepted recommendation, each with its owner, when it is due, when it was done and the owner's latest note on progress. An action not done by the day after it is due is overdue.",
  columns: {
    ref: required(TEXT, {
      header: H.ref,
      description: "The action's reference; unique in the file.",
      example: "ACT-24-01",
    }),
    recommendation: required(TEXT, {
      header: H.recommendation,
      description: "The recommendation it follows, by its Ref in scrutiny-recommendations.",
      example: "REC-24-a",
    }),
    action: required(LONG_TEXT, {
      header: H.action,
      description: "What is to be done; line breaks are kept.",
      example: "Add the forecast variance and savings delivery to the measures that matter",
    }),
    owner: required(TEXT, {
      header: H.owner,
      description: "Who is to do it.",
      example: "Head of Strategic Finance",
    }),
    due: required(DATE, { header: H.due, description: "When it is due.", example: "2024-10-31" }),
    doneOn: optional(
      DATE,
      { header: H.doneOn, description: "The day it was done; blank while open.", example: "" },
      null,
    ),
    progress: optional(
      LONG_TEXT,
      { header: H.progress, description: "The owner's latest note on progress.", example: "" },
      "",
    ),
  },
  key: ["ref"],
  row: (cells) => cells,
});
