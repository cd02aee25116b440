/**
 * The ledger Demoshire's registers imply: for each cost centre and period, what was spent.
 * - placements: net weekly cost × days in the month ÷ 7 (prorate), at the price in force that month,
 *   rounded once per placement per month (prices change only on 1 April, so one price a month);
 * - staffing: each post's cost in the month by the same rule the forecast uses (postCost), at the
 *   pay in force then; vacant posts cost nothing;
 * - transport: each route's daily cost (plus assistant) × its school days in the month;
 * - other lines: the budget profile with a line's typical overrun and some noise.
 */
import type { BudgetLine, LedgerActual } from "../domain/budget/budget.js";
import { daysInclusive, type IsoDate, maxDate, minDate } from "../domain/calendar/dates.js";
import {
  daysInYear,
  type FinancialYear,
  type PeriodRef,
  periodEnd,
  periodStart,
} from "../domain/calendar/financial.js";
import type { SchoolDayCount } from "../domain/calendar/terms.js";
import { type Pence, prorate, scale } from "../domain/money/money.js";
import { netWeeklyCost } from "../domain/placements/placement.js";
import type { HtstRoute } from "../domain/transport/htst.js";
import { postCost } from "../domain/workforce/post-cost.js";
import type { LineSpec } from "./budget.js";
import type { SimulatedPlacement } from "./placements.js";
import type { Random } from "./random.js";
import { routeDailyCost } from "./transport.js";
import type { SimulatedPost } from "./workforce.js";

interface Period {
  ref: PeriodRef;
  start: IsoDate;
  end: IsoDate;
  daysInYear: number;
}

/** Amounts by cost centre, then by "year:period". */
export class Ledger {
  readonly periods: Period[];
  private readonly amounts = new Map<string, Map<string, Pence>>();

  constructor(refs: PeriodRef[]) {
    this.periods = refs.map((ref) => ({
      ref,
      start: periodStart(ref),
      end: periodEnd(ref),
      daysInYear: daysInYear(ref.year),
    }));
  }

  add(costCentre: string, ref: PeriodRef, amount: Pence): void {
    const byPeriod = this.amounts.get(costCentre) ?? new Map<string, Pence>();
    const key = `${ref.year}:${ref.period}`;
    byPeriod.set(key, (byPeriod.get(key) ?? 0) + amount);
    this.amounts.set(costCentre, byPeriod);
  }

  amount(costCentre: string, ref: PeriodRef): Pence {
    return this.amounts.get(costCentre)?.get(`${ref.year}:${ref.period}`) ?? 0;
  }

  yearTotal(costCentre: string, year: FinancialYear): Pence {
    let total = 0;
    for (const p of this.periods) if (p.ref.year === year) total += this.amount(costCentre, p.ref);
    return total;
  }

  /** Calls back for each period a span [start, end] overlaps, with the overlap's first and last day. */
  overlaps(
    start: IsoDate,
    end: IsoDate | null,
    each: (period: Period, from: IsoDate, to: IsoDate) => void,
  ): void {
    for (const period of this.periods) {
      const from = maxDate(start, period.start);
      const to = minDate(end ?? period.end, period.end);
      if (from <= to) each(period, from, to);
    }
  }
}

export function addPlacementCosts(ledger: Ledger, placements: readonly SimulatedPlacement[]): void {
  for (const { placement, prices } of placements) {
    ledger.overlaps(placement.start, placement.end, (period, from, to) => {
      const price = [...prices].reverse().find((p) => p.from <= from) ?? prices[0];
      if (!price) return;
      ledger.add(placement.costCentre, period.ref, prorate(netWeeklyCost(price), daysInclusive(from, to), 7));
    });
  }
}

export function addStaffingCosts(ledger: Ledger, posts: readonly SimulatedPost[]): void {
  for (const { post, pay } of posts) {
    ledger.overlaps(post.start, post.end, (period, from, to) => {
      const rate = [...pay].reverse().find((p) => p.from <= from) ?? pay[0];
      const priced = post.status === "permanent" ? { ...post, annualCost: rate?.annualCost ?? null } : post;
      ledger.add(post.costCentre, period.ref, postCost(priced, from, to, period.daysInYear) ?? 0);
    });
  }
}

export function addTransportCosts(
  ledger: Ledger,
  routes: readonly HtstRoute[],
  schoolDays: SchoolDayCount,
): void {
  for (const route of routes) {
    const daily = routeDailyCost(route);
    ledger.overlaps(route.start, route.end, (period, from, to) => {
      ledger.add(route.costCentre, period.ref, daily * schoolDays(from, to));
    });
  }
}

/** Other lines spend their monthly profile, over or under by the line's typical overrun, with noise. */
export function addOtherCosts(
  ledger: Ledger,
  lines: readonly BudgetLine[],
  specs: readonly LineSpec[],
  rng: Random,
): void {
  const overrun = new Map(specs.map((s) => [s.costCentre, s.overrun ?? 0]));
  for (const line of lines) {
    if (line.kind !== "other") continue;
    for (const period of ledger.periods) {
      if (period.ref.year !== line.year) continue;
      const planned = line.profile[period.ref.period - 1] ?? 0;
      ledger.add(
        line.costCentre,
        period.ref,
        scale(planned, 1 + (overrun.get(line.costCentre) ?? 0) + rng.normal(0, 0.06)),
      );
    }
  }
}

/** One ledger row for every budget line's cost centre in every period, zero where nothing was spent. */
export function ledgerActuals(ledger: Ledger, lines: readonly BudgetLine[]): LedgerActual[] {
  const rows: LedgerActual[] = [];
  for (const period of ledger.periods) {
    for (const line of lines) {
      if (line.year !== period.ref.year) continue;
      rows.push({
        ...period.ref,
        costCentre: line.costCentre,
        amount: ledger.amount(line.costCentre, period.ref),
      });
    }
  }
  return rows;
}
