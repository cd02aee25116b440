/**
 * The driver sources, in the order they run: a later source may read what earlier ones priced
 * (ctx.priced), e.g. a vacancy factor on the posts' cost.
 */
import { placementCommitments, postCosts, routeCosts, runRate } from "./commitments.js";
import type { DriverSource } from "./drivers.js";

export const SOURCES: readonly DriverSource[] = [placementCommitments, postCosts, routeCosts, runRate];
