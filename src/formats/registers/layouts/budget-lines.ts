import { BUDGET_KINDS } from "../../../domain/budget/budget.js";
import { MONTH_NAMES } from "../../../domain/calendar/dates.js";
import type { PeriodNumber } from "../../../domain/calendar/financial.js";
import { allocate, formatPounds, type Pence, sum } from "../../../domain/money/money.js";
import { FINANCIAL_YEAR, listed, POUNDS, TEXT } from "../cells.js";
import { type Column, defineLayout, optional, required } from "../layout.js";

/** The financial year's months, P1 April to P12 March. */
const MONTHS = [...MONTH_NAMES.slice(3), ...MONTH_NAMES.slice(0, 3)];

type ProfileField = `p${PeriodNumber}`;

function profileColumns(): Record<ProfileField, Column<Pence | null>> {
  const entries = MONTHS.map((month, i) => [
    `p${i + 1}`,
    optional(
      POUNDS,
      {
        header: `P${i + 1} (£)`,
        description: `The budget profiled to P${i + 1} (${month}). Leave P1 to P12 all blank to spread the annual budget evenly.`,
        example: "100000.00",
        alsoRule: "give all of P1 to P12 or none",
      },
      null,
    ),
  ]);
  return Object.fromEntries(entries) as Record<ProfileField, Column<Pence | null>>;
}

const PROFILE_FIELDS = MONTHS.map((_, i) => `p${i + 1}` as ProfileField);

export const budgetLines = defineLayout({
  register: "budget-lines",
  title: "Budget lines",
  summary:
    "The approved budget for a financial year, one row per cost centre, optionally profiled by period.",
  columns: {
    year: required(FINANCIAL_YEAR, {
      header: "Year",
      description: "The financial year the budget is for.",
      example: "2024-25",
    }),
    costCentre: required(TEXT, {
      header: "Cost centre",
      description: "The ledger cost centre; unique within a year in the file.",
      example: "CS4120",
    }),
    name: required(TEXT, {
      header: "Budget line",
      description: "The budget line's name as the budget book prints it.",
      example: "External residential placements",
    }),
    serviceArea: required(TEXT, {
      header: "Service area",
      description: "The service the line belongs to, for grouping in reports.",
      example: "Children looked after",
    }),
    kind: required(listed(BUDGET_KINDS), {
      header: "Kind",
      description:
        "Which register forecasts the line: placements, staffing (workforce), transport (HTST) or other.",
      example: "placements",
    }),
    annualBudget: required(POUNDS, {
      header: "Annual budget (£)",
      description: "The approved budget for the whole year in pounds (negative for an income line).",
      example: "1200000.00",
      alsoRule: "must equal P1 to P12 added together, when they are given",
    }),
    ...profileColumns(),
  },
  key: ["year", "costCentre"],
  row: (cells) =>
    cells
      .superRefine((row, ctx) => {
        const given = PROFILE_FIELDS.map((field) => row[field]);
        const missing = PROFILE_FIELDS.filter((field) => row[field] === null);
        if (missing.length > 0 && missing.length < PROFILE_FIELDS.length) {
          for (const field of missing) {
            ctx.addIssue({
              code: "custom",
              path: [field],
              message: "must be given when any of P1 to P12 is given",
            });
          }
        } else if (missing.length === 0) {
          const total = sum(given.map((amount) => amount ?? 0));
          if (total !== row.annualBudget) {
            ctx.addIssue({
              code: "custom",
              path: ["annualBudget"],
              message: `must equal P1 to P12 added together (${formatPounds(total)})`,
            });
          }
        }
      })
      .transform((row) => ({
        year: row.year,
        costCentre: row.costCentre,
        name: row.name,
        serviceArea: row.serviceArea,
        kind: row.kind,
        annualBudget: row.annualBudget,
        profile: PROFILE_FIELDS.every((field) => row[field] === null)
          ? allocate(
              row.annualBudget,
              MONTHS.map(() => 1),
            )
          : PROFILE_FIELDS.map((field) => row[field] ?? 0),
      })),
});
