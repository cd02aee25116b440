/**
 * The drivers a saving can be linked to as its evidence: each a figure Outturn measures from the
 * registers on any date, such as the number of residential placements or the agency FTE.
 */
import { assumptionValue } from "../assumptions.js";
import type { IsoDate } from "../calendar/dates.js";
import { isRunningAt } from "../placements/commitment.js";
import type { Placement } from "../placements/placement.js";
import { priceHistory, weeklyCostOn } from "../placements/prices.js";
import { type PlacementType, placementType, RESIDENTIAL_TYPES } from "../placements/types.js";
import type { CouncilRegisters } from "../registers.js";
import type { HtstRoute } from "../transport/htst.js";
import { routeDailyCost } from "../transport/route-cost.js";
import { inPost } from "../workforce/agency-premium.js";
import type { Post } from "../workforce/post.js";

export type SavingDriverUnit = "count" | "fte" | "pence";

export interface SavingDriverSpec {
  label: string;
  unit: SavingDriverUnit;
  /** It counts children, so a member sees its small values suppressed. */
  people?: true;
  /** The driver's value on a date, from the registers as they stand. */
  measure(registers: CouncilRegisters, on: IsoDate): number;
}

export const SAVING_DRIVER_NAMES = [
  "looked-after-children",
  "residential-placements",
  "residential-weekly-cost",
  "high-cost-placements",
  "ifa-placements",
  "in-house-foster-placements",
  "agency-fte",
  "social-worker-fte",
  "transport-daily-cost",
  "transport-routes",
  "single-occupancy-routes",
] as const;

export type SavingDriverName = (typeof SAVING_DRIVER_NAMES)[number];

/** Placements running on the day, as the high-cost list and the commitments count them. */
const running = (r: CouncilRegisters, on: IsoDate) => r.placements.filter((p) => isRunningAt(p, on));
const ofTypes = (types: readonly PlacementType[]) => (r: CouncilRegisters, on: IsoDate) =>
  running(r, on).filter((p) => types.includes(placementType(p)));
const residential = ofTypes(RESIDENTIAL_TYPES);

/** Each placement's gross weekly price in force on the day (price history and uplifts applied). */
function weeklyCosts(r: CouncilRegisters, placements: readonly Placement[], on: IsoDate): number[] {
  const history = priceHistory(r.placementPrices);
  return placements.map((p) => weeklyCostOn(p, history, on));
}

/** FTE added in hundredths, so that 0.6 + 0.8 is 1.4 (as the establishment's counts are). */
const fte = (posts: readonly Post[]) => posts.reduce((sum, p) => sum + Math.round(p.fte * 100), 0) / 100;
const postsOn = (r: CouncilRegisters, on: IsoDate) => r.workforce.filter((p) => inPost(p, on));
/** Any role whose name says social worker: "Social worker", "Supervising social worker", … */
const isSocialWorker = (role: string) => /social worker/i.test(role);

/** Routes running on the day (start and end both inclusive, as the school days are counted). */
const routesOn = (r: CouncilRegisters, on: IsoDate) =>
  r.htstRoutes.filter((route) => route.start <= on && (route.end === null || route.end >= on));

/** A route's daily cost on the day: the latest re-tender price from on or before it, else its own. */
function dailyCostOn(r: CouncilRegisters, route: HtstRoute, on: IsoDate): number {
  const retender = r.routeRetenders
    .filter((t) => t.routeRef === route.routeRef && t.date <= on)
    .sort((a, b) => a.date.localeCompare(b.date))
    .at(-1);
  if (retender) return retender.newDailyCost + route.assistantDailyCost;
  return routeDailyCost(route) ?? 0;
}

const total = (amounts: readonly number[]) => amounts.reduce((a, b) => a + b, 0);

export const SAVING_DRIVERS: Readonly<Record<SavingDriverName, SavingDriverSpec>> = {
  "looked-after-children": {
    label: "Looked-after children",
    unit: "count",
    people: true,
    measure: (r, on) => new Set(running(r, on).map((p) => p.childRef)).size,
  },
  "residential-placements": {
    label: "Residential placements",
    unit: "count",
    people: true,
    measure: (r, on) => residential(r, on).length,
  },
  "residential-weekly-cost": {
    label: "Residential placements' weekly cost",
    unit: "pence",
    measure: (r, on) => total(weeklyCosts(r, residential(r, on), on)),
  },
  "high-cost-placements": {
    label: "High-cost placements",
    unit: "count",
    people: true,
    measure: (r, on) => {
      const threshold = assumptionValue(r.assumptions, "high-cost-weekly-threshold");
      return weeklyCosts(r, running(r, on), on).filter((cost) => cost >= threshold).length;
    },
  },
  "ifa-placements": {
    label: "IFA foster placements",
    unit: "count",
    people: true,
    measure: (r, on) => ofTypes(["foster-ifa"])(r, on).length,
  },
  "in-house-foster-placements": {
    label: "In-house foster placements",
    unit: "count",
    people: true,
    measure: (r, on) => ofTypes(["foster-in-house"])(r, on).length,
  },
  "agency-fte": {
    label: "Agency FTE",
    unit: "fte",
    measure: (r, on) => fte(postsOn(r, on).filter((p) => p.status === "agency")),
  },
  "social-worker-fte": {
    label: "Social worker FTE",
    unit: "fte",
    measure: (r, on) => fte(postsOn(r, on).filter((p) => isSocialWorker(p.role))),
  },
  "transport-daily-cost": {
    label: "Transport daily cost",
    unit: "pence",
    measure: (r, on) => total(routesOn(r, on).map((route) => dailyCostOn(r, route, on))),
  },
  "transport-routes": {
    label: "Transport routes",
    unit: "count",
    measure: (r, on) => routesOn(r, on).length,
  },
  "single-occupancy-routes": {
    label: "Single-occupancy routes",
    unit: "count",
    measure: (r, on) => routesOn(r, on).filter((route) => route.occupancy === "single").length,
  },
};
