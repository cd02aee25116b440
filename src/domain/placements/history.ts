/**
 * The council's own recent history of each placement type, which sets the expected starters and
 * leavers: how many placements started a month and at what net weekly cost, and what share of the
 * placements that could end early (no planned end within the month) did end each month.
 */
import { addDays, type IsoDate, minDate } from "../calendar/dates.js";
import { type Pence, roundPence } from "../money/money.js";
import { isRunningAt } from "./commitment.js";
import type { Placement } from "./placement.js";
import { type PriceHistory, weeklyCostOn } from "./prices.js";
import { type PlacementType, placementType } from "./types.js";

export interface Month {
  start: IsoDate;
  end: IsoDate;
  days: number;
}

/** The `count` calendar months ending with the month of `asAt`, oldest first. */
export function monthsEnding(asAt: IsoDate, count: number): Month[] {
  const [year = 0, month = 1] = asAt.split("-").map(Number);
  return Array.from({ length: count }, (_, i) => {
    const index = year * 12 + (month - 1) - (count - 1 - i);
    const start = `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}-01`;
    const next = index + 1;
    const end = addDays(
      `${String(Math.floor(next / 12)).padStart(4, "0")}-${String((next % 12) + 1).padStart(2, "0")}-01`,
      -1,
    );
    return { start, end, days: Number(end.slice(8)) };
  });
}

export interface TypeHistory {
  type: PlacementType;
  /** Placements of the type that started in the window. */
  starters: number;
  /** Their mean net weekly cost at their latest price by the period end (0 when none started). */
  unitCost: Pence;
  /** Placements of the type running at a month's start with no planned end within it, summed over the months. */
  atRisk: number;
  /** How many of those ended within the month. */
  earlyEndings: number;
  /** earlyEndings ÷ atRisk: the chance such a placement ends in a month (0 when none were at risk). */
  leavingRate: number;
}

/** Each placement type's starters and early endings over the months of the window. */
export function typeHistory(
  placements: readonly Placement[],
  history: PriceHistory,
  window: readonly Month[],
): Map<PlacementType, TypeHistory> {
  const byType = new Map<PlacementType, TypeHistory & { costs: number }>();
  const of = (p: Placement) => {
    const type = placementType(p);
    const found = byType.get(type);
    if (found) return found;
    const fresh = { type, starters: 0, unitCost: 0, atRisk: 0, earlyEndings: 0, leavingRate: 0, costs: 0 };
    byType.set(type, fresh);
    return fresh;
  };
  const first = window[0]?.start;
  const last = window[window.length - 1]?.end;
  if (first === undefined || last === undefined) return new Map();
  for (const p of placements) {
    if (p.start >= first && p.start <= last) {
      const entry = of(p);
      const latest = p.end === null ? last : minDate(p.end, last);
      entry.starters += 1;
      entry.costs += weeklyCostOn(p, history, latest) - p.healthContribution - p.educationContribution;
    }
    for (const month of window) {
      if (!isRunningAt(p, addDays(month.start, -1))) continue;
      if (p.plannedEnd !== null && p.plannedEnd <= month.end) continue;
      const entry = of(p);
      entry.atRisk += 1;
      if (p.end !== null && p.end <= month.end) entry.earlyEndings += 1;
    }
  }
  return new Map(
    [...byType].map(([type, { costs, ...entry }]) => [
      type,
      {
        ...entry,
        unitCost: entry.starters === 0 ? 0 : roundPence(costs / entry.starters),
        leavingRate: entry.atRisk === 0 ? 0 : entry.earlyEndings / entry.atRisk,
      },
    ]),
  );
}
