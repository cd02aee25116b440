import { DATE, TEXT } from "../cells.js";
import { defineLayout, optional, required } from "../layout.js";

export const savingMilestones = defineLayout({
  register: "saving-milestones",
  title: "Saving milestones",
  summary: "The steps each saving must take, when each is due and when it was completed.",
  columns: {
    ref: required(TEXT, {
      header: "Ref",
      description: "The saving, as the savings register names it.",
      example: "S3",
    }),
    milestone: required(TEXT, {
      header: "Milestone",
      description: "The step, in a few words; unique for the saving in the file.",
      example: "30 agency posts converted to permanent",
    }),
    due: required(DATE, {
      header: "Due",
      description: "The day the step is planned to be complete.",
      example: "2024-06-30",
    }),
    completed: optional(
      DATE,
      {
        header: "Completed",
        description: "The day the step was completed; blank while it is not.",
        example: "2024-07-12",
      },
      null,
    ),
  },
  key: ["ref", "milestone"],
  row: (cells) => cells,
});
