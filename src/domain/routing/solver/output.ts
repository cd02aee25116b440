/** The search's solution as the contract's RoutingSolution, with schedules that keep rides short, and its objective. */
import type { Objective, Route as RouteOut, RoutingSolution, ScheduledStop, Unserved } from "../model.js";
import type { Instance } from "./instance.js";
import { earliest, shortenRides } from "./schedule.js";
import type { Solution } from "./solution.js";

export function objectiveOf(sol: Solution): Objective {
  let distance = 0;
  for (const r of sol.routes) distance += r.distance;
  return { cost: sol.cost(), distance, rideTime: sol.rideTime(), vehicles: sol.routes.length };
}

export function toRoutes(inst: Instance, sol: Solution): RouteOut[] {
  const { problem, time, size, loc, service } = inst;
  return sol.routes.map((route) => {
    const { seq, m, type } = route;
    const B = new Float64Array(m + 2);
    if (!earliest(inst, seq, m, type, B))
      throw new Error("internal error: a route in the solution has no feasible schedule");
    shortenRides(inst, seq, m, type, B);
    let here = inst.depot[type] as number;
    let free = B[0] as number;
    const stops: ScheduledStop[] = seq.map((v, k) => {
      const arrival = free + (time[here * size + (loc[v] as number)] as number);
      const start = B[k + 1] as number;
      here = loc[v] as number;
      free = start + (service[v] as number);
      return {
        request: problem.requests[v >> 1]?.id as string,
        kind: v & 1 ? "dropoff" : "pickup",
        location: loc[v] as number,
        arrival,
        start,
        departure: free,
      };
    });
    return {
      vehicleType: problem.vehicleTypes[type]?.id as string,
      leave: B[0] as number,
      back: B[m + 1] as number,
      stops,
      assistant: route.assists > 0,
    };
  });
}

/** Requests left in the bank: servable alone, but the fleet ran out of vehicles with room. */
export function fleetShort(inst: Instance, sol: Solution): Unserved[] {
  const inUse = inst.problem.vehicleTypes.map((v, t) => `${sol.used[t]} ${v.id}`).join(", ");
  return [...sol.bank]
    .sort((a, b) => a - b)
    .map((r) => ({
      request: inst.problem.requests[r]?.id as string,
      constraint: "fleet",
      reason: `it could travel alone, but every vehicle is in use (${inUse}) and none of their routes has room for it`,
    }));
}

export type { RoutingSolution };
