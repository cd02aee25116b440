/**
 * The projection costed: each day, a category's cost is its projected population × Σ (sub-type's
 * share × weekly cost) ÷ 7, uplifted by inflation on each anniversary of the projection start.
 * Amounts are worked in fractions of pence and rounded once per figure shown: each day's, and each
 * financial year's (its days summed exactly, then rounded).
 */
import { addDays, addYears, type IsoDate } from "../../calendar/dates.js";
import { daysInYear, type FinancialYear, periodOf } from "../../calendar/financial.js";
import { type Pence, roundPence } from "../../money/money.js";
import type { MtfpDemandCosts } from "../../mtfp/demand-pressure.js";
import type { MtfpAssumption } from "../../mtfp/mtfp.js";
import {
  COST_SUBTYPES,
  type CostSubtype,
  type DemandProjection,
  PLACEMENT_CATEGORIES,
  type PlacementCategory,
} from "../model.js";
import { categoryOfState } from "../projection/states.js";
import type { DemandCostBasis } from "./basis.js";

/** Inflation on the unit costs: a rate each year (3.5 = 3.5%), the MTFP's contract inflation, or none. */
export type CostInflation = { rate: number } | { mtfp: readonly MtfpAssumption[] } | null;

export interface InflationUplift {
  /** The anniversary of the start from which the uplift applies. */
  date: IsoDate;
  /** The MTFP year whose contract inflation it is, or null for an explicit rate. */
  year: FinancialYear | null;
  percent: number;
  /** Every uplift so far compounded: unit costs × factor from `date`. */
  factor: number;
}

type ByCategory = Record<PlacementCategory, Pence>;
type BySubtype = Record<CostSubtype, Pence>;

export interface CostFigures {
  total: Pence;
  byCategory: ByCategory;
  bySubtype: BySubtype;
}

export interface ProjectedCostDay extends CostFigures {
  date: IsoDate;
}

export interface ProjectedCostYear extends CostFigures {
  year: FinancialYear;
  /** Days projected in the year; a part year holds only those. */
  days: number;
  full: boolean;
}

export interface ProjectedCost {
  start: IsoDate;
  days: ProjectedCostDay[];
  years: ProjectedCostYear[];
  uplifts: InflationUplift[];
  warnings: string[];
}

/** The uplifts on each anniversary of `start` up to `last`; an MTFP year's rate is that of the year the anniversary's year mostly falls in. */
export function inflationUplifts(
  start: IsoDate,
  last: IsoDate,
  inflation: CostInflation,
  warnings: string[] = [],
): InflationUplift[] {
  const uplifts: InflationUplift[] = [];
  if (inflation === null) return uplifts;
  let factor = 1;
  for (let k = 1; addYears(start, k) <= last; k++) {
    const date = addYears(start, k);
    let year: FinancialYear | null = null;
    let percent: number;
    if ("rate" in inflation) percent = inflation.rate;
    else {
      year = periodOf(addDays(date, 182)).year;
      const assumption = inflation.mtfp.find((a) => a.year === year);
      if (!assumption) warnings.push(`No MTFP assumption for ${year}: no inflation from ${date}`);
      percent = assumption?.contractInflation ?? 0;
    }
    factor *= 1 + percent / 100;
    uplifts.push({ date, year, percent, factor });
  }
  return uplifts;
}

function figures(total: number, byCategory: Float64Array, bySubtype: Float64Array): CostFigures {
  return {
    total: roundPence(total),
    byCategory: Object.fromEntries(
      PLACEMENT_CATEGORIES.map((c, i) => [c, roundPence(byCategory[i] ?? 0)]),
    ) as ByCategory,
    bySubtype: Object.fromEntries(
      COST_SUBTYPES.map((s, i) => [s.subtype, roundPence(bySubtype[i] ?? 0)]),
    ) as BySubtype,
  };
}

/** The projection's cost by day, category and sub-type, and each financial year's total. */
export function projectedCost(
  projection: DemandProjection,
  basis: DemandCostBasis,
  inflation: CostInflation = null,
): ProjectedCost {
  const { dates, population, states } = projection;
  if (population.length !== dates.length) {
    throw new Error(
      `a projection holds one population per date: ${population.length} for ${dates.length} dates`,
    );
  }
  const warnings = [...basis.warnings];
  const start = projection.settings.start;
  const uplifts = inflationUplifts(start, dates.at(-1) ?? start, inflation, warnings);
  const stateCategory = states.map((s) =>
    PLACEMENT_CATEGORIES.indexOf(categoryOfState(s) as PlacementCategory),
  );
  // Each sub-type's weekly cost per child of its category: share × unit cost (0 when either is missing).
  const perChild = COST_SUBTYPES.map((s) => {
    const cost = basis.subtypes.find((b) => b.subtype === s.subtype);
    return (cost?.proportion ?? 0) * (cost?.weeklyCost ?? 0);
  });
  const subtypeCategory = COST_SUBTYPES.map((s) => PLACEMENT_CATEGORIES.indexOf(s.category));

  const days: ProjectedCostDay[] = [];
  const years = new Map<
    FinancialYear,
    { days: number; total: number; cat: Float64Array; sub: Float64Array }
  >();
  let factor = 1;
  let next = 0;
  dates.forEach((date, d) => {
    while (next < uplifts.length && (uplifts[next] as InflationUplift).date <= date) {
      factor = (uplifts[next] as InflationUplift).factor;
      next += 1;
    }
    const pop = new Float64Array(PLACEMENT_CATEGORIES.length);
    const row = population[d] as Float64Array;
    stateCategory.forEach((c, i) => {
      if (c >= 0) pop[c] = (pop[c] ?? 0) + (row[i] ?? 0);
    });
    const sub = new Float64Array(COST_SUBTYPES.length);
    const cat = new Float64Array(PLACEMENT_CATEGORIES.length);
    let total = 0;
    perChild.forEach((weekly, s) => {
      const c = subtypeCategory[s] as number;
      const cost = ((pop[c] ?? 0) * weekly * factor) / 7;
      sub[s] = cost;
      cat[c] = (cat[c] ?? 0) + cost;
      total += cost;
    });
    days.push({ date, ...figures(total, cat, sub) });
    const year = periodOf(date).year;
    const sums = years.get(year) ?? {
      days: 0,
      total: 0,
      cat: new Float64Array(PLACEMENT_CATEGORIES.length),
      sub: new Float64Array(COST_SUBTYPES.length),
    };
    sums.days += 1;
    sums.total += total;
    cat.forEach((v, i) => {
      sums.cat[i] = (sums.cat[i] ?? 0) + v;
    });
    sub.forEach((v, i) => {
      sums.sub[i] = (sums.sub[i] ?? 0) + v;
    });
    years.set(year, sums);
  });
  return {
    start,
    days,
    years: [...years].map(([year, sums]) => ({
      year,
      days: sums.days,
      full: sums.days === daysInYear(year),
      ...figures(sums.total, sums.cat, sums.sub),
    })),
    uplifts,
    warnings,
  };
}

/**
 * The MTFP's input from a costed projection: the total of each whole financial year projected (a
 * part year is left out, as its cost cannot stand against a whole year's).
 */
export function mtfpDemandCosts(cost: ProjectedCost, basis: string): MtfpDemandCosts {
  return {
    costByYear: new Map(cost.years.filter((y) => y.full).map((y) => [y.year, y.total])),
    basis,
  };
}
