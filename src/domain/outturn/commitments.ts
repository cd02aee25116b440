/**
 * What the registers commit the council to after the period end, by budget kind and cost centre.
 * Each register is read once, so the forecast costs O(rows), not O(lines × rows).
 */
import type { BudgetKind } from "../budget/budget.js";
import { addDays, DateError, type IsoDate, isIsoDate } from "../calendar/dates.js";
import { daysInYear, type PeriodNumber, type PeriodRef, periodEnd, yearEnd } from "../calendar/financial.js";
import {
  type SchoolDayCount,
  schoolDayCounter,
  type TermCalendar,
  validateTermCalendar,
} from "../calendar/terms.js";
import { MoneyError, type Pence } from "../money/money.js";
import { placementCommitment } from "../placements/commitment.js";
import { netWeeklyCost } from "../placements/placement.js";
import type { CouncilRegisters } from "../registers.js";
import { routeCost, routeDailyCost } from "../transport/route-cost.js";
import { missingRate, postCost, postRate } from "../workforce/post-cost.js";

/** The kinds whose remaining cost comes from a register; "other" runs at its rate to date. */
export type RegisterKind = Exclude<BudgetKind, "other">;

/** A register row the forecast priced: what it still costs, and how much of that falls in the next period. */
export interface ForecastItem {
  register: "placements" | "workforce" | "htst-routes";
  key: string;
  costCentre: string;
  /** The price the forecast used: net weekly cost, a post's annual cost or day rate × FTE, a route's daily cost. */
  rate: Pence;
  /** Cost from the day after the period end to 31 March. */
  remaining: Pence;
  /** The part of `remaining` that falls in the next period (0 at P12). */
  nextPeriod: Pence;
}

export interface Commitments {
  /** Cost from the day after the period end to 31 March, by kind, then by cost centre. */
  remaining: Record<RegisterKind, Map<string, Pence>>;
  /** Each row still costing something after the period end. */
  items: ForecastItem[];
  /** Data problems, each naming the register and the row's key. */
  warnings: string[];
}

const KIND_OF: Record<ForecastItem["register"], RegisterKind> = {
  placements: "placements",
  workforce: "staffing",
  "htst-routes": "transport",
};

export function remainingCommitments(registers: CouncilRegisters, at: PeriodRef): Commitments {
  const asAt = periodEnd(at);
  const from = addDays(asAt, 1);
  const until = yearEnd(at.year);
  const nextEnd =
    at.period === 12 ? asAt : periodEnd({ year: at.year, period: (at.period + 1) as PeriodNumber });
  const remaining: Commitments["remaining"] = {
    placements: new Map(),
    staffing: new Map(),
    transport: new Map(),
  };
  const items: ForecastItem[] = [];
  const warnings: string[] = [];

  /** Prices a row to 31 March and to the next period's end; a row that cannot be priced is reported, not guessed. */
  function add(
    item: Pick<ForecastItem, "register" | "key" | "costCentre">,
    rate: () => Pence | null,
    costTo: (to: IsoDate) => Pence | string,
  ): void {
    let result: Pence | string;
    let next: Pence | string = 0;
    try {
      result = costTo(until);
      if (typeof result === "number" && result !== 0) next = costTo(nextEnd);
    } catch (error) {
      if (!(error instanceof DateError || error instanceof MoneyError)) throw error;
      result = error.message;
    }
    if (typeof result === "string") {
      warnings.push(`${item.register} ${item.key}: ${result}; counted as £0`);
      return;
    }
    if (result === 0) return;
    const kind = remaining[KIND_OF[item.register]];
    kind.set(item.costCentre, (kind.get(item.costCentre) ?? 0) + result);
    items.push({
      ...item,
      rate: rate() ?? 0,
      remaining: result,
      nextPeriod: typeof next === "number" ? next : 0,
    });
  }

  for (const p of registers.placements) {
    add(
      { register: "placements", key: p.placementRef, costCentre: p.costCentre },
      () => netWeeklyCost(p),
      (to) => placementCommitment(p, asAt, to),
    );
  }
  const yearDays = daysInYear(at.year);
  for (const post of registers.workforce) {
    add(
      { register: "workforce", key: post.postRef, costCentre: post.costCentre },
      () => postRate(post),
      (to) => postCost(post, from, to, yearDays) ?? missingRate(post),
    );
  }
  const schoolDays = calendarCounter({ terms: registers.terms, closures: registers.closures }, warnings);
  const unpriced = "route has no daily cost, and no miles and rate per mile";
  for (const route of registers.htstRoutes) {
    add(
      { register: "htst-routes", key: route.routeRef, costCentre: route.costCentre },
      () => routeDailyCost(route),
      (to) => routeCost(route, from, to, schoolDays) ?? unpriced,
    );
  }
  if (registers.htstRoutes.length > 0 && from <= until) {
    warnings.push(...calendarCoverage(registers.terms, until));
  }
  return { remaining, items, warnings };
}

/** The council's school-day count. Its calendar's problems are reported; dates that cannot be read are left out. */
function calendarCounter(calendar: TermCalendar, warnings: string[]): SchoolDayCount {
  warnings.push(...validateTermCalendar(calendar).map((problem) => `term calendar: ${problem}`));
  return schoolDayCounter({
    terms: calendar.terms.filter((term) => isIsoDate(term.start) && isIsoDate(term.end)),
    closures: calendar.closures.filter((closure) => isIsoDate(closure.date)),
  });
}

/** A calendar that stops before 31 March would quietly forecast transport at nothing. */
function calendarCoverage(terms: CouncilRegisters["terms"], until: IsoDate): string[] {
  const lastDay = terms.reduce<IsoDate | null>(
    (last, t) => (last === null || t.end > last ? t.end : last),
    null,
  );
  if (lastDay !== null && lastDay >= until) return [];
  const ends = lastDay === null ? "has no terms" : `ends on ${lastDay}`;
  return [`term calendar: the calendar ${ends}, before ${until}; school days after it are not forecast`];
}
