import { type IsoDate, maxDate, minDate } from "../calendar/dates.js";
import type { SchoolDayCount } from "../calendar/terms.js";
import { type Pence, scale } from "../money/money.js";
import type { HtstRoute } from "./htst.js";

/**
 * What a route costs per school day: its fixed daily price, or else its daily miles × rate per mile
 * (rounded once, exactly in decimal), plus the passenger assistant. Null when it has no price.
 */
export function routeDailyCost(route: HtstRoute): Pence | null {
  if (route.dailyCost !== null) return route.dailyCost + route.assistantDailyCost;
  if (route.dailyMiles === null || route.ratePerMile === null) return null;
  return scale(route.ratePerMile, route.dailyMiles) + route.assistantDailyCost;
}

/**
 * What a route costs from `from` to `to` (both inclusive, within its own start and end): its daily
 * cost × the school days. Null when it runs in the span but has no price, so the caller can report it.
 */
export function routeCost(
  route: HtstRoute,
  from: IsoDate,
  to: IsoDate,
  schoolDays: SchoolDayCount,
): Pence | null {
  const first = maxDate(from, route.start);
  const last = route.end === null ? to : minDate(to, route.end);
  if (last < first) return 0;
  const daily = routeDailyCost(route);
  return daily === null ? null : daily * schoolDays(first, last);
}
