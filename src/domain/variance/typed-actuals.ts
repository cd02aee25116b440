/**
 * What the registers say each cost type of a line costs over the whole financial year: actual to
 * the period end and forecast to 31 March, in placement-days (or FTE-days) and exact pence.
 */
import { staffingCostType } from "../budget/budget-assumption.js";
import { addDays, DateError, daysInclusive, type IsoDate, maxDate, minDate } from "../calendar/dates.js";
import { type PeriodRef, periodEnd, yearEnd, yearStart } from "../calendar/financial.js";
import { MoneyError } from "../money/money.js";
import { isRunningAt } from "../placements/commitment.js";
import { plannedMovesAt } from "../placements/known-events.js";
import type { Placement } from "../placements/placement.js";
import { type PriceHistory, paidSpan, priceHistory, priceSpans } from "../placements/prices.js";
import { placementType, typeCostCentres } from "../placements/types.js";
import type { CouncilRegisters } from "../registers.js";
import type { Post } from "../workforce/post.js";
import { postRate } from "../workforce/post-cost.js";
import { add, decimal, mul, type Rational, ratio, ZERO } from "./rational.js";

export interface TypedActual {
  /** Placement-days, or FTE-days, in the year; ÷ days in the year gives the average number. */
  units: Rational;
  /** Pence, exactly. */
  cost: Rational;
}

/** By cost centre, then by cost type. */
export type TypedActuals = Map<string, Map<string, TypedActual>>;

export interface TypedActualsResult {
  actuals: TypedActuals;
  /** Rows that could not be typed or priced, each naming its register and key. */
  warnings: string[];
}

function addTo(actuals: TypedActuals, costCentre: string, costType: string, part: TypedActual): void {
  const byType = actuals.get(costCentre) ?? new Map<string, TypedActual>();
  const sofar = byType.get(costType) ?? { units: ZERO, cost: ZERO };
  byType.set(costType, { units: add(sofar.units, part.units), cost: add(sofar.cost, part.cost) });
  actuals.set(costCentre, byType);
}

function eachRow<T>(rows: readonly T[], name: (row: T) => string, price: (row: T) => void): string[] {
  const warnings: string[] = [];
  for (const row of rows) {
    try {
      price(row);
    } catch (error) {
      if (!(error instanceof DateError || error instanceof MoneyError)) throw error;
      warnings.push(`${name(row)}: ${error.message}; left out of the variance analysis`);
    }
  }
  return warnings;
}

/**
 * Each placement's days in the year at the prices in force (placement-prices), net of contributions:
 * the days it was paid for from 1 April to the period end (its end day included, as the ledger
 * counts it), then, if it is running at the period end, the days to the earlier of its planned end
 * and 31 March, as the forecast counts them; a planned move ends it the day before, and the new
 * placement's days go to its own type on the line the forecast puts it on.
 */
export function placementActuals(
  registers: Pick<CouncilRegisters, "placements" | "placementPrices" | "plannedMoves">,
  at: PeriodRef,
): TypedActualsResult {
  const [first, asAt, until] = [yearStart(at.year), periodEnd(at), yearEnd(at.year)];
  const history = priceHistory(registers.placementPrices);
  const moves = plannedMovesAt(registers, asAt, []);
  const moveCentres = typeCostCentres(registers.placements);
  const actuals: TypedActuals = new Map();
  const warnings = eachRow(
    registers.placements,
    (p) => `placements ${p.placementRef}`,
    (p) => {
      const type = placementType(p);
      const past = paidSpan(p, first, asAt);
      if (past) addTo(actuals, p.costCentre, type, atPrices(p, history, past.from, past.to));
      if (!isRunningAt(p, asAt)) return;
      const last = p.plannedEnd === null ? until : minDate(p.plannedEnd, until);
      const move = moves.get(p.placementRef);
      const moved = move !== undefined && move.date <= last;
      addTo(
        actuals,
        p.costCentre,
        type,
        atPrices(p, history, addDays(asAt, 1), moved ? addDays(move.date, -1) : last),
      );
      if (!moved) return;
      const to = { placeCode: move.toPlaceCode, providerCode: move.toProviderCode };
      const days = daysInclusive(move.date, last);
      addTo(actuals, moveCentres.get(placementType(to)) ?? p.costCentre, placementType(to), {
        units: ratio(days),
        cost: ratio(BigInt(move.toWeeklyCost) * BigInt(days), 7n),
      });
    },
  );
  return { actuals, warnings };
}

function atPrices(p: Placement, history: PriceHistory, from: IsoDate, to: IsoDate): TypedActual {
  const contributions = BigInt(p.healthContribution + p.educationContribution);
  let [days, weekPenceDays] = [0, 0n];
  for (const span of priceSpans(p, history, from, to)) {
    const spanDays = daysInclusive(span.from, span.to);
    days += spanDays;
    weekPenceDays += (BigInt(span.weeklyCost) - contributions) * BigInt(spanDays);
  }
  return { units: ratio(days), cost: ratio(weekPenceDays, 7n) };
}

/**
 * Each filled post's days in the year (within its start and end) × its FTE, at its annual cost
 * (permanent) or day rate × the days an agency worker bills (agency), pro-rated by days in the year.
 * Vacant posts cost nothing, as in the forecast.
 */
export function staffingActuals(posts: readonly Post[], at: PeriodRef, yearDays: number): TypedActualsResult {
  const [first, until] = [yearStart(at.year), yearEnd(at.year)];
  const actuals: TypedActuals = new Map();
  const warnings = eachRow(
    posts,
    (post) => `workforce ${post.postRef}`,
    (post) => {
      if (post.status === "vacant") return;
      const days = daysInclusive(
        maxDate(post.start, first),
        post.end === null ? until : minDate(post.end, until),
      );
      if (days === 0) return;
      const rate = postRate(post);
      if (rate === null) throw new MoneyError(`${post.status} post has no rate`);
      addTo(actuals, post.costCentre, staffingCostType(post.role, post.status), {
        units: mul(decimal(post.fte), ratio(days)),
        cost: ratio(BigInt(rate) * BigInt(days), BigInt(yearDays)),
      });
    },
  );
  return { actuals, warnings };
}
