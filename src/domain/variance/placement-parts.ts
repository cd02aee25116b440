/**
 * The placements lines' forecast by placement type (see typed-parts.ts): each placement's paid days
 * to the period end at the prices then in force; then, if it is running, its commitment, the
 * difference its uplifts and planned move make (a move's new placement under its own type, on the
 * line the known-events driver puts it on) and its expected early ending; and each type's expected
 * starters. The same functions price them as the drivers do, so only the drivers' rounding differs.
 */
import { addDays, daysInclusive, type IsoDate, minDate } from "../calendar/dates.js";
import { type PeriodRef, periodEnd, yearEnd, yearStart } from "../calendar/financial.js";
import { isRunningAt, placementCommitment } from "../placements/commitment.js";
import { expectedDaysLost, expectedStarts, historyAt, monthsLeft } from "../placements/expected.js";
import { plannedMovesAt, remainingWithEvents } from "../placements/known-events.js";
import { netWeeklyCost, type Placement } from "../placements/placement.js";
import { type PriceHistory, paidSpan, priceHistory, priceSpans } from "../placements/prices.js";
import type { ProjectedStarters } from "../placements/projected-starters.js";
import { placementType, typeCostCentres } from "../placements/types.js";
import type { CouncilRegisters } from "../registers.js";
import { decimal, ratio } from "./rational.js";
import { addDriver, addTo, eachRow, emptyParts, type TypedCost, type TypedParts } from "./typed-parts.js";

/** `projectedStarters`: the demand model's starters when the forecast priced them (its `expectedStarters`). */
export function placementParts(
  registers: CouncilRegisters,
  at: PeriodRef,
  projectedStarters?: ProjectedStarters,
): TypedParts {
  const parts = emptyParts();
  const [first, asAt, until] = [yearStart(at.year), periodEnd(at), yearEnd(at.year)];
  const history = priceHistory(registers.placementPrices);
  const moves = plannedMovesAt(registers, asAt, []);
  const centres = typeCostCentres(registers.placements);
  const ctx = { registers, at, asAt, ...(projectedStarters ? { projectedStarters } : {}) };
  const months = monthsLeft(ctx);
  const rates = months.length === 0 ? new Map() : historyAt(ctx).types;
  const from = addDays(asAt, 1);

  eachRow(
    parts,
    registers.placements,
    (p) => `placements ${p.placementRef}`,
    (p) => {
      const type = placementType(p);
      const past = paidSpan(p, first, asAt);
      if (past) {
        const paid = atPrices(p, history, past.from, past.to);
        addTo(parts.units, p.costCentre, type, paid.units);
        addTo(parts.actualToDate, p.costCentre, type, paid.cost);
      }
      if (!isRunningAt(p, asAt)) return;
      const plain = placementCommitment(p, asAt, until);
      addDriver(parts, "commitments", p.costCentre, type, ratio(plain));
      const events = remainingWithEvents(p, history, moves.get(p.placementRef), asAt, until);
      addDriver(parts, "known-events", p.costCentre, type, ratio(events.own - plain));
      const last = p.plannedEnd === null ? until : minDate(p.plannedEnd, until);
      const stop = events.moved ? addDays(events.moved.move.date, -1) : last;
      addTo(parts.units, p.costCentre, type, ratio(daysInclusive(from, stop)));
      if (events.moved) {
        const { move, cost } = events.moved;
        const to = placementType({ placeCode: move.toPlaceCode, providerCode: move.toProviderCode });
        const costCentre = centres.get(to) ?? p.costCentre;
        addDriver(parts, "known-events", costCentre, to, ratio(cost));
        addTo(parts.units, costCentre, to, ratio(daysInclusive(move.date, last)));
      }
      const rate: number = rates.get(type)?.leavingRate ?? 0;
      if (rate === 0) return;
      const lost = expectedDaysLost(p, rate, months, until);
      addDriver(parts, "expected-leavers", p.costCentre, type, decimal((-lost * netWeeklyCost(p)) / 7));
      addTo(parts.units, p.costCentre, type, decimal(-lost));
    },
  );
  for (const start of expectedStarts(ctx)) {
    addDriver(parts, "expected-starters", start.costCentre, start.type, decimal(start.cost));
    addTo(parts.units, start.costCentre, start.type, decimal(start.days));
  }
  return parts;
}

/** A placement's days from `from` to `to` and their cost at the prices in force, net of contributions. */
function atPrices(p: Placement, history: PriceHistory, from: IsoDate, to: IsoDate): TypedCost {
  const contributions = BigInt(p.healthContribution + p.educationContribution);
  let [days, weekPenceDays] = [0, 0n];
  for (const span of priceSpans(p, history, from, to)) {
    const spanDays = daysInclusive(span.from, span.to);
    days += spanDays;
    weekPenceDays += (BigInt(span.weeklyCost) - contributions) * BigInt(spanDays);
  }
  return { units: ratio(days), cost: ratio(weekPenceDays, 7n) };
}
