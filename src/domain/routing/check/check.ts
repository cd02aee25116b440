/**
 * The independent feasibility checker. It takes the problem and the routes' stop sequences and times
 * and recomputes everything from them (travel, windows, ride times, loads, who is on board with whom,
 * the fleet used and the objective), trusting nothing the solver computed. It shares no code with the
 * solver: only the contract in model.ts.
 */
import type { Objective, Route, RoutingProblem, RoutingRequest, RoutingSolution } from "../model.js";
import { checkLoad, pairKey } from "./load.js";
import { checkSchedule, type ResolvedStop } from "./schedule.js";
import { checkStructure } from "./structure.js";
import { excess, figure, TIME_TOLERANCE, type Violation } from "./violation.js";

export type { CheckConstraint, Violation } from "./violation.js";

export interface CheckResult {
  feasible: boolean;
  violations: Violation[];
  objective: Objective;
}

export function checkSolution(problem: RoutingProblem, solution: RoutingSolution): CheckResult {
  const requests = new Map<string, RoutingRequest>(problem.requests.map((q) => [q.id, q]));
  const incompatible = new Set(problem.incompatible.map(([a, b]) => pairKey(a, b)));
  const { placements, violations } = checkStructure(problem, solution, requests);
  const travel = problem.travel;
  let cost = 0;
  let distance = 0;

  const used = new Map<string, number>();
  solution.routes.forEach((route, r) => {
    used.set(route.vehicleType, (used.get(route.vehicleType) ?? 0) + 1);
    const type = problem.vehicleTypes.find((t) => t.id === route.vehicleType);
    if (!type) return;
    const resolved = resolveStops(route, requests);
    const bad = [type.depot, ...resolved.map((s) => s.location)].find(
      (l) => !Number.isInteger(l) || l < 0 || l >= travel.size,
    );
    if (bad !== undefined) {
      violations.push({
        route: r,
        vehicleType: type.id,
        stop: null,
        request: null,
        constraint: "sequence",
        message: `Route ${r} (${type.id}) visits location ${bad}, outside the travel matrix of ${travel.size} locations; its times cannot be checked.`,
      });
      return;
    }
    violations.push(...checkSchedule(route, r, type, resolved, travel));
    violations.push(...checkLoad(problem, route, r, type, requests, incompatible));
    const miles = routeDistance(type.depot, resolved, travel);
    distance += miles;
    cost += type.fixedCost + type.distanceCost * miles + (route.assistant ? (type.assistantCost ?? 0) : 0);
  });

  for (const type of problem.vehicleTypes) {
    const n = used.get(type.id) ?? 0;
    if (n > type.count) {
      violations.push({
        route: null,
        vehicleType: type.id,
        stop: null,
        request: null,
        constraint: "fleet",
        message: `The solution uses ${n} routes of vehicle type ${type.id}; the fleet has ${type.count}.`,
      });
    }
  }

  let rideTime = 0;
  for (const [id, at] of placements) {
    const request = requests.get(id) as RoutingRequest;
    const route = solution.routes[at.route] as Route;
    const up = route.stops[at.pickup];
    const down = route.stops[at.dropoff];
    if (!up || !down) continue;
    const ride = down.start - (up.start + request.pickup.service);
    rideTime += ride;
    if (request.maxRide !== null && ride > request.maxRide + TIME_TOLERANCE) {
      violations.push({
        route: at.route,
        vehicleType: route.vehicleType,
        stop: at.dropoff,
        request: id,
        constraint: "max-ride",
        message: `Request ${id} rides for ${figure(ride)} (from the end of service at its pickup, ${figure(up.start + request.pickup.service)}, to the start of service at its drop-off, ${figure(down.start)}); the longest allowed is ${figure(request.maxRide)} (${excess(ride - request.maxRide)} over).`,
      });
    }
  }

  return {
    feasible: violations.length === 0,
    violations,
    objective: { cost, distance, rideTime, vehicles: solution.routes.length },
  };
}

/** Each stop at its request's true place (the stop's own location only when the request is unknown). */
function resolveStops(route: Route, requests: ReadonlyMap<string, RoutingRequest>): ResolvedStop[] {
  return route.stops.map((s) => {
    const request = requests.get(s.request);
    const stop = request
      ? s.kind === "pickup"
        ? request.pickup
        : s.kind === "dropoff"
          ? request.dropoff
          : null
      : null;
    return { location: stop ? stop.location : s.location, stop, label: `${s.kind} of ${s.request}` };
  });
}

function routeDistance(
  depot: number,
  stops: readonly ResolvedStop[],
  travel: RoutingProblem["travel"],
): number {
  let total = 0;
  let place = depot;
  for (const s of stops) {
    total += travel.distance[place * travel.size + s.location] as number;
    place = s.location;
  }
  return total + (travel.distance[place * travel.size + depot] as number);
}

/**
 * Where a claimed objective (the solver's) differs from the checker's, one sentence each; empty when
 * they agree within a relative tolerance (default one part in a billion, for floating-point sums).
 */
export function objectiveDifferences(claimed: Objective, checked: Objective, tolerance = 1e-9): string[] {
  const out: string[] = [];
  for (const key of ["cost", "distance", "rideTime", "vehicles"] as const) {
    const a = claimed[key];
    const b = checked[key];
    if (Math.abs(a - b) > tolerance * Math.max(1, Math.abs(b))) {
      out.push(`The solver reports ${key} ${figure(a, true)}; the checker computes ${figure(b, true)}.`);
    }
  }
  return out;
}
