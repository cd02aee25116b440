/**
 * What the registers commit the council to after the period end, by budget kind and cost centre.
 * Each register is read once, so the forecast costs O(rows), not O(lines × rows).
 */
import type { BudgetKind } from "../budget/budget.js";
import { addDays, DateError, type IsoDate, isIsoDate } from "../calendar/dates.js";
import { daysInYear, type PeriodRef, periodEnd, yearEnd } from "../calendar/financial.js";
import {
  type SchoolDayCount,
  schoolDayCounter,
  type TermCalendar,
  validateTermCalendar,
} from "../calendar/terms.js";
import { MoneyError, type Pence } from "../money/money.js";
import { placementCommitment } from "../placements/commitment.js";
import type { CouncilRegisters } from "../registers.js";
import { routeCost } from "../transport/route-cost.js";
import { missingRate, postCost } from "../workforce/post-cost.js";

/** The kinds whose remaining cost comes from a register; "other" runs at its rate to date. */
export type RegisterKind = Exclude<BudgetKind, "other">;

export interface Commitments {
  /** Cost from the day after the period end to 31 March, by kind, then by cost centre. */
  remaining: Record<RegisterKind, Map<string, Pence>>;
  /** Data problems, each naming the register and the row's key. */
  warnings: string[];
}

export function remainingCommitments(registers: CouncilRegisters, at: PeriodRef): Commitments {
  const asAt = periodEnd(at);
  const from = addDays(asAt, 1);
  const until = yearEnd(at.year);
  const remaining: Commitments["remaining"] = {
    placements: new Map(),
    staffing: new Map(),
    transport: new Map(),
  };
  const warnings: string[] = [];

  /** Adds a row's cost to its cost centre; a row that cannot be priced is reported, not guessed. */
  function add(kind: RegisterKind, costCentre: string, row: string, cost: () => Pence | string): void {
    let result: Pence | string;
    try {
      result = cost();
    } catch (error) {
      if (!(error instanceof DateError || error instanceof MoneyError)) throw error;
      result = error.message;
    }
    if (typeof result === "string") warnings.push(`${row}: ${result}; counted as £0`);
    else remaining[kind].set(costCentre, (remaining[kind].get(costCentre) ?? 0) + result);
  }

  for (const p of registers.placements) {
    add("placements", p.costCentre, `placements ${p.placementRef}`, () =>
      placementCommitment(p, asAt, until),
    );
  }
  const yearDays = daysInYear(at.year);
  for (const post of registers.workforce) {
    add(
      "staffing",
      post.costCentre,
      `workforce ${post.postRef}`,
      () => postCost(post, from, until, yearDays) ?? missingRate(post),
    );
  }
  const schoolDays = calendarCounter({ terms: registers.terms, closures: registers.closures }, warnings);
  const unpriced = "route has no daily cost, and no miles and rate per mile";
  for (const route of registers.htstRoutes) {
    add(
      "transport",
      route.costCentre,
      `htst-routes ${route.routeRef}`,
      () => routeCost(route, from, until, schoolDays) ?? unpriced,
    );
  }
  if (registers.htstRoutes.length > 0 && from <= until) {
    warnings.push(...calendarCoverage(registers.terms, until));
  }
  return { remaining, warnings };
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
