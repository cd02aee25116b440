/**
 * The demand pressure on placements from the demand model: a plan year's projected cost less the
 * year before's, shared across the placements budget lines in proportion to their (grown) cost.
 * Transport keeps the demand-growth assumption; entered demand lines still win.
 */
import type { BudgetLine } from "../budget/budget.js";
import { type FinancialYear, previousYear } from "../calendar/financial.js";
import { allocate, formatPounds, type Pence } from "../money/money.js";
import type { MtfpPlanLine } from "./plan.js";

/** The demand model's projected placement cost by financial year (whole years only), and what it rests on. */
export interface MtfpDemandCosts {
  costByYear: ReadonlyMap<FinancialYear, Pence>;
  /** In words, e.g. "the base projection from 31 March 2024, at unit costs to 31 March 2024". */
  basis: string;
}

/** The projected cost of the year and the year before, or null when the projection does not cover both. */
export function projectedGrowth(
  costs: MtfpDemandCosts,
  year: FinancialYear,
): { cost: Pence; before: Pence; growth: Pence } | null {
  const cost = costs.costByYear.get(year);
  const before = costs.costByYear.get(previousYear(year));
  return cost === undefined || before === undefined ? null : { cost, before, growth: cost - before };
}

/**
 * The year's demand lines on the placements budget lines, or null when the projection does not
 * cover the year and the year before (the assumption then applies).
 */
export function modelledDemandLines(
  costs: MtfpDemandCosts,
  year: FinancialYear,
  lines: readonly BudgetLine[],
  costOf: (costCentre: string) => Pence,
): MtfpPlanLine[] | null {
  const projected = projectedGrowth(costs, year);
  if (projected === null) return null;
  const placements = lines.filter((l) => l.kind === "placements");
  if (placements.length === 0) return [];
  const parts = allocate(
    projected.growth,
    placements.map((l) => Math.max(0, costOf(l.costCentre))),
  );
  const out: MtfpPlanLine[] = [];
  for (const [i, line] of placements.entries()) {
    const part = parts[i] ?? 0;
    if (part === 0) continue;
    const share =
      placements.length === 1
        ? ""
        : `; ${line.costCentre}'s share by its cost of ${formatPounds(costOf(line.costCentre))}`;
    out.push({
      year,
      ref: `demand:${line.costCentre}`,
      kind: "demand",
      costCentre: line.costCentre,
      description: `Demand growth on ${line.name}`,
      amount: part,
      gross: part,
      fundedShare: 100,
      source: "computed",
      basis: `Projected by the demand model: ${formatPounds(projected.cost)} in ${year} against ${formatPounds(projected.before)} in ${previousYear(year)} (${costs.basis})${share}`,
    });
  }
  return out;
}

/** A warning naming the plan years whose demand on placements falls back on the assumption, if any. */
export function uncoveredYears(
  costs: MtfpDemandCosts,
  years: readonly FinancialYear[],
  baseLines: readonly BudgetLine[],
  entered: ReadonlyMap<FinancialYear, readonly MtfpPlanLine[]>,
): string[] {
  if (!baseLines.some((l) => l.kind === "placements")) return [];
  const uncovered = years.filter(
    (y) => projectedGrowth(costs, y) === null && !entered.get(y)?.some((l) => l.kind === "demand"),
  );
  return uncovered.length === 0
    ? []
    : [
        `The demand projection gives no whole-year cost for ${uncovered.join(", ")} or the year before: the demand-growth assumption prices demand on placements there`,
      ];
}

/** The plan years whose demand on placements the projection prices (covered, with placements lines, none entered). */
export function modelledYears(
  costs: MtfpDemandCosts,
  years: readonly FinancialYear[],
  baseLines: readonly BudgetLine[],
  entered: ReadonlyMap<FinancialYear, readonly MtfpPlanLine[]>,
): { years: FinancialYear[]; basis: string } {
  const placements = baseLines.some((l) => l.kind === "placements");
  return {
    years: years.filter(
      (y) =>
        placements && projectedGrowth(costs, y) !== null && !entered.get(y)?.some((l) => l.kind === "demand"),
    ),
    basis: costs.basis,
  };
}
