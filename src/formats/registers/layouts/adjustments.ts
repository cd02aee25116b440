import { FINANCIAL_YEAR, PERIOD, POUNDS, TEXT } from "../cells.js";
import { defineLayout, required } from "../layout.js";

export const adjustments = defineLayout({
  register: "adjustments",
  title: "Manual adjustments",
  summary:
    "A finance officer's overrides of a line's forecast, each with its reason; one counts from the period it was made in to the year's end.",
  columns: {
    ref: required(TEXT, {
      header: "Adjustment ref",
      description: "A reference for the adjustment, unique in the file.",
      example: "ADJ-2024-017",
    }),
    year: required(FINANCIAL_YEAR, {
      header: "Year",
      description: "The financial year whose forecast it adjusts.",
      example: "2024-25",
    }),
    period: required(PERIOD, {
      header: "Period",
      description: "The period it was made in: it counts in forecasts at this period and later.",
      example: "7",
    }),
    costCentre: required(TEXT, {
      header: "Cost centre",
      description: "The budget line's cost centre; a line of any kind.",
      example: "CS4120",
    }),
    amount: required(POUNDS, {
      header: "Amount (£)",
      description: "Added to the line's forecast, in pounds: negative lowers it.",
      example: "-12500",
    }),
    comment: required(TEXT, {
      header: "Comment",
      description: "Why: the report shows it beside the adjustment.",
      example: "Health contribution agreed at panel",
    }),
    by: required(TEXT, {
      header: "Made by",
      description: "Who made the adjustment.",
      example: "J. Patel, finance business partner",
    }),
  },
  key: ["ref"],
  row: (cells) => cells,
});
