/** The transport-plans register file: each scenario's last solve as Outturn wrote it, the result as JSON text. */
import { z } from "zod";
import {
  type CellType,
  cellText,
  DATE,
  FINANCIAL_YEAR,
  MEASURE,
  POUNDS,
  POUNDS_NOT_NEGATIVE,
  TEXT,
} from "../cells.js";
import { defineLayout, required } from "../layout.js";
import { wholeNumber } from "./transport-cells.js";

const TIMESTAMP_RULE = "must be a date and time written YYYY-MM-DDTHH:MM:SSZ, e.g. 2024-10-31T09:15:00Z";
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** When a plan was solved: ISO text, or an Excel date-time cell. */
const SOLVED_AT: CellType<string> = {
  kind: "text",
  rule: TIMESTAMP_RULE,
  schema: z.preprocess(
    (cell) => (cell instanceof Date ? cell.toISOString() : cellText(cell)),
    z.string().regex(TIMESTAMP, { error: TIMESTAMP_RULE }),
  ),
};

const JSON_RULE = "must be a scenario result written as JSON, starting {";

/** The whole ScenarioResult as JSON text, of any length (an Excel cell holds at most 32,767 characters). */
const RESULT_JSON: CellType<string> = {
  kind: "text",
  rule: JSON_RULE,
  schema: z.preprocess(
    cellText,
    z.string().refine(
      (text) => {
        try {
          const value: unknown = JSON.parse(text);
          return typeof value === "object" && value !== null && !Array.isArray(value);
        } catch {
          return false;
        }
      },
      { error: JSON_RULE },
    ),
  ),
};

export const transportPlans = defineLayout({
  register: "transport-plans",
  title: "Transport plans",
  summary:
    "Each transport scenario's last solve, written by Outturn when a scenario is solved: when and how, its daily, one-off and annual figures, and the whole result as JSON, so pages, savings evidence and the forecast read it without solving again.",
  columns: {
    scenario: required(TEXT, {
      header: "Scenario",
      description:
        "The scenario solved, by its name in the transport scenarios register; unique in the file.",
      example: "Pick-up points 800 m",
    }),
    solvedAt: required(SOLVED_AT, {
      header: "Solved at",
      description: "When the scenario was solved.",
      example: "2024-10-31T09:15:00Z",
    }),
    seed: required(wholeNumber("must be a whole number, 0 or more, e.g. 1"), {
      header: "Seed",
      description: "The solver's seed, so the solve can be repeated.",
      example: "1",
    }),
    seconds: required(MEASURE, {
      header: "Seconds",
      description: "How long the solve took.",
      example: "42.5",
    }),
    on: required(DATE, {
      header: "On",
      description: "The school day the book and today's arrangements were taken on.",
      example: "2024-10-31",
    }),
    currentDailyCost: required(POUNDS_NOT_NEGATIVE, {
      header: "Current daily cost (£)",
      description: "What today's arrangements cost a school day, for the pupils in scope.",
      example: "41250.00",
    }),
    dailyCost: required(POUNDS_NOT_NEGATIVE, {
      header: "Daily cost (£)",
      description: "What the plan costs a school day: both runs' routes and any personal budgets.",
      example: "35100.00",
    }),
    oneOffCost: required(POUNDS_NOT_NEGATIVE, {
      header: "One-off cost (£)",
      description: "Paid once, such as travel training.",
      example: "0.00",
    }),
    year: required(FINANCIAL_YEAR, {
      header: "Year",
      description: "The financial year containing On.",
      example: "2024-25",
    }),
    annualSaving: required(POUNDS, {
      header: "Annual saving (£)",
      description:
        "The daily saving × the year's school days, less the one-off cost; negative when it costs more.",
      example: "1168500.00",
    }),
    result: required(RESULT_JSON, {
      header: "Result",
      description: "The whole scenario result as JSON, as Outturn wrote it.",
      example: '{"scenario":"Pick-up points 800 m"}',
    }),
  },
  key: ["scenario"],
  row: (cells) => cells,
});
