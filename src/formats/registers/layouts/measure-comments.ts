import { MEASURE_IDS } from "../../../domain/measures/catalogue.js";
import { DATE, listed, TEXT } from "../cells.js";
import { defineLayout, required } from "../layout.js";
import { PERIOD_REF } from "./measure-cells.js";

export const measureComments = defineLayout({
  register: "measure-comments",
  title: "Measure comments",
  summary:
    "Dated commentary on a measure for a period: what the figure shows and what is being done about it.",
  columns: {
    measure: required(listed(MEASURE_IDS), {
      header: "Measure",
      description: "The measure, by its id in Outturn's catalogue.",
      example: "stability-3-plus",
    }),
    period: required(PERIOD_REF, {
      header: "Period",
      description: "The period the comment is about, e.g. 2024-25:P7.",
      example: "2024-25:P7",
    }),
    date: required(DATE, {
      header: "Date",
      description: "The day the comment was made.",
      example: "2024-11-12",
    }),
    author: required(TEXT, {
      header: "Author",
      description: "Who made the comment; one comment per measure, period, date and author in the file.",
      example: "Head of service, children looked after",
    }),
    text: required(TEXT, {
      header: "Comment",
      description: "The commentary: what lies behind the figure and what is being done.",
      example: "Three moves followed one provider closing; all three children are now settled",
    }),
  },
  key: ["measure", "period", "date", "author"],
  row: (cells) => cells,
});
