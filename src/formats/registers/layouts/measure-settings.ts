import { CATALOGUE, MEASURE_IDS } from "../../../domain/measures/catalogue.js";
import { MoneyError, parsePounds } from "../../../domain/money/money.js";
import { listed, TEXT } from "../cells.js";
import { defineLayout, optional, required } from "../layout.js";
import { measureFigure } from "./measure-cells.js";

const MONEY_RULE = "must be pounds with at most 2 decimal places for a measure of money";
const isMoney = (measure: string) => CATALOGUE.find((d) => d.id === measure)?.unit === "pence";

export const measureSettings = defineLayout({
  register: "measure-settings",
  title: "Measure settings",
  summary:
    "The council's own target, amber tolerance and owner for a measure; a blank cell keeps Outturn's built-in one.",
  columns: {
    measure: required(listed(MEASURE_IDS), {
      header: "Measure",
      description: "The measure, by its id in Outturn's catalogue; one row per measure.",
      example: "stability-3-plus",
    }),
    target: optional(
      measureFigure(),
      {
        header: "Target",
        description:
          "The target in the measure's unit: a percentage as a number (9.5 for 9.5%), a rate per 10,000, a count, or pounds for a cost. Blank keeps the built-in target.",
        example: "9.5",
        alsoRule: "pounds with at most 2 decimal places for a measure of money",
      },
      null,
    ),
    tolerance: optional(
      measureFigure(0),
      {
        header: "Amber tolerance",
        description:
          "How far on the wrong side of the target is still amber rather than red, in the measure's unit. Blank keeps the built-in tolerance.",
        example: "1",
        alsoRule: "pounds with at most 2 decimal places for a measure of money",
      },
      null,
    ),
    owner: optional(
      TEXT,
      {
        header: "Owner",
        description: "The officer accountable for the measure. Blank keeps the built-in owner.",
        example: "Head of service, children looked after",
      },
      "",
    ),
  },
  key: ["measure"],
  row: (cells) =>
    cells.transform((row, ctx) => {
      // A measure of money is written in pounds and held in pence.
      if (!isMoney(row.measure)) return row;
      const pence = (value: number | null, field: "target" | "tolerance") => {
        if (value === null) return null;
        try {
          return parsePounds(String(value));
        } catch (error) {
          if (!(error instanceof MoneyError)) throw error;
          ctx.addIssue({ code: "custom", path: [field], message: MONEY_RULE });
          return value;
        }
      };
      return { ...row, target: pence(row.target, "target"), tolerance: pence(row.tolerance, "tolerance") };
    }),
});
