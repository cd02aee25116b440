import { DATE, TEXT } from "../cells.js";
import { defineLayout, notBefore, required } from "../layout.js";

export const terms = defineLayout({
  register: "terms",
  title: "School terms",
  summary: "The council's term calendar: the first and last school day of each term.",
  columns: {
    name: required(TEXT, { header: "Term", description: "The term's name.", example: "Autumn 2024" }),
    start: required(DATE, {
      header: "Start",
      description: "The first school day of the term; unique in the file.",
      example: "2024-09-04",
    }),
    end: required(DATE, {
      header: "End",
      description: "The last school day of the term.",
      example: "2024-12-20",
      alsoRule: "must be on or after Start",
    }),
  },
  key: ["start"],
  row: (cells) =>
    cells.superRefine((row, ctx) => {
      notBefore(ctx, { date: row.start, header: "Start" }, { date: row.end, field: "end" });
    }),
});
