/**
 * Savings at risk in the forecast outturn (seed 002, Table 1: "2023-24 savings targets at risk 4.5"):
 * one "Savings at risk" line for the year's savings.
 *
 * A saving on a budget line was taken off that line's approved budget: the line's budget is raised by
 * what is at risk (target − forecast delivery, never below 0) and the savings line carries −at risk,
 * forecast 0, so the at-risk part of the line's variance shows as its own pressure and the totals do
 * not change. A saving held centrally was taken off no line (the lines are before it): the savings
 * line carries −target as budget and −forecast delivery as forecast, so its variance is what is at
 * risk and the total budget falls by the target.
 */
import type { BudgetLine } from "../budget/budget.js";
import { type PeriodRef, yearEnd } from "../calendar/financial.js";
import { formatPounds, type Pence, prorate } from "../money/money.js";
import type { CouncilRegisters } from "../registers.js";
import { atRisk } from "../savings/saving.js";
import type { ForecastLine } from "./forecast.js";

export const SAVINGS_COST_CENTRE = "SAVINGS";
export const SAVINGS_SERVICE_AREA = "Savings";
export const SAVINGS_LINE_NAME = "Savings at risk";

/** One saving's part of the savings line. */
export interface SavingInLine {
  ref: string;
  name: string;
  /** Null when held centrally. */
  costCentre: string | null;
  target: Pence;
  forecast: Pence;
  atRisk: Pence;
  /** What the saving puts in the savings line's budget and forecast. */
  budget: Pence;
  lineForecast: Pence;
}

export interface SavingsInOutturn {
  /** The "Savings at risk" line; null when no saving has a target in the year. */
  line: ForecastLine | null;
  /** The savings the line is made of, in register order; their budgets and forecasts add up to the line's. */
  savings: SavingInLine[];
  /** By cost centre: what each budget line's budget and budget to date are raised by. */
  raised: Map<string, { budget: Pence; budgetToDate: Pence }>;
  warnings: string[];
}

/** Budget to date, straight-line over the year's periods, as the savings have no profile. */
const toDate = (amount: Pence, at: PeriodRef) => prorate(amount, at.period, 12);

export function savingsInOutturn(
  registers: Pick<CouncilRegisters, "savings" | "savingYears" | "conversionPlans" | "plannedMoves">,
  lines: readonly BudgetLine[],
  at: PeriodRef,
): SavingsInOutturn {
  const budgeted = new Set(lines.map((l) => l.costCentre));
  const figures = new Map(registers.savingYears.filter((y) => y.year === at.year).map((y) => [y.ref, y]));
  const raised = new Map<string, { budget: Pence; budgetToDate: Pence }>();
  const warnings: string[] = [];
  const savings: SavingInLine[] = [];
  let [budget, budgetToDate, forecast] = [0, 0, 0];
  for (const saving of registers.savings) {
    const year = figures.get(saving.ref);
    if (!year) continue;
    const risk = atRisk(year);
    const { ref, name, costCentre } = saving;
    const part = { ref, name, costCentre, target: year.target, forecast: year.forecast, atRisk: risk };
    if (saving.costCentre === null) {
      budget -= year.target;
      budgetToDate -= toDate(year.target, at);
      forecast -= year.forecast;
      warnings.push(...countedTwice(registers, saving.ref, at));
      savings.push({ ...part, budget: -year.target, lineForecast: -year.forecast });
    } else if (budgeted.has(saving.costCentre)) {
      const raise = { budget: risk, budgetToDate: toDate(risk, at) };
      const line = raised.get(saving.costCentre) ?? { budget: 0, budgetToDate: 0 };
      raised.set(saving.costCentre, {
        budget: line.budget + raise.budget,
        budgetToDate: line.budgetToDate + raise.budgetToDate,
      });
      budget -= raise.budget;
      budgetToDate -= raise.budgetToDate;
      savings.push({ ...part, budget: -risk, lineForecast: 0 });
    } else {
      warnings.push(
        `savings ${ref}: cost centre ${saving.costCentre} has no budget line in ${at.year}; its ${formatPounds(risk)} at risk is not in the outturn`,
      );
    }
  }
  const line: ForecastLine | null =
    savings.length === 0
      ? null
      : {
          costCentre: SAVINGS_COST_CENTRE,
          name: SAVINGS_LINE_NAME,
          serviceArea: SAVINGS_SERVICE_AREA,
          kind: "savings",
          basis: "savings",
          budget,
          budgetToDate,
          actualToDate: 0,
          remaining: forecast,
          drivers: [],
          forecast,
          variance: forecast - budget,
        };
  return { line, savings, raised, warnings };
}

/** A central saving's delivery is in the savings line; a plan that also prices it counts it twice. */
function countedTwice(
  registers: Pick<CouncilRegisters, "conversionPlans" | "plannedMoves">,
  ref: string,
  at: PeriodRef,
): string[] {
  const until = yearEnd(at.year);
  const names = new RegExp(`\\b${ref.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`);
  const plans = registers.conversionPlans
    .filter((p) => p.saving === ref && p.effectiveDate <= until)
    .map((p) => `conversion-plans ${p.ref}`);
  const moves = registers.plannedMoves
    .filter((m) => m.date <= until && (names.test(m.ref) || names.test(m.note)))
    .map((m) => `planned-moves ${m.ref}`);
  return [...plans, ...moves].map(
    (key) =>
      `${key}: names saving ${ref}, which is held centrally; its delivery is in the savings line and in this plan, so it counts twice`,
  );
}
