/**
 * Unit-cost trends: the average gross weekly cost of each placement type in each financial year,
 * weighted by the days each placement ran at the price then in force, beside the published
 * reference points seed 002 cites for Herefordshire.
 */
import { daysInclusive, type IsoDate, minDate } from "../calendar/dates.js";
import {
  type FinancialYear,
  financialYearStarting,
  periodOf,
  startingYear,
  yearEnd,
  yearStart,
} from "../calendar/financial.js";
import { type Pence, roundPence } from "../money/money.js";
import type { CouncilRegisters } from "../registers.js";
import { paidSpan, priceHistory, priceSpans } from "./prices.js";
import { PLACEMENT_TYPE_NAMES, PLACEMENT_TYPES, type PlacementType, placementType } from "./types.js";

export interface UnitCostYear {
  year: FinancialYear;
  type: PlacementType;
  typeName: string;
  /** Placement-days ÷ the year's days counted: how many placements of the type ran on an average day. */
  averageRunning: number;
  /** How many placements of the type ran at some time in the year (to the period end). */
  placements: number;
  /** Σ (gross weekly price × days) ÷ Σ days, rounded once. */
  averageWeekly: Pence;
}

/** A published figure to read the council's own trend against. */
export interface UnitCostReference {
  year: FinancialYear;
  type: PlacementType;
  averageWeekly: Pence;
  council: string;
  source: string;
}

const SEED_SOURCE =
  "seed 002 (the council's paper, citing LAIT): average weekly cost of a residential placement";

/** The figures seed 002 cites for Herefordshire; they are Herefordshire's, not the council's own. */
export const SEED_REFERENCES: readonly UnitCostReference[] = [
  {
    year: "2014-15",
    type: "childrens-homes",
    averageWeekly: 231_000,
    council: "Herefordshire",
    source: SEED_SOURCE,
  },
  {
    year: "2022-23",
    type: "childrens-homes",
    averageWeekly: 486_000,
    council: "Herefordshire",
    source: SEED_SOURCE,
  },
];

export interface UnitCostTrends {
  /** The last day counted: the period end; the year it falls in is counted to that day only. */
  until: IsoDate;
  years: FinancialYear[];
  /** By type (in PLACEMENT_TYPES order), then year; a type with no days in a year has no row for it. */
  rows: UnitCostYear[];
  references: readonly UnitCostReference[];
}

export function unitCostTrends(
  registers: Pick<CouncilRegisters, "placements" | "placementPrices">,
  until: IsoDate,
): UnitCostTrends {
  const history = priceHistory(registers.placementPrices);
  const totals = new Map<string, { days: number; weekDays: number; placements: number }>();
  const years = new Set<FinancialYear>();
  for (const p of registers.placements) {
    const span = paidSpan(p, p.start, until);
    if (span === null) continue;
    const type = placementType(p);
    for (let y = startingYear(periodOf(span.from).year); y <= startingYear(periodOf(span.to).year); y++) {
      const year = financialYearStarting(y);
      const inYear = paidSpan(p, yearStart(year), minDate(yearEnd(year), span.to));
      if (inYear === null) continue;
      years.add(year);
      const total = totals.get(`${type}|${year}`) ?? { days: 0, weekDays: 0, placements: 0 };
      total.placements += 1;
      for (const price of priceSpans(p, history, inYear.from, inYear.to)) {
        const days = daysInclusive(price.from, price.to);
        total.days += days;
        total.weekDays += price.weeklyCost * days;
      }
      totals.set(`${type}|${year}`, total);
    }
  }
  const sortedYears = [...years].sort();
  const rows: UnitCostYear[] = [];
  for (const type of PLACEMENT_TYPE_NAMES) {
    for (const year of sortedYears) {
      const total = totals.get(`${type}|${year}`);
      if (!total || total.days === 0) continue;
      const daysCounted = daysInclusive(yearStart(year), minDate(yearEnd(year), until));
      rows.push({
        year,
        type,
        typeName: PLACEMENT_TYPES[type],
        averageRunning: Math.round((total.days / daysCounted) * 10) / 10,
        placements: total.placements,
        averageWeekly: roundPence(total.weekDays / total.days),
      });
    }
  }
  return { until, years: sortedYears, rows, references: SEED_REFERENCES };
}
