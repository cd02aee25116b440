import { z } from "zod";
import { COST_TYPE_RULE, isCostType, isPlacementCostType } from "../../../domain/budget/budget-assumption.js";
import { type CellType, cellText, FINANCIAL_YEAR, POUNDS_NOT_NEGATIVE, TEXT } from "../cells.js";
import { defineLayout, required } from "../layout.js";

const NUMBER_RULE = "must be a number, 0 or more, with at most 4 decimal places, e.g. 12.5";
const DECIMAL = /^\d+(\.\d{1,4})?$/;

/** An average number of placements or FTE across the year. */
const AVERAGE_NUMBER: CellType<number> = {
  kind: "number",
  rule: NUMBER_RULE,
  schema: z.preprocess(
    (cell) => (typeof cell === "number" ? String(cell) : cellText(cell)),
    z
      .string()
      .refine((text) => DECIMAL.test(text), { error: NUMBER_RULE })
      .transform(Number),
  ),
};

export const budgetAssumptions = defineLayout({
  register: "budget-assumptions",
  title: "Budget assumptions",
  summary:
    "What the budget of each placements and staffing line was built from: the number of each cost type and its unit cost.",
  columns: {
    year: required(FINANCIAL_YEAR, {
      header: "Year",
      description: "The financial year of the budget.",
      example: "2024-25",
    }),
    costCentre: required(TEXT, {
      header: "Cost centre",
      description: "The placements or staffing budget line's cost centre.",
      example: "FOS-IFA",
    }),
    costType: required(TEXT, {
      header: "Cost type",
      description:
        "On a placements line, a placement type (foster-in-house, foster-ifa, kinship, childrens-homes, supported, other-residential, with-parents, adoption, other); on a staffing line, a role with (permanent) or (agency).",
      example: "foster-ifa",
      alsoRule: COST_TYPE_RULE,
    }),
    budgetedNumber: required(AVERAGE_NUMBER, {
      header: "Budgeted number",
      description: "The average number of placements, or of FTE, the budget allows across the year.",
      example: "42.5",
    }),
    budgetedUnitCost: required(POUNDS_NOT_NEGATIVE, {
      header: "Budgeted unit cost (£)",
      description: "The unit cost the budget allows: £ a week for a placement, £ a year for one FTE.",
      example: "950.00",
    }),
  },
  key: ["year", "costCentre", "costType"],
  row: (cells) =>
    cells
      .transform((row) => {
        const lower = row.costType.toLowerCase();
        return { ...row, costType: isPlacementCostType(lower) ? lower : row.costType };
      })
      .superRefine((row, ctx) => {
        if (!isCostType(row.costType))
          ctx.addIssue({ code: "custom", path: ["costType"], message: COST_TYPE_RULE });
      }),
});
