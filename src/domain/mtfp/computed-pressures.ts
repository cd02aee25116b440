/**
 * Pressures computed from the planning assumptions, per budget line of the base year, compounded
 * year on year: each line's cost grows by every year's full (gross) pressures, so the next year's
 * pressures are on the grown cost. A year whose pressures of a kind are entered instead grows the
 * lines by the entered gross, shared across them in proportion to their cost. Where the demand
 * model's projected cost covers a year and the year before, the demand pressure on placements lines
 * is the projected growth instead of the assumption (demand-pressure.ts).
 */
import type { BudgetKind, BudgetLine } from "../budget/budget.js";
import type { FinancialYear } from "../calendar/financial.js";
import { allocate, formatPounds, type Pence } from "../money/money.js";
import { type MtfpDemandCosts, modelledDemandLines } from "./demand-pressure.js";
import type { MtfpAssumption, MtfpKind } from "./mtfp.js";
import { formatPercent, percentOf } from "./percent.js";
import type { MtfpPlanLine } from "./plan.js";

export type ComputedKind = Extract<MtfpKind, "pay-award" | "inflation" | "demand">;

interface ComputedSpec {
  kind: ComputedKind;
  /** The budget kinds the pressure falls on (also a scenario lever's whole base). */
  on: readonly BudgetKind[];
  words: string;
  rate: (a: MtfpAssumption) => number;
  funded: (a: MtfpAssumption) => number;
}

export const COMPUTED_PRESSURES: readonly ComputedSpec[] = [
  { kind: "pay-award", on: ["staffing"], words: "pay award", rate: (a) => a.payAward, funded: () => 100 },
  {
    kind: "inflation",
    on: ["placements", "transport", "other"],
    words: "contract inflation",
    rate: (a) => a.contractInflation,
    funded: (a) => a.inflationFunded,
  },
  {
    kind: "demand",
    on: ["placements", "transport"],
    words: "demand growth",
    rate: (a) => a.demandGrowth,
    funded: () => 100,
  },
];

export interface ComputedPressuresInput {
  baseYear: FinancialYear;
  /** The base year's budget lines. */
  baseLines: readonly BudgetLine[];
  years: readonly FinancialYear[];
  assumptions: ReadonlyMap<FinancialYear, MtfpAssumption>;
  /** The entered lines of each plan year, with their gross. */
  entered: ReadonlyMap<FinancialYear, readonly MtfpPlanLine[]>;
  /** The demand model's projected cost by year: where it covers a year, the demand pressure on placements. */
  demandCosts?: MtfpDemandCosts;
}

function describe(
  spec: ComputedSpec,
  line: BudgetLine,
  input: ComputedPressuresInput,
  year: FinancialYear,
  cost: Pence,
  gross: Pence,
  funded: number,
  first: boolean,
): string {
  const whose = `${line.costCentre}'s ${line.kind} budget for ${input.baseYear}`;
  const grown = first ? "" : `, grown by the plan's pressures to ${year}`;
  const share = funded === 100 ? "" : `; ${formatPercent(funded)} funded of ${formatPounds(gross)}`;
  return `${formatPercent(spec.rate(input.assumptions.get(year) as MtfpAssumption))} ${spec.words} on ${formatPounds(cost)}, ${whose}${grown}${share}`;
}

/** The computed pressure lines of each plan year (none for a kind the year enters). */
export function computedPressures(input: ComputedPressuresInput): Map<FinancialYear, MtfpPlanLine[]> {
  const cost = new Map(input.baseLines.map((l) => [l.costCentre, l.annualBudget]));
  const out = new Map<FinancialYear, MtfpPlanLine[]>();
  input.years.forEach((year, index) => {
    const growth = new Map<string, Pence>();
    const grow = (costCentre: string, by: Pence) =>
      growth.set(costCentre, (growth.get(costCentre) ?? 0) + by);
    const lines: MtfpPlanLine[] = [];
    for (const spec of COMPUTED_PRESSURES) {
      const applicable = input.baseLines.filter((l) => spec.on.includes(l.kind));
      if (applicable.length === 0) continue;
      const entered = (input.entered.get(year) ?? []).filter((l) => l.kind === spec.kind);
      if (entered.length > 0) {
        const weights = applicable.map((l) => Math.max(0, cost.get(l.costCentre) ?? 0));
        const parts = allocate(
          entered.reduce((total, l) => total + l.gross, 0),
          weights,
        );
        for (const [i, l] of applicable.entries()) grow(l.costCentre, parts[i] ?? 0);
        continue;
      }
      const modelled =
        spec.kind === "demand" && input.demandCosts
          ? modelledDemandLines(input.demandCosts, year, applicable, (cc) => cost.get(cc) ?? 0)
          : null;
      for (const line of modelled ?? []) grow(line.costCentre as string, line.gross);
      lines.push(...(modelled ?? []));
      const assumption = input.assumptions.get(year);
      if (!assumption || spec.rate(assumption) === 0) continue;
      const funded = spec.funded(assumption);
      for (const line of applicable) {
        if (modelled !== null && line.kind === "placements") continue;
        const base = cost.get(line.costCentre) ?? 0;
        const gross = percentOf(base, spec.rate(assumption));
        if (gross === 0) continue;
        grow(line.costCentre, gross);
        lines.push({
          year,
          ref: `${spec.kind}:${line.costCentre}`,
          kind: spec.kind,
          costCentre: line.costCentre,
          description: `${spec.words[0]?.toUpperCase()}${spec.words.slice(1)} on ${line.name}`,
          amount: percentOf(base, spec.rate(assumption), funded),
          gross,
          fundedShare: funded,
          source: "computed",
          basis: describe(spec, line, input, year, base, gross, funded, index === 0),
        });
      }
    }
    for (const [costCentre, by] of growth) cost.set(costCentre, (cost.get(costCentre) ?? 0) + by);
    out.set(year, lines);
  });
  return out;
}
