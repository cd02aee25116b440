/**
 * Variance analysis of each placements and staffing line: the forecast against the budget's own
 * numbers × unit costs by cost type, split into price, volume, mix and a named residual that add up
 * to the line's variance to the penny.
 */
import {
  type BudgetAssumption,
  isPlacementCostType,
  parseStaffingCostType,
} from "../budget/budget-assumption.js";
import { daysInYear, type PeriodRef } from "../calendar/financial.js";
import type { Pence } from "../money/money.js";
import type { ForecastLine, ForecastOutturn } from "../outturn/forecast.js";
import type { CouncilRegisters } from "../registers.js";
import { decomposeVariance, type TypeFigures, type VarianceSplit } from "./decompose.js";
import { decimal, div, type Rational, ratio, ZERO } from "./rational.js";
import { placementActuals, staffingActuals, type TypedActual } from "./typed-actuals.js";

export type AnalysedKind = "placements" | "staffing";

export interface LineVariance extends VarianceSplit {
  costCentre: string;
  name: string;
  serviceArea: string;
  kind: AnalysedKind;
  budget: Pence;
  forecast: Pence;
  /** What a unit cost is for: a week of one placement, or a year of one FTE. */
  unitCostPer: "week" | "year";
}

export interface VarianceTotals {
  variance: Pence;
  price: Pence;
  volume: Pence;
  mix: Pence;
  residual: Pence;
}

export interface VarianceAnalysis {
  period: string;
  lines: LineVariance[];
  total: VarianceTotals;
  warnings: string[];
}

const FITS: Record<AnalysedKind, (costType: string) => boolean> = {
  placements: isPlacementCostType,
  staffing: (costType) => parseStaffingCostType(costType) !== null,
};

export function varianceAnalysis(
  registers: CouncilRegisters,
  outturn: ForecastOutturn,
  at: PeriodRef,
): VarianceAnalysis {
  const yearDays = daysInYear(at.year);
  const placements = placementActuals(registers, at);
  const staffing = staffingActuals(registers.workforce, at, yearDays);
  const warnings = [...placements.warnings, ...staffing.warnings];
  const analysed = outturn.lines.filter(
    (line): line is ForecastLine & { kind: AnalysedKind } =>
      line.kind === "placements" || line.kind === "staffing",
  );
  const assumptions = budgetAssumptionsByLine(registers.budgetAssumptions, at, analysed, warnings);

  const lines = analysed.map((line): LineVariance => {
    const typed = (line.kind === "placements" ? placements : staffing).actuals.get(line.costCentre);
    const budgeted = assumptions.get(line.costCentre) ?? [];
    if (budgeted.length === 0) {
      warnings.push(
        `budget-assumptions ${at.year}/${line.costCentre}: the line has no budget assumptions, so its whole typed cost shows as price`,
      );
    }
    const periods = line.kind === "placements" ? ratio(yearDays, 7) : ratio(1);
    const split = decomposeVariance({
      periods,
      budget: line.budget,
      forecast: line.forecast,
      types: typeFigures(budgeted, typed ?? new Map(), yearDays),
    });
    return {
      costCentre: line.costCentre,
      name: line.name,
      serviceArea: line.serviceArea,
      kind: line.kind,
      budget: line.budget,
      forecast: line.forecast,
      unitCostPer: line.kind === "placements" ? "week" : "year",
      ...split,
    };
  });
  return { period: outturn.period, lines, total: totals(lines), warnings };
}

/** The budget's types first, in the order given, then types only the registers have, by name. */
function typeFigures(
  budgeted: readonly BudgetAssumption[],
  typed: ReadonlyMap<string, TypedActual>,
  yearDays: number,
): TypeFigures[] {
  const seen = new Set(budgeted.map((a) => a.costType));
  const extra = [...typed.keys()].filter((t) => !seen.has(t)).sort();
  const actual = (costType: string) => typed.get(costType) ?? { units: ZERO, cost: ZERO };
  const figures = (costType: string, number: Rational, unitCost: Rational): TypeFigures => ({
    costType,
    budgetedNumber: number,
    budgetedUnitCost: unitCost,
    actualNumber: div(actual(costType).units, ratio(yearDays)),
    actualCost: actual(costType).cost,
  });
  return [
    ...budgeted.map((a) => figures(a.costType, decimal(a.budgetedNumber), ratio(a.budgetedUnitCost))),
    ...extra.map((costType) => figures(costType, ZERO, ZERO)),
  ];
}

/** The year's budget assumptions by cost centre; rows for no analysed line, or of the wrong kind, are reported. */
function budgetAssumptionsByLine(
  rows: readonly BudgetAssumption[],
  at: PeriodRef,
  lines: readonly (ForecastLine & { kind: AnalysedKind })[],
  warnings: string[],
): Map<string, BudgetAssumption[]> {
  const kinds = new Map(lines.map((line) => [line.costCentre, line.kind]));
  const byLine = new Map<string, BudgetAssumption[]>();
  for (const row of rows) {
    if (row.year !== at.year) continue;
    const key = `budget-assumptions ${row.year}/${row.costCentre}/${row.costType}`;
    const kind = kinds.get(row.costCentre);
    if (kind === undefined) {
      warnings.push(
        `${key}: no placements or staffing budget line has this cost centre in ${at.year}; left out`,
      );
    } else if (!FITS[kind](row.costType)) {
      warnings.push(`${key}: "${row.costType}" is not a cost type of a ${kind} line; left out`);
    } else {
      byLine.set(row.costCentre, [...(byLine.get(row.costCentre) ?? []), row]);
    }
  }
  return byLine;
}

function totals(lines: readonly LineVariance[]): VarianceTotals {
  const sum = (pick: (line: LineVariance) => Pence) => lines.reduce((s, line) => s + pick(line), 0);
  return {
    variance: sum((l) => l.variance),
    price: sum((l) => l.price),
    volume: sum((l) => l.volume),
    mix: sum((l) => l.mix),
    residual: sum((l) => l.residual),
  };
}
