/**
 * The medium term financial plan: for each plan year, the base budget brought forward, the funding,
 * pressures and mitigations (entered, or computed from the planning assumptions), the planned
 * savings from the savings register, and the base carried forward; the need (what the plan's
 * pressures really cost, funded or not) and the gap between need and budget.
 */
import { type FinancialYear, previousYear } from "../calendar/financial.js";
import { type Pence, sum } from "../money/money.js";
import type { CouncilRegisters } from "../registers.js";
import { computedPressures } from "./computed-pressures.js";
import { type MtfpDemandCosts, modelledYears, uncoveredYears } from "./demand-pressure.js";
import { enteredLines, PRESSURE_KINDS } from "./entered-lines.js";
import type { MtfpKind } from "./mtfp.js";
import { planSavings } from "./plan-savings.js";
import { baseBroughtForward, planYears } from "./plan-years.js";
import { reconcile } from "./reconcile.js";

export interface MtfpPlanLine {
  year: FinancialYear;
  ref: string;
  kind: MtfpKind;
  costCentre: string | null;
  description: string;
  /** What the budget changes by (positive; a mitigation's is taken off). */
  amount: Pence;
  /** The full pressure: amount ÷ funded share. */
  gross: Pence;
  fundedShare: number;
  source: "entered" | "computed";
  /** How a computed line was worked out, e.g. "3% pay award on £12,345,678 of staffing budget". */
  basis: string;
}

export interface MtfpSavingAmount {
  ref: string;
  name: string;
  category: string;
  programme: string;
  amount: Pence;
}

export interface MtfpYear {
  year: FinancialYear;
  baseBroughtForward: Pence;
  funding: Pence;
  payAward: Pence;
  inflation: Pence;
  /** The funded share of the year's inflation lines when they share one, else null. */
  inflationFundedShare: number | null;
  demand: Pence;
  otherPressures: Pence;
  /** payAward + inflation + demand + otherPressures. */
  pressures: Pence;
  /** Positive; taken off. */
  mitigations: Pence;
  /** The year's planned savings (targets in the savings register); positive, taken off. */
  savings: Pence;
  /** baseBroughtForward + funding + pressures − mitigations − savings. */
  baseCarriedForward: Pence;
  /** The year's pressures the budget does not fund (gross − amount). */
  unfunded: Pence;
  /** baseCarriedForward + every year's unfunded pressure so far. */
  need: Pence;
  /** need − baseCarriedForward. */
  gap: Pence;
  lines: MtfpPlanLine[];
  savingsByRef: MtfpSavingAmount[];
}

export interface MtfpGroupTotal {
  /** A category or programme. */
  name: string;
  /** One amount per plan year, in order. */
  byYear: Pence[];
  total: Pence;
}

export interface MtfpReconciliation {
  baseYear: FinancialYear;
  /** The base brought forward into the first plan year. */
  baseBroughtForward: Pence;
  /** Where it came from: an entered base line, or the base year's budget lines. */
  baseSource: "entered" | "budget-lines";
  /**
   * The base year's budget: its budget lines less its savings held centrally (budget lines are
   * before those), or null when the council has no budget lines for it.
   */
  baseYearBudgetLines: Pence | null;
  /** baseBroughtForward − baseYearBudgetLines, or null. */
  baseDifference: Pence | null;
  firstYearCarriedForward: Pence;
  /** The first plan year's budget (budget lines less savings held centrally), or null when it has no budget lines yet. */
  firstYearBudgetLines: Pence | null;
  /** firstYearCarriedForward − firstYearBudgetLines, or null. */
  firstYearDifference: Pence | null;
}

export interface MtfpPlan {
  /** The year before the first plan year. */
  baseYear: FinancialYear;
  years: MtfpYear[];
  totalSavings: Pence;
  savingsByCategory: MtfpGroupTotal[];
  savingsByProgramme: MtfpGroupTotal[];
  reconciliation: MtfpReconciliation;
  warnings: string[];
  /** Present when the demand model prices demand on placements: the years it prices, and what it rests on. */
  demandModel?: { years: FinancialYear[]; basis: string };
}

/** The distinct funded share of the inflation lines, or null when there are none or they differ. */
function sharedInflationShare(lines: readonly MtfpPlanLine[]): number | null {
  const shares = new Set(lines.filter((l) => l.kind === "inflation").map((l) => l.fundedShare));
  return shares.size === 1 ? ([...shares][0] ?? null) : null;
}

export interface MtfpPlanOptions {
  /** The demand model's projected placement cost by year; without it the demand-growth assumption prices demand. */
  demandCosts?: MtfpDemandCosts;
}

/** The council's medium term financial plan, or null when it has no MTFP lines or assumptions. */
export function mtfpPlan(registers: CouncilRegisters, options: MtfpPlanOptions = {}): MtfpPlan | null {
  if (registers.mtfpLines.length === 0 && registers.mtfpAssumptions.length === 0) return null;
  const warnings: string[] = [];
  const years = planYears(registers);
  const firstYear = years[0] as FinancialYear;
  const baseYear = previousYear(firstYear);
  const entered = enteredLines(registers.mtfpLines, firstYear, warnings);
  const enteredByYear = new Map(years.map((y) => [y, entered.filter((l) => l.year === y)]));
  const baseLines = registers.budgetLines.filter((l) => l.year === baseYear);
  const assumptions = new Map(registers.mtfpAssumptions.map((a) => [a.year, a]));
  if (assumptions.size > 0 && baseLines.length === 0) {
    warnings.push(
      `Planning assumptions are entered but ${baseYear} has no budget lines to compute pressures from`,
    );
  }
  const { demandCosts } = options;
  const computed = computedPressures({
    baseYear,
    baseLines,
    years,
    assumptions,
    entered: enteredByYear,
    ...(demandCosts ? { demandCosts } : {}),
  });
  if (demandCosts) warnings.push(...uncoveredYears(demandCosts, years, baseLines, enteredByYear));
  const savings = planSavings(registers, years);
  warnings.push(...savings.warnings);
  const base = baseBroughtForward(registers, baseYear, enteredByYear.get(firstYear) ?? [], warnings);

  let broughtForward = base.amount;
  let unfundedSoFar = 0;
  const planYearRows = years.map((year, index): MtfpYear => {
    const lines = [...(enteredByYear.get(year) ?? []), ...(computed.get(year) ?? [])];
    const of = (kind: MtfpKind) => sum(lines.filter((l) => l.kind === kind).map((l) => l.amount));
    const [funding, payAward, inflation, demand, otherPressures, mitigations] = (
      ["funding", "pay-award", "inflation", "demand", "pressure", "mitigation"] as const
    ).map(of) as [Pence, Pence, Pence, Pence, Pence, Pence];
    const pressures = payAward + inflation + demand + otherPressures;
    const savingsByRef = savings.byYear[index] ?? [];
    const yearSavings = sum(savingsByRef.map((s) => s.amount));
    const baseCarriedForward = broughtForward + funding + pressures - mitigations - yearSavings;
    const unfunded = sum(lines.filter((l) => PRESSURE_KINDS.includes(l.kind)).map((l) => l.gross - l.amount));
    unfundedSoFar += unfunded;
    const row: MtfpYear = {
      year,
      baseBroughtForward: broughtForward,
      funding,
      payAward,
      inflation,
      inflationFundedShare: sharedInflationShare(lines),
      demand,
      otherPressures,
      pressures,
      mitigations,
      savings: yearSavings,
      baseCarriedForward,
      unfunded,
      need: baseCarriedForward + unfundedSoFar,
      gap: unfundedSoFar,
      lines,
      savingsByRef,
    };
    broughtForward = baseCarriedForward;
    return row;
  });

  const first = planYearRows[0] as MtfpYear;
  const reconciled = reconcile(registers, baseYear, firstYear, base, first.baseCarriedForward);
  warnings.push(...reconciled.warnings);
  return {
    baseYear,
    years: planYearRows,
    totalSavings: sum(planYearRows.map((y) => y.savings)),
    savingsByCategory: savings.byCategory,
    savingsByProgramme: savings.byProgramme,
    reconciliation: reconciled.reconciliation,
    warnings,
    ...(demandCosts ? { demandModel: modelledYears(demandCosts, years, baseLines, enteredByYear) } : {}),
  };
}
