/**
 * The "expected-starters" and "expected-leavers" drivers: placements the council has not made yet
 * and endings it has not planned, each placement type at the rates of its own last months
 * (ASSUMPTIONS "history-months"). The method, with a worked example, is in docs/forecast.md.
 */
import { assumptionValue } from "../assumptions.js";
import { daysInclusive, type IsoDate } from "../calendar/dates.js";
import { type PeriodNumber, periodEnd, periodStart } from "../calendar/financial.js";
import { type Pence, roundPence } from "../money/money.js";
import type { ForecastContext } from "../outturn/context.js";
import type { DriverSource } from "../outturn/drivers.js";
import { isRunningAt } from "./commitment.js";
import { type Month, monthsEnding, type TypeHistory, typeHistory } from "./history.js";
import { readable } from "./known-events.js";
import { netWeeklyCost, type Placement } from "./placement.js";
import { priceHistory } from "./prices.js";
import {
  type ProjectedStarters,
  projectedTypes,
  startersInMonths,
  starterUnitCost,
} from "./projected-starters.js";
import { PLACEMENT_TYPES, type PlacementType, placementType, typeCostCentres } from "./types.js";

/** The months after the period end, to 31 March. */
export function monthsLeft(ctx: Pick<ForecastContext, "at">): Month[] {
  const months: Month[] = [];
  for (let period = ctx.at.period + 1; period <= 12; period++) {
    const ref = { year: ctx.at.year, period: period as PeriodNumber };
    const start = periodStart(ref);
    const end = periodEnd(ref);
    months.push({ start, end, days: daysInclusive(start, end) });
  }
  return months;
}

/** Each type's history over the council's last "history-months" months (at least 1) to the period end. */
export function historyAt(ctx: Pick<ForecastContext, "registers" | "asAt">): {
  months: number;
  types: Map<PlacementType, TypeHistory>;
} {
  const { registers } = ctx;
  const months = Math.max(1, Math.round(assumptionValue(registers.assumptions, "history-months")));
  const window = monthsEnding(ctx.asAt, months);
  return {
    months,
    types: typeHistory(registers.placements, priceHistory(registers.placementPrices), window),
  };
}

/**
 * The days a starter in `months[i]` is expected to be paid for to 31 March. Starting on each day of
 * its month in turn, it is paid (days in month + 1) ÷ 2 days of that month on average; from the next
 * month on it is at risk of ending early at `rate` a month, and one that ends is paid half the
 * month's other days. With a rate of 0 this is the days from the month's last day to 31 March
 * inclusive + (days in month − 1) ÷ 2.
 */
export function starterDays(months: readonly Month[], i: number, rate: number): number {
  const first = months[i];
  if (!first) return 0;
  let days = (first.days + 1) / 2;
  let stillRunning = 1;
  for (const month of months.slice(i + 1)) {
    days += stillRunning * ((1 - rate) * month.days + (rate * (month.days - 1)) / 2);
    stillRunning *= 1 - rate;
  }
  return days;
}

/** One placement type's expected new placements to 31 March, unrounded. */
export interface ExpectedStarts {
  type: PlacementType;
  /** The cost centre most placements of the type use. */
  costCentre: string;
  /** Placement-days expected to be paid for. */
  days: number;
  /** Pence. */
  cost: number;
}

type StartsContext = Pick<ForecastContext, "registers" | "at" | "asAt"> &
  Partial<Pick<ForecastContext, "projectedStarters" | "warnings">>;

/**
 * Each type with starters in its history: starters a month × the days each is expected to be paid
 * for; or, when the context holds the demand model's starters, each type's starters from the model.
 */
export function expectedStarts(ctx: StartsContext): ExpectedStarts[] {
  const months = monthsLeft(ctx);
  if (months.length === 0) return [];
  const history = historyAt(ctx);
  const centres = typeCostCentres(ctx.registers.placements);
  if (ctx.projectedStarters) {
    return modelStarts(ctx.projectedStarters, months, history.types, centres, ctx.warnings ?? []);
  }
  const starts: ExpectedStarts[] = [];
  for (const entry of history.types.values()) {
    const costCentre = centres.get(entry.type);
    if (entry.starters === 0 || costCentre === undefined) continue;
    const days = months.reduce((sum, _, i) => sum + starterDays(months, i, entry.leavingRate), 0);
    // starters a month × unit cost a week × days ÷ 7
    const cost = ((entry.starters / history.months) * entry.unitCost * days) / 7;
    starts.push({ type: entry.type, costCentre, days: (entry.starters / history.months) * days, cost });
  }
  return starts;
}

/**
 * The demand model's starters, type by type: each month's starters × the days a starter in that
 * month is expected to be paid for (the type's own leaving rate), at the unit cost of the type's
 * recent starters (else the model's), on the line most placements of the type use.
 */
function modelStarts(
  projected: ProjectedStarters,
  months: readonly Month[],
  types: ReadonlyMap<PlacementType, TypeHistory>,
  centres: ReadonlyMap<PlacementType, string>,
  warnings: string[],
): ExpectedStarts[] {
  const starts: ExpectedStarts[] = [];
  for (const type of projectedTypes(projected)) {
    const perMonth = startersInMonths(projected, type, months) ?? [];
    if (!perMonth.some((n) => n > 0)) continue;
    const entry = types.get(type);
    const costCentre = centres.get(type);
    const unitCost = starterUnitCost(type, entry, projected);
    if (costCentre === undefined || unitCost === null) {
      const why =
        costCentre === undefined ? "no placement of the type is on a budget line" : "nothing prices them";
      warnings.push(
        `expected starters: the demand model expects new placements in ${PLACEMENT_TYPES[type]}, but ${why}; counted as £0`,
      );
      continue;
    }
    const rate = entry?.leavingRate ?? 0;
    const days = perMonth.reduce((sum, n, i) => sum + n * starterDays(months, i, rate), 0);
    starts.push({ type, costCentre, days, cost: (unitCost * days) / 7 });
  }
  return starts;
}

export const expectedStarters: DriverSource = {
  driver: "expected-starters",
  kind: "placements",
  cost(ctx) {
    const cost = new Map<string, number>();
    for (const s of expectedStarts(ctx)) cost.set(s.costCentre, (cost.get(s.costCentre) ?? 0) + s.cost);
    return new Map([...cost].map(([costCentre, amount]) => [costCentre, roundPence(amount)]));
  },
};

/**
 * The days of a placement's cost lost, on average, if it ends in `month`: ending on each day of the
 * month in turn, the days from then to `last` inclusive, ÷ the month's days.
 */
export function averageDaysLost(month: Month, last: IsoDate): number {
  if (month.start > last) return 0;
  const fromStart = daysInclusive(month.start, last);
  const endings = Math.min(month.days, fromStart);
  return (endings * (2 * fromStart - endings + 1)) / 2 / month.days;
}

/** The days a running placement is expected to lose, unrounded, if placements of its type end early at `rate` a month. */
export function expectedDaysLost(
  placement: Placement,
  rate: number,
  months: readonly Month[],
  until: IsoDate,
): number {
  const last = placement.plannedEnd === null || placement.plannedEnd > until ? until : placement.plannedEnd;
  let stillRunning = 1;
  let lost = 0;
  for (const month of months) {
    if (placement.plannedEnd !== null && placement.plannedEnd <= month.end) break;
    lost += stillRunning * rate * averageDaysLost(month, last);
    stillRunning *= 1 - rate;
  }
  return lost;
}

/** What a running placement is expected to cost less, in unrounded pence, if placements of its type end early at `rate` a month. */
export function expectedEarlyEnding(
  placement: Placement,
  rate: number,
  months: readonly Month[],
  until: IsoDate,
): number {
  return (expectedDaysLost(placement, rate, months, until) * netWeeklyCost(placement)) / 7;
}

export const expectedLeavers: DriverSource = {
  driver: "expected-leavers",
  kind: "placements",
  cost(ctx) {
    const byCostCentre = new Map<string, Pence>();
    const months = monthsLeft(ctx);
    if (months.length === 0) return byCostCentre;
    const rates = historyAt(ctx).types;
    const lost = new Map<string, number>();
    for (const p of ctx.registers.placements) {
      const rate = rates.get(placementType(p))?.leavingRate ?? 0;
      if (rate === 0 || !isRunningAt(p, ctx.asAt)) continue;
      // A placement whose dates cannot be read is reported by the commitments driver.
      const amount = readable(() => expectedEarlyEnding(p, rate, months, ctx.until)) ?? 0;
      lost.set(p.costCentre, (lost.get(p.costCentre) ?? 0) + amount);
    }
    for (const [costCentre, amount] of lost) byCostCentre.set(costCentre, roundPence(-amount));
    return byCostCentre;
  },
};
