import { BRAG_RATINGS } from "../../../domain/savings/saving.js";
import { listed, TEXT } from "../cells.js";
import { defineLayout, optional, required } from "../layout.js";

export const savings = defineLayout({
  register: "savings",
  title: "Savings",
  summary:
    "The savings the budget relies on, one row each: what the saving is, who owns it, its BRAG rating and the budget line it was taken off.",
  columns: {
    ref: required(TEXT, {
      header: "Ref",
      description: "The saving's reference as the savings plan prints it; unique in the file.",
      example: "S3",
    }),
    category: required(TEXT, {
      header: "Category",
      description: "The council's category for the saving, e.g. Reduce, Transform or Income.",
      example: "Transform",
    }),
    programme: optional(
      TEXT,
      {
        header: "Programme",
        description: "The planned activity or programme the saving belongs to, for totals by programme.",
        example: "Workforce savings",
      },
      "",
    ),
    name: required(TEXT, {
      header: "Name",
      description: "The name of the proposal.",
      example: "Reduce numbers of agency social workers",
    }),
    description: optional(
      TEXT,
      {
        header: "Description",
        description: "How the saving is to be made, in the council's words.",
        example: "Convert 30 posts from agency to permanent by end of June 2024",
      },
      "",
    ),
    owner: optional(
      TEXT,
      {
        header: "Owner",
        description: "The officer accountable for delivering the saving.",
        example: "Service director, safeguarding",
      },
      "",
    ),
    brag: required(listed(BRAG_RATINGS), {
      header: "BRAG",
      description:
        "The owner's rating: blue delivered, green on track, amber at risk, red undeliverable. Green or blue with a linked driver that has not moved is flagged unevidenced.",
      example: "amber",
    }),
    costCentre: optional(
      TEXT,
      {
        header: "Cost centre",
        description:
          "The budget line whose budget the saving was taken off; blank when the saving is held centrally, off the directorate's total.",
        example: "CS2010",
      },
      null,
    ),
  },
  key: ["ref"],
  row: (cells) => cells,
});
