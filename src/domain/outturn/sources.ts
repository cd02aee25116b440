/**
 * The driver sources, in the order they run: a later source may read what earlier ones priced
 * (ctx.priced), e.g. a vacancy factor on the posts' cost.
 */

import { expectedLeavers, expectedStarters } from "../placements/expected.js";
import { knownEvents } from "../placements/known-events.js";
import { adoptedPlans } from "../transport/adopted-plans.js";
import { newRoutes } from "../transport/new-routes.js";
import { routeRetenders } from "../transport/retender.js";
import { agencyConversions, vacancyFactor } from "../workforce/staffing-sources.js";
import { manualAdjustments } from "./adjustments.js";
import { placementCommitments, postCosts, routeCosts, runRate } from "./commitments.js";
import type { DriverSource } from "./drivers.js";

export const SOURCES: readonly DriverSource[] = [
  placementCommitments,
  knownEvents,
  expectedStarters,
  expectedLeavers,
  postCosts,
  vacancyFactor,
  agencyConversions,
  routeCosts,
  routeRetenders,
  adoptedPlans,
  newRoutes,
  runRate,
  manualAdjustments,
];
