import { DATE, TEXT } from "../cells.js";
import { defineLayout, required } from "../layout.js";

export const closures = defineLayout({
  register: "closures",
  title: "School closures",
  summary:
    "Days inside a term on which pupils do not travel (half-terms, INSET days, bank holidays), each with its reason.",
  columns: {
    date: required(DATE, {
      header: "Date",
      description: "The day the schools are closed; inside a term, and unique in the file.",
      example: "2024-10-28",
    }),
    reason: required(TEXT, {
      header: "Reason",
      description: "Why the schools are closed that day.",
      example: "Half-term",
    }),
  },
  key: ["date"],
  row: (cells) => cells,
});
