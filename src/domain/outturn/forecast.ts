/**
 * The forecast outturn of each budget line at a period end: actual to date plus what remains, built
 * from the registers rather than typed in. Variance is forecast − budget (positive = overspend).
 */
import type { BudgetKind, BudgetLine } from "../budget/budget.js";
import type { IsoDate } from "../calendar/dates.js";
import { daysRemaining, formatPeriodRef, type PeriodRef } from "../calendar/financial.js";
import { formatPounds, type Pence } from "../money/money.js";
import type { ProjectedStarters } from "../placements/projected-starters.js";
import type { CouncilRegisters } from "../registers.js";
import { type ForecastContext, type ForecastItem, type ForecastOptions, forecastContext } from "./context.js";
import type { DriverName, ForecastDriver } from "./drivers.js";
import { savingsInOutturn } from "./savings-line.js";
import { SOURCES } from "./sources.js";

export type { ForecastItem, ForecastOptions } from "./context.js";
export type { DriverName, ForecastDriver } from "./drivers.js";

/** How a line's remaining cost is worked out; "savings" for the savings at risk line (savings-line.ts). */
export type ForecastBasis = "commitment" | "posts" | "school-days" | "run-rate" | "savings";

/** A budget line's kind, or "savings" for the one line of savings at risk, which has no budget line. */
export type ForecastKind = BudgetKind | "savings";

export const BASIS_OF_KIND: Readonly<Record<BudgetKind, ForecastBasis>> = {
  placements: "commitment",
  staffing: "posts",
  transport: "school-days",
  other: "run-rate",
};

export interface ForecastLine {
  costCentre: string;
  name: string;
  serviceArea: string;
  kind: ForecastKind;
  basis: ForecastBasis;
  budget: Pence;
  budgetToDate: Pence;
  actualToDate: Pence;
  remaining: Pence;
  drivers: ForecastDriver[];
  forecast: Pence;
  variance: Pence;
}

export interface AreaTotal {
  serviceArea: string;
  budget: Pence;
  budgetToDate: Pence;
  actualToDate: Pence;
  forecast: Pence;
  variance: Pence;
}

export interface ForecastOutturn {
  /** e.g. "2024-25:P7" */
  period: string;
  /** The period end. */
  asAt: IsoDate;
  daysRemaining: number;
  /** In budget order. */
  lines: ForecastLine[];
  /** In order of first appearance among the lines. */
  serviceAreas: AreaTotal[];
  total: Omit<AreaTotal, "serviceArea">;
  /** Every placement, post and route still costing something after the period end. */
  items: ForecastItem[];
  /** Data problems that make the forecast less than complete, each naming the register and key. */
  warnings: string[];
  /** The demand model's starters the expected-starters driver priced; absent when they came from the register's history. */
  expectedStarters?: ProjectedStarters;
}

export function forecastOutturn(
  registers: CouncilRegisters,
  at: PeriodRef,
  options: ForecastOptions = {},
): ForecastOutturn {
  const lines = registers.budgetLines.filter((line) => line.year === at.year);
  const ctx = forecastContext(registers, at, options);
  const priced = priceDrivers(ctx);
  ctx.warnings.push(...lines.flatMap(profileProblems));
  const savings = savingsInOutturn(registers, lines, at);

  const forecastLines = lines.map((line): ForecastLine => {
    const actualToDate = ctx.actualToDate.get(line.costCentre) ?? 0;
    const drivers = SOURCES.filter((source) => source.kind === line.kind || source.kind === "any").map(
      (source) => ({
        driver: source.driver,
        amount: priced.get(source.driver)?.get(line.costCentre) ?? 0,
      }),
    );
    const remaining = drivers.reduce((sum, d) => sum + d.amount, 0);
    const forecast = actualToDate + remaining;
    // Raised by the part of its own savings at risk, which the savings line then carries (once,
    // should the cost centre have two lines).
    const raised = savings.raised.get(line.costCentre) ?? { budget: 0, budgetToDate: 0 };
    savings.raised.delete(line.costCentre);
    const budget = line.annualBudget + raised.budget;
    return {
      costCentre: line.costCentre,
      name: line.name,
      serviceArea: line.serviceArea,
      kind: line.kind,
      basis: BASIS_OF_KIND[line.kind],
      budget,
      budgetToDate: line.profile.slice(0, at.period).reduce((a, b) => a + b, 0) + raised.budgetToDate,
      actualToDate,
      remaining,
      drivers,
      forecast,
      variance: forecast - budget,
    };
  });
  if (savings.line) forecastLines.push(savings.line);
  ctx.warnings.push(...unbudgeted(lines, ctx, priced), ...savings.warnings);

  const areas = new Map<string, AreaTotal>();
  for (const line of forecastLines) {
    const area = areas.get(line.serviceArea) ?? { serviceArea: line.serviceArea, ...emptyTotal() };
    areas.set(line.serviceArea, addTo(area, line));
  }
  return {
    period: formatPeriodRef(at),
    asAt: ctx.asAt,
    daysRemaining: daysRemaining(at),
    lines: forecastLines,
    serviceAreas: [...areas.values()],
    total: forecastLines.reduce(addTo, emptyTotal()),
    items: ctx.items,
    warnings: ctx.warnings,
    ...(ctx.projectedStarters ? { expectedStarters: ctx.projectedStarters } : {}),
  };
}

/** Runs every source in order; each sees what the earlier ones priced. */
function priceDrivers(ctx: ForecastContext): ForecastContext["priced"] {
  for (const source of SOURCES) ctx.priced.set(source.driver, source.cost(ctx));
  return ctx.priced;
}

function emptyTotal(): Omit<AreaTotal, "serviceArea"> {
  return { budget: 0, budgetToDate: 0, actualToDate: 0, forecast: 0, variance: 0 };
}

function addTo<T extends Omit<AreaTotal, "serviceArea">>(total: T, line: ForecastLine): T {
  total.budget += line.budget;
  total.budgetToDate += line.budgetToDate;
  total.actualToDate += line.actualToDate;
  total.forecast += line.forecast;
  total.variance += line.variance;
  return total;
}

function profileProblems(line: BudgetLine): string[] {
  const key = `budget-lines ${line.year}/${line.costCentre}`;
  const profiled = line.profile.reduce((a, b) => a + b, 0);
  if (line.profile.length !== 12) return [`${key}: the profile has ${line.profile.length} periods, not 12`];
  if (profiled !== line.annualBudget) {
    return [
      `${key}: the profile adds up to ${formatPounds(profiled)}, not the budget ${formatPounds(line.annualBudget)}`,
    ];
  }
  return [];
}

/** Money the forecast leaves out because no budget line of the year (and kind) takes it. */
function unbudgeted(
  lines: readonly BudgetLine[],
  ctx: ForecastContext,
  priced: ReadonlyMap<DriverName, ReadonlyMap<string, Pence>>,
): string[] {
  const warnings: string[] = [];
  const seen = new Set<string>();
  for (const line of lines) {
    if (seen.has(line.costCentre)) {
      warnings.push(
        `budget-lines ${line.year}/${line.costCentre}: the cost centre has more than one line; each counts its costs`,
      );
    }
    seen.add(line.costCentre);
  }
  for (const [costCentre, amount] of ctx.actualToDate) {
    if (!seen.has(costCentre) && amount !== 0) {
      warnings.push(
        `cost centre ${costCentre}: ${formatPounds(amount)} of actuals has no budget line in ${ctx.at.year}`,
      );
    }
  }
  // Sources on "other" lines price only budgeted cost centres; those on "any" line warn for themselves.
  for (const source of SOURCES.filter((s) => s.kind !== "other" && s.kind !== "any")) {
    const budgeted = new Set(
      lines.filter((line) => line.kind === source.kind).map((line) => line.costCentre),
    );
    for (const [costCentre, amount] of priced.get(source.driver) ?? []) {
      if (!budgeted.has(costCentre) && amount !== 0) {
        warnings.push(
          `cost centre ${costCentre}: ${formatPounds(amount)} of ${source.kind} still to pay has no ${source.kind} budget line in ${ctx.at.year}`,
        );
      }
    }
  }
  return warnings;
}
