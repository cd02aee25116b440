import type { FinancialYear, PeriodNumber } from "../calendar/financial.js";
import type { Pence } from "../money/money.js";

export const BUDGET_KINDS = ["placements", "staffing", "transport", "other"] as const;
export type BudgetKind = (typeof BUDGET_KINDS)[number];

/** One line of the approved budget for a financial year, keyed by year and cost centre. */
export interface BudgetLine {
  year: FinancialYear;
  costCentre: string;
  name: string;
  serviceArea: string;
  kind: BudgetKind;
  annualBudget: Pence;
  /** P1..P12; always 12 amounts that add up to the annual budget. */
  profile: Pence[];
}

/** What the ledger shows as spent on a cost centre in one period (net of income). */
export interface LedgerActual {
  year: FinancialYear;
  period: PeriodNumber;
  costCentre: string;
  amount: Pence;
}
