import { ENTERED_MEASURE_IDS } from "../../../domain/measures/catalogue.js";
import { listed } from "../cells.js";
import { defineLayout, required } from "../layout.js";
import { measureFigure, PERIOD_REF } from "./measure-cells.js";

export const measureValues = defineLayout({
  register: "measure-values",
  title: "Measure values",
  summary:
    "The values of the measures the council enters itself, one per measure and period; Outturn computes the others.",
  columns: {
    measure: required(listed(ENTERED_MEASURE_IDS), {
      header: "Measure",
      description: "An entered measure, by its id in Outturn's catalogue.",
      example: "ehcp-20-weeks",
    }),
    period: required(PERIOD_REF, {
      header: "Period",
      description:
        "The period the value is for, e.g. 2024-25:P7 for October 2024; one row per measure and period. A yearly measure takes its latest value in the year.",
      example: "2024-25:P7",
    }),
    value: required(measureFigure(0), {
      header: "Value",
      description: "The value in the measure's unit: a percentage as a number (46.4 for 46.4%), or a count.",
      example: "48.2",
    }),
  },
  key: ["measure", "period"],
  row: (cells) => cells,
});
