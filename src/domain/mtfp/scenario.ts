/**
 * MTFP scenarios: each a set of levers (savings slip, extra demand, pay award or inflation) priced
 * against the plan, year by year, and compared with it. A scenario changes the need, not the
 * budget: its extra cost is a wider gap.
 */
import type { FinancialYear } from "../calendar/financial.js";
import { formatPounds, type Pence, sum } from "../money/money.js";
import type { CouncilRegisters } from "../registers.js";
import type { MtfpScenarioLever, ScenarioLever } from "./mtfp.js";
import { compoundGrowth, formatPercent, percentOf } from "./percent.js";
import type { MtfpPlan } from "./plan.js";
import { scopedBase } from "./scenario-scope.js";

export interface ScenarioLeverCost {
  lever: MtfpScenarioLever;
  /** What the lever adds to the need, by plan year (cumulative: a recurrent cost carries on). */
  byYear: Pence[];
  /** How it was priced, e.g. "5% a year more demand on £9,876,543 of residential placements". */
  basis: string;
}

export interface ScenarioYear {
  year: FinancialYear;
  baseCarriedForward: Pence;
  need: Pence;
  gap: Pence;
  /** gap − the plan's gap. */
  gapAgainstPlan: Pence;
  byLever: Partial<Record<ScenarioLever, Pence>>;
}

export interface MtfpScenarioResult {
  scenario: string;
  levers: ScenarioLeverCost[];
  years: ScenarioYear[];
  warnings: string[];
}

/** The scenario names in the register, in first-appearance order. */
export function scenarioNames(registers: CouncilRegisters): string[] {
  return [...new Set(registers.mtfpScenarios.map((s) => s.scenario))];
}

const LEVER_WORDS: Record<Exclude<ScenarioLever, "savings-slip">, string> = {
  demand: "demand",
  "pay-award": "pay award",
  inflation: "inflation",
};

/** Savings slip: v% of each year's (scoped) savings undelivered, and still undelivered in later years. */
function priceSlip(plan: MtfpPlan, lever: MtfpScenarioLever, warn: (w: string) => void): ScenarioLeverCost {
  const wanted = lever.scope.trim().toLowerCase();
  const matches = (s: { ref: string; category: string; programme: string }) =>
    wanted === "" || [s.ref, s.category, s.programme].some((v) => v.trim().toLowerCase() === wanted);
  const scoped = plan.years.map((y) => sum(y.savingsByRef.filter(matches).map((s) => s.amount)));
  if (wanted !== "" && !plan.years.some((y) => y.savingsByRef.some(matches))) {
    warn(`the savings-slip scope "${lever.scope}" matches no planned saving (by ref, category or programme)`);
  }
  let slipped = 0;
  const byYear = scoped.map((amount) => {
    slipped += percentOf(amount, lever.value);
    return slipped;
  });
  const what = wanted === "" ? "the planned savings" : `the planned savings of "${lever.scope}"`;
  return {
    lever,
    byYear,
    basis: `${formatPercent(lever.value)} of ${what} (${formatPounds(sum(scoped))} over the plan) not delivered, each year's shortfall carrying on`,
  };
}

/** Demand, pay award or inflation: an extra v% a year on the scoped base-year base, compounding. */
function priceGrowth(
  registers: CouncilRegisters,
  plan: MtfpPlan,
  lever: MtfpScenarioLever & { lever: Exclude<ScenarioLever, "savings-slip"> },
  warn: (w: string) => void,
): ScenarioLeverCost {
  const scoped = scopedBase(registers, plan.baseYear, lever.lever, lever.scope);
  const scopeWords = lever.scope.trim() === "" ? "(its whole base)" : `"${lever.scope}"`;
  if (scoped === null)
    warn(`the ${lever.lever} scope ${scopeWords} matches nothing in ${plan.baseYear}; it adds nothing`);
  const base = scoped?.base ?? 0;
  return {
    lever,
    byYear: plan.years.map((_, i) => compoundGrowth(base, lever.value, i + 1)),
    basis: scoped
      ? `${formatPercent(lever.value)} a year more ${LEVER_WORDS[lever.lever]} on ${formatPounds(base)} of ${scoped.words} in ${plan.baseYear}, compounding`
      : `${formatPercent(lever.value)} a year more ${LEVER_WORDS[lever.lever]} on nothing: the scope ${scopeWords} matches nothing`,
  };
}

/**
 * The named scenario priced against the plan: each lever's cost by year adds to the need; the base
 * carried forward is the plan's, so the cost is a wider gap.
 */
export function mtfpScenario(
  registers: CouncilRegisters,
  plan: MtfpPlan,
  scenario: string,
): MtfpScenarioResult {
  const levers = registers.mtfpScenarios.filter((s) => s.scenario === scenario);
  if (levers.length === 0) {
    const known = scenarioNames(registers);
    throw new Error(
      known.length === 0
        ? `No scenario "${scenario}": the council has no MTFP scenarios`
        : `No scenario "${scenario}"; the scenarios are: ${known.map((n) => `"${n}"`).join(", ")}`,
    );
  }
  const warnings: string[] = [];
  const warn = (w: string) => warnings.push(`Scenario "${scenario}": ${w}`);
  const costs = levers.map((lever) =>
    lever.lever === "savings-slip"
      ? priceSlip(plan, lever, warn)
      : priceGrowth(registers, plan, { ...lever, lever: lever.lever }, warn),
  );
  const years = plan.years.map((y, i): ScenarioYear => {
    const byLever: Partial<Record<ScenarioLever, Pence>> = {};
    for (const cost of costs)
      byLever[cost.lever.lever] = (byLever[cost.lever.lever] ?? 0) + (cost.byYear[i] ?? 0);
    const need = y.need + sum(costs.map((c) => c.byYear[i] ?? 0));
    const gap = need - y.baseCarriedForward;
    return {
      year: y.year,
      baseCarriedForward: y.baseCarriedForward,
      need,
      gap,
      gapAgainstPlan: gap - y.gap,
      byLever,
    };
  });
  return { scenario, levers: costs, years, warnings };
}
