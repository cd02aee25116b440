/**
 * The "known-events" driver: what contract uplifts and planned moves change in the placements'
 * commitments. It is the difference they make against the plain commitment (each placement at its
 * register weekly cost), so the commitments driver stays as it is and movement can name this one.
 */
import { addDays, DateError, daysInclusive, type IsoDate, minDate } from "../calendar/dates.js";
import { MoneyError, type Pence, prorate } from "../money/money.js";
import type { DriverSource } from "../outturn/drivers.js";
import type { CouncilRegisters } from "../registers.js";
import { isRunningAt, placementCommitment } from "./commitment.js";
import type { PlannedMove } from "./events.js";
import type { Placement } from "./placement.js";
import { netCostBetween, type PriceHistory, priceHistory } from "./prices.js";
import { placementType, typeCostCentres } from "./types.js";

/** A running placement's cost after `asAt`: at the prices in force, to its planned move, end or 31 March. */
export interface RemainingWithEvents {
  /** What the placement itself still costs. */
  own: Pence;
  /** The planned move's new placement: its cost from the move date to the same last day. */
  moved: { move: PlannedMove; cost: Pence } | null;
}

export function remainingWithEvents(
  placement: Placement,
  history: PriceHistory,
  move: PlannedMove | undefined,
  asAt: IsoDate,
  until: IsoDate,
): RemainingWithEvents {
  if (!isRunningAt(placement, asAt)) return { own: 0, moved: null };
  const last = placement.plannedEnd === null ? until : minDate(placement.plannedEnd, until);
  const moves = move !== undefined && move.date <= last;
  const stop = moves ? addDays(move.date, -1) : last;
  return {
    own: netCostBetween(placement, history, addDays(asAt, 1), stop),
    moved: moves ? { move, cost: prorate(move.toWeeklyCost, daysInclusive(move.date, last), 7) } : null,
  };
}

/**
 * Each running placement's first planned move after `asAt`. A move for a placement not running then,
 * or a second move for the same placement, is reported; moves dated by `asAt` are history.
 */
export function plannedMovesAt(
  registers: Pick<CouncilRegisters, "placements" | "plannedMoves">,
  asAt: IsoDate,
  warnings: string[],
): Map<string, PlannedMove> {
  const running = new Set(
    registers.placements.filter((p) => isRunningAt(p, asAt)).map((p) => p.placementRef),
  );
  const byPlacement = new Map<string, PlannedMove>();
  const sorted = [...registers.plannedMoves].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (const move of sorted) {
    if (move.date <= asAt) continue;
    const key = `planned-moves ${move.ref}`;
    if (!running.has(move.placementRef)) {
      warnings.push(`${key}: placement ${move.placementRef} is not running on ${asAt}; not forecast`);
      continue;
    }
    const first = byPlacement.get(move.placementRef);
    if (first) {
      warnings.push(
        `${key}: placement ${move.placementRef} already moves on ${first.date} (${first.ref}); not forecast`,
      );
      continue;
    }
    byPlacement.set(move.placementRef, move);
  }
  return byPlacement;
}

export const knownEvents: DriverSource = {
  driver: "known-events",
  kind: "placements",
  cost(ctx) {
    const { placements, placementPrices } = ctx.registers;
    const history = priceHistory(placementPrices);
    const known = new Set(placements.map((p) => p.placementRef));
    for (const ref of new Set(placementPrices.map((row) => row.placementRef))) {
      if (!known.has(ref))
        ctx.warnings.push(`placement-prices ${ref}: no such placement; its prices are not counted`);
    }
    const moves = plannedMovesAt(ctx.registers, ctx.asAt, ctx.warnings);
    const centres = typeCostCentres(placements);
    const byCostCentre = new Map<string, Pence>();
    const add = (costCentre: string, amount: Pence) =>
      byCostCentre.set(costCentre, (byCostCentre.get(costCentre) ?? 0) + amount);
    for (const p of placements) {
      const plain = readable(() => placementCommitment(p, ctx.asAt, ctx.until));
      // A placement the commitments driver could not price is reported there already.
      if (plain === null || !isRunningAt(p, ctx.asAt)) continue;
      const events = readable(() =>
        remainingWithEvents(p, history, moves.get(p.placementRef), ctx.asAt, ctx.until),
      );
      if (events === null) {
        ctx.warnings.push(
          `placements ${p.placementRef}: its prices or planned move cannot be read; counted as £0`,
        );
        continue;
      }
      add(p.costCentre, events.own - plain);
      if (events.moved) {
        const { toPlaceCode, toProviderCode } = events.moved.move;
        const type = placementType({ placeCode: toPlaceCode, providerCode: toProviderCode });
        add(centres.get(type) ?? p.costCentre, events.moved.cost);
      }
    }
    return byCostCentre;
  },
};

/** The result, or null when a date or an amount in the registers cannot be read. */
export function readable<T>(compute: () => T): T | null {
  try {
    return compute();
  } catch (error) {
    if (error instanceof DateError || error instanceof MoneyError) return null;
    throw error;
  }
}
