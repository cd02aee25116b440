/** The MTFP tests' builders: whole pounds as pence, a budget line and a saving's year. */
import type { BudgetKind } from "../budget/budget.js";
import { allocate } from "../money/money.js";

/** Whole pounds as pence. */
export const gbp = (pounds: number) => pounds * 100;

/** A budget line of `pounds` a year, profiled evenly over its 12 periods. */
export const budgetLine = (year: string, costCentre: string, kind: BudgetKind, pounds: number) => ({
  year,
  costCentre,
  name: `${costCentre} line`,
  serviceArea: "Children",
  kind,
  annualBudget: gbp(pounds),
  profile: allocate(gbp(pounds), Array(12).fill(1)),
});

/** A saving's target for a year, all of it forecast and none delivered yet. */
export const savingYear = (ref: string, year: string, pounds: number) => ({
  ref,
  year,
  target: gbp(pounds),
  delivered: 0,
  forecast: gbp(pounds),
});
