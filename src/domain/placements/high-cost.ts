/**
 * The high-cost placements list: each placement running at the period end whose weekly price then
 * is at least the council's threshold (ASSUMPTIONS "high-cost-weekly-threshold"), dearest first.
 */
import { assumptionValue } from "../assumptions.js";
import { daysInclusive, type IsoDate, maxDate } from "../calendar/dates.js";
import { formatPeriodRef, type PeriodRef, periodEnd, yearEnd, yearStart } from "../calendar/financial.js";
import type { Pence } from "../money/money.js";
import type { CouncilRegisters } from "../registers.js";
import { isRunningAt } from "./commitment.js";
import { plannedMovesAt, remainingWithEvents } from "./known-events.js";
import type { PlaceCode } from "./placement.js";
import { netCostBetween, priceHistory, weeklyCostOn } from "./prices.js";
import { PLACEMENT_TYPES, type PlacementType, placementType } from "./types.js";

export interface HighCostPlacement {
  placementRef: string;
  provider: string;
  placeCode: PlaceCode;
  type: PlacementType;
  /** The type in a report's words, e.g. "Children's homes and secure". */
  typeName: string;
  costCentre: string;
  start: IsoDate;
  /** The gross weekly price in force at the period end. */
  weeklyCost: Pence;
  /** What the council pays a week after health and education contributions. */
  netWeeklyCost: Pence;
  /** Whole weeks and tenths from its start to the period end, inclusive. */
  weeksSoFar: number;
  /** What it has cost the council this year to the period end, at the prices then in force. */
  costToDate: Pence;
  /** What it still costs to its planned move, end or 31 March, with known uplifts. */
  remaining: Pence;
  /** costToDate + remaining. */
  forecastThisYear: Pence;
}

export interface HighCostList {
  period: string;
  asAt: IsoDate;
  threshold: Pence;
  placements: HighCostPlacement[];
  /** Planned moves that could not be read against the placements. */
  warnings: string[];
}

export function highCostPlacements(
  registers: Pick<CouncilRegisters, "placements" | "placementPrices" | "plannedMoves" | "assumptions">,
  at: PeriodRef,
): HighCostList {
  const asAt = periodEnd(at);
  const threshold = assumptionValue(registers.assumptions, "high-cost-weekly-threshold");
  const history = priceHistory(registers.placementPrices);
  const warnings: string[] = [];
  const moves = plannedMovesAt(registers, asAt, warnings);
  const list: HighCostPlacement[] = [];
  for (const p of registers.placements) {
    if (!isRunningAt(p, asAt)) continue;
    const weeklyCost = weeklyCostOn(p, history, asAt);
    if (weeklyCost < threshold) continue;
    const costToDate = netCostBetween(p, history, maxDate(p.start, yearStart(at.year)), asAt);
    const { own } = remainingWithEvents(p, history, moves.get(p.placementRef), asAt, yearEnd(at.year));
    const type = placementType(p);
    list.push({
      placementRef: p.placementRef,
      provider: p.provider,
      placeCode: p.placeCode,
      type,
      typeName: PLACEMENT_TYPES[type],
      costCentre: p.costCentre,
      start: p.start,
      weeklyCost,
      netWeeklyCost: weeklyCost - p.healthContribution - p.educationContribution,
      weeksSoFar: Math.floor((daysInclusive(p.start, asAt) * 10) / 7) / 10,
      costToDate,
      remaining: own,
      forecastThisYear: costToDate + own,
    });
  }
  list.sort((a, b) => b.weeklyCost - a.weeklyCost || (a.placementRef < b.placementRef ? -1 : 1));
  return { period: formatPeriodRef(at), asAt, threshold, placements: list, warnings };
}
