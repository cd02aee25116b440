/**
 * Contract re-tenders: from its date a route costs the new price its contract was let at. The
 * forecast's "re-tenders" driver is the difference against what the routes driver priced.
 */
import { addDays, type IsoDate, maxDate, minDate } from "../calendar/dates.js";
import type { SchoolDayCount } from "../calendar/terms.js";
import type { Pence } from "../money/money.js";
import type { DriverSource } from "../outturn/drivers.js";
import type { HtstRoute } from "./htst.js";
import { routeDailyCost } from "./route-cost.js";

/** A route's contract let again at a new price from a date; keyed by route and date. */
export interface RouteRetender {
  routeRef: string;
  /** The first day the new price applies. */
  date: IsoDate;
  /** The new vehicle price per school day; the passenger assistant's cost is unchanged. */
  newDailyCost: Pence;
  note: string;
}

/**
 * What a route's re-tenders add from `from` to `to` (both inclusive, within the route's own start
 * and end): from each re-tender's date to the day before the next one's, the route costs the new
 * price plus its assistant instead of its current daily cost (nothing, for a route with no price).
 */
export function retenderDifference(
  route: HtstRoute,
  retenders: readonly RouteRetender[],
  from: IsoDate,
  to: IsoDate,
  schoolDays: SchoolDayCount,
): Pence {
  const current = routeDailyCost(route) ?? 0;
  const ordered = [...retenders].sort((a, b) => a.date.localeCompare(b.date));
  let difference = 0;
  ordered.forEach((retender, i) => {
    const next = ordered[i + 1];
    const first = maxDate(maxDate(retender.date, from), route.start);
    let last = minDate(to, route.end ?? to);
    if (next) last = minDate(last, addDays(next.date, -1));
    if (last < first) return;
    difference += (retender.newDailyCost + route.assistantDailyCost - current) * schoolDays(first, last);
  });
  return difference;
}

/** The re-tendered routes' new prices against their current ones, school day by school day. */
export const routeRetenders: DriverSource = {
  driver: "re-tenders",
  kind: "transport",
  cost(ctx) {
    const byCostCentre = new Map<string, Pence>();
    const byRoute = new Map<string, RouteRetender[]>();
    for (const r of ctx.registers.routeRetenders)
      byRoute.set(r.routeRef, [...(byRoute.get(r.routeRef) ?? []), r]);
    for (const route of ctx.registers.htstRoutes) {
      const retenders = byRoute.get(route.routeRef);
      if (!retenders) continue;
      byRoute.delete(route.routeRef);
      const amount = retenderDifference(route, retenders, ctx.from, ctx.until, ctx.schoolDays);
      if (amount !== 0)
        byCostCentre.set(route.costCentre, (byCostCentre.get(route.costCentre) ?? 0) + amount);
    }
    for (const [routeRef, retenders] of byRoute) {
      if (retenders.some((r) => r.date <= ctx.until)) {
        ctx.warnings.push(`route-retenders ${routeRef}: no such route in htst-routes; counted as £0`);
      }
    }
    return byCostCentre;
  },
};
