import { FINANCIAL_YEAR, POUNDS, TEXT } from "../cells.js";
import { defineLayout, optional, required } from "../layout.js";

export const savingYears = defineLayout({
  register: "saving-years",
  title: "Saving years",
  summary:
    "Each saving's target for a financial year, what it has delivered so far and what it is forecast to deliver by 31 March.",
  columns: {
    ref: required(TEXT, {
      header: "Ref",
      description: "The saving, as the savings register names it.",
      example: "S3",
    }),
    year: required(FINANCIAL_YEAR, {
      header: "Year",
      description: "The financial year; one row per saving and year.",
      example: "2024-25",
    }),
    target: required(POUNDS, {
      header: "Target (£)",
      description: "What the budget plans the saving to deliver in the year, in pounds.",
      example: "1006000",
    }),
    delivered: optional(
      POUNDS,
      {
        header: "Delivered (£)",
        description: "What the saving has delivered so far in the year, in pounds; blank is nothing yet.",
        example: "251500",
      },
      0,
    ),
    forecast: optional(
      POUNDS,
      {
        header: "Forecast (£)",
        description:
          "What the saving is forecast to deliver by 31 March, in pounds; blank takes the target. Target less forecast is the saving at risk.",
        example: "754500",
      },
      null,
    ),
  },
  key: ["ref", "year"],
  row: (cells) => cells.transform((row) => ({ ...row, forecast: row.forecast ?? row.target })),
});
