/**
 * Variance analysis of each placements and staffing line: the forecast against the budget's own
 * numbers × unit costs by cost type, split into price, volume and mix that add up to the line's
 * variance to the penny. Every part of the line's budget and forecast is given to a cost type first
 * (typed-parts.ts, allocate.ts); the method is in docs/forecast.md.
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
import { type BudgetedType, lineFigures } from "./allocate.js";
import { decomposeVariance, type VarianceSplit } from "./decompose.js";
import { placementParts } from "./placement-parts.js";
import { decimal, ratio } from "./rational.js";
import { staffingParts } from "./staffing-parts.js";
import { typedForecast } from "./typed-parts.js";

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
  const parts = {
    placements: placementParts(registers, at, outturn.expectedStarters),
    staffing: staffingParts(registers, at, yearDays),
  };
  const warnings = [...parts.placements.warnings, ...parts.staffing.warnings];
  const analysed = outturn.lines.filter(
    (line): line is ForecastLine & { kind: AnalysedKind } =>
      line.kind === "placements" || line.kind === "staffing",
  );
  const assumptions = budgetAssumptionsByLine(registers.budgetAssumptions, at, analysed, warnings);

  const lines = analysed.map((line): LineVariance => {
    const budgeted = (assumptions.get(line.costCentre) ?? []).map(
      (a): BudgetedType => ({
        costType: a.costType,
        number: decimal(a.budgetedNumber),
        unitCost: ratio(a.budgetedUnitCost),
      }),
    );
    const periods = line.kind === "placements" ? ratio(yearDays, 7) : ratio(1);
    const figures = lineFigures({
      budget: line.budget,
      forecast: line.forecast,
      periods,
      yearDays,
      budgeted,
      typed: typedForecast(line, parts[line.kind]),
    });
    warnings.push(...untypedWarnings(at, line, budgeted.length, figures));
    const split = decomposeVariance({
      periods,
      budget: line.budget,
      forecast: line.forecast,
      types: figures.types,
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

/** Where a line's budget or forecast has no type to go to, the variance it leaves is price. */
function untypedWarnings(
  at: PeriodRef,
  line: ForecastLine,
  assumptions: number,
  figures: { budgetLeft: boolean; forecastLeft: boolean },
): string[] {
  const key = `budget-assumptions ${at.year}/${line.costCentre}`;
  const warnings: string[] = [];
  if (assumptions === 0 && line.budget !== 0) {
    warnings.push(
      `${key}: the line has no budget assumptions, so its budget has no type; the variance it leaves is price`,
    );
  } else if (figures.budgetLeft) {
    warnings.push(
      `${key}: the budget assumptions cost £0, so the line's budget has no type; the variance it leaves is price`,
    );
  }
  if (figures.forecastLeft) {
    warnings.push(
      `${key}: no placement, post or budget assumption types the line's forecast; the variance it leaves is price`,
    );
  }
  return warnings;
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
  };
}
