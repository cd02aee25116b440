import { DATE, TEXT } from "../cells.js";
import { defineLayout, required } from "../layout.js";

export const savingComments = defineLayout({
  register: "saving-comments",
  title: "Saving comments",
  summary: "Dated comments on each saving; together they are its history, shown newest first.",
  columns: {
    ref: required(TEXT, {
      header: "Ref",
      description: "The saving, as the savings register names it.",
      example: "S3",
    }),
    date: required(DATE, {
      header: "Date",
      description: "The day the comment was made.",
      example: "2024-10-31",
    }),
    author: required(TEXT, {
      header: "Author",
      description: "Who made the comment; one comment per saving, date and author in the file.",
      example: "J. Patel, finance business partner",
    }),
    text: required(TEXT, {
      header: "Comment",
      description: "The comment: progress, risks, what has changed since the last one.",
      example: "64 of the 89 social workers are still agency; 6 permanent offers made",
    }),
  },
  key: ["ref", "date", "author"],
  row: (cells) => cells,
});
