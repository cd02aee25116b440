/**
 * The first drivers: what the registers commit the council to after the period end, read once per
 * register so the forecast costs O(rows), not O(lines × rows); and the run-rate of other lines.
 */
import type { IsoDate } from "../calendar/dates.js";
import { type Pence, prorate } from "../money/money.js";
import { placementCommitment } from "../placements/commitment.js";
import { netWeeklyCost } from "../placements/placement.js";
import type { CouncilRegisters } from "../registers.js";
import { routeCost, routeDailyCost } from "../transport/route-cost.js";
import { missingRate, postCost, postRate } from "../workforce/post-cost.js";
import { priceItem } from "./context.js";
import type { DriverSource } from "./drivers.js";

/** Each placement running at the period end, at its net weekly cost to its planned end or 31 March. */
export const placementCommitments: DriverSource = {
  driver: "commitments",
  kind: "placements",
  cost(ctx) {
    const byCostCentre = new Map<string, Pence>();
    for (const p of ctx.registers.placements) {
      priceItem(
        ctx,
        byCostCentre,
        { register: "placements", key: p.placementRef, costCentre: p.costCentre },
        () => netWeeklyCost(p),
        (to) => placementCommitment(p, ctx.asAt, to),
      );
    }
    return byCostCentre;
  },
};

/** Each post from the day after the period end to its end or 31 March. */
export const postCosts: DriverSource = {
  driver: "posts",
  kind: "staffing",
  cost(ctx) {
    const byCostCentre = new Map<string, Pence>();
    for (const post of ctx.registers.workforce) {
      priceItem(
        ctx,
        byCostCentre,
        { register: "workforce", key: post.postRef, costCentre: post.costCentre },
        () => postRate(post),
        (to) => postCost(post, ctx.from, to, ctx.yearDays) ?? missingRate(post),
      );
    }
    return byCostCentre;
  },
};

const UNPRICED_ROUTE = "route has no daily cost, and no miles and rate per mile";

/** Each route's daily cost × the school days left in the term calendar. */
export const routeCosts: DriverSource = {
  driver: "routes",
  kind: "transport",
  cost(ctx) {
    const byCostCentre = new Map<string, Pence>();
    for (const route of ctx.registers.htstRoutes) {
      priceItem(
        ctx,
        byCostCentre,
        { register: "htst-routes", key: route.routeRef, costCentre: route.costCentre },
        () => routeDailyCost(route),
        (to) => routeCost(route, ctx.from, to, ctx.schoolDays) ?? UNPRICED_ROUTE,
      );
    }
    if (ctx.registers.htstRoutes.length > 0 && ctx.from <= ctx.until) {
      ctx.warnings.push(...calendarCoverage(ctx.registers.terms, ctx.until));
    }
    return byCostCentre;
  },
};

/** Other lines: actual to date ÷ periods elapsed × periods remaining. */
export const runRate: DriverSource = {
  driver: "run-rate",
  kind: "other",
  cost(ctx) {
    const byCostCentre = new Map<string, Pence>();
    for (const [costCentre, actual] of ctx.actualToDate) {
      byCostCentre.set(costCentre, prorate(actual, 12 - ctx.at.period, ctx.at.period));
    }
    return byCostCentre;
  },
};

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
