import { FINANCIAL_YEAR, PERIOD, POUNDS, TEXT } from "../cells.js";
import { defineLayout, required } from "../layout.js";

export const actuals = defineLayout({
  register: "actuals",
  title: "Actuals",
  summary: "What the ledger shows as spent, net of income, by cost centre and period.",
  columns: {
    year: required(FINANCIAL_YEAR, {
      header: "Year",
      description: "The financial year of the ledger period.",
      example: "2024-25",
    }),
    period: required(PERIOD, {
      header: "Period",
      description: "The ledger period: 1 is April, 12 is March.",
      example: "7",
    }),
    costCentre: required(TEXT, {
      header: "Cost centre",
      description: "The ledger cost centre; once per year and period in the file.",
      example: "CS4120",
    }),
    amount: required(POUNDS, {
      header: "Amount (£)",
      description: "Spent in the period, net of income, in pounds (negative for net income).",
      example: "104512.37",
    }),
  },
  key: ["year", "period", "costCentre"],
  row: (cells) => cells,
});
