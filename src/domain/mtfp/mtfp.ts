/**
 * The medium term financial plan's registers: the lines the council enters (base, funding,
 * pressures, mitigations), the planning assumptions Outturn computes pressures from, and the
 * scenarios it compares with the plan.
 */
import type { FinancialYear } from "../calendar/financial.js";
import type { Pence } from "../money/money.js";

/**
 * base: the budget brought forward into the year (the first plan year only);
 * funding: additional funding for demand and cost pressures;
 * pay-award, inflation, demand, pressure: what the year's pressures add to the budget;
 * mitigation: what management action takes off.
 */
export const MTFP_KINDS = [
  "base",
  "funding",
  "pay-award",
  "inflation",
  "demand",
  "pressure",
  "mitigation",
] as const;
export type MtfpKind = (typeof MTFP_KINDS)[number];

/** One entered line of the plan, keyed by year and reference. Amounts are positive; the kind says which way they go. */
export interface MtfpLine {
  year: FinancialYear;
  ref: string;
  kind: MtfpKind;
  /** The budget line it concerns, or null for the directorate as a whole. */
  costCentre: string | null;
  description: string;
  /** What the line adds to (or, for a mitigation, takes off) the budget: the funded amount. */
  amount: Pence;
  /**
   * The percentage of the full pressure that `amount` funds (100 unless the council funds only part,
   * e.g. 90 for inflation); the rest is a gap the directorate must absorb.
   */
  fundedShare: number;
}

/** A plan year's planning assumptions, keyed by year; percentages as numbers (3.5 = 3.5%). */
export interface MtfpAssumption {
  year: FinancialYear;
  /** On staffing budget lines. */
  payAward: number;
  /** On placements, transport and other budget lines. */
  contractInflation: number;
  /** The share of the inflation pressure the budget funds. */
  inflationFunded: number;
  /** On placements and transport budget lines. */
  demandGrowth: number;
}

/**
 * savings-slip: the % of each year's planned savings not delivered;
 * demand, pay-award, inflation: extra percentage points a year on top of the plan's own.
 */
export const SCENARIO_LEVERS = ["savings-slip", "demand", "pay-award", "inflation"] as const;
export type ScenarioLever = (typeof SCENARIO_LEVERS)[number];

/**
 * One lever of a named scenario, keyed by scenario, lever and scope. `scope` narrows a lever to a
 * budget kind (placements, staffing, transport, other), a cost centre, a placement type or
 * "residential"; empty means the lever's whole base.
 */
export interface MtfpScenarioLever {
  scenario: string;
  lever: ScenarioLever;
  scope: string;
  value: number;
}
