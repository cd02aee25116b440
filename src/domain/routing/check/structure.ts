/**
 * The solution's structure: every request served exactly once (its pickup then its drop-off, on
 * one route) or listed as unserved with a reason, never both, never missing, never twice; every
 * stop at its request's place; every route of a known vehicle type, no type used more than it has.
 */
import type { RoutingProblem, RoutingRequest, RoutingSolution, Stop } from "../model.js";
import type { Violation } from "./violation.js";

const CONSTRAINTS = new Set([
  "time-window",
  "max-ride",
  "capacity",
  "wheelchair",
  "route-duration",
  "assistant",
  "fleet",
  "unreachable",
]);

/** Where a served request sits: its route and the indices of its two stops on it. */
export interface Placement {
  route: number;
  pickup: number;
  dropoff: number;
}

export function checkStructure(
  problem: RoutingProblem,
  solution: RoutingSolution,
  requests: ReadonlyMap<string, RoutingRequest>,
): { placements: Map<string, Placement>; violations: Violation[] } {
  const violations: Violation[] = [];
  const pickups = new Map<string, { route: number; stop: number }[]>();
  const dropoffs = new Map<string, { route: number; stop: number }[]>();
  const fault = (route: number | null, stop: number | null, request: string | null, message: string) => {
    const vehicleType = route === null ? null : (solution.routes[route]?.vehicleType ?? null);
    violations.push({ route, vehicleType, stop, request, constraint: "sequence", message });
  };

  solution.routes.forEach((route, r) => {
    const type = problem.vehicleTypes.find((t) => t.id === route.vehicleType);
    if (!type)
      fault(
        r,
        null,
        null,
        `Route ${r} uses vehicle type "${route.vehicleType}", which the problem does not have.`,
      );
    route.stops.forEach((stop, k) => {
      const request = requests.get(stop.request);
      if (!request) {
        fault(
          r,
          k,
          stop.request,
          `Route ${r} stop ${k} is for request "${stop.request}", which the problem does not have.`,
        );
        return;
      }
      if (stop.kind !== "pickup" && stop.kind !== "dropoff") {
        fault(
          r,
          k,
          stop.request,
          `Route ${r} stop ${k} is a "${String(stop.kind)}"; a stop is a pickup or a dropoff.`,
        );
        return;
      }
      (stop.kind === "pickup" ? pickups : dropoffs).set(stop.request, [
        ...((stop.kind === "pickup" ? pickups : dropoffs).get(stop.request) ?? []),
        { route: r, stop: k },
      ]);
      const expected: Stop = stop.kind === "pickup" ? request.pickup : request.dropoff;
      if (stop.location !== expected.location) {
        fault(
          r,
          k,
          stop.request,
          `Route ${r} stop ${k} (${stop.kind} of ${stop.request}) is at location ${stop.location}; the request's ${stop.kind} is at ${expected.location}.`,
        );
      }
    });
  });

  const unserved = new Map<string, number>();
  for (const u of solution.unserved) {
    if (!requests.has(u.request))
      fault(null, null, u.request, `Unserved request "${u.request}" is not in the problem.`);
    unserved.set(u.request, (unserved.get(u.request) ?? 0) + 1);
    if (!CONSTRAINTS.has(u.constraint) || typeof u.reason !== "string" || u.reason.trim() === "") {
      fault(
        null,
        null,
        u.request,
        `Request ${u.request} is unserved without a constraint and a reason (constraint "${String(u.constraint)}", reason "${String(u.reason ?? "")}").`,
      );
    }
  }

  const placements = new Map<string, Placement>();
  for (const request of problem.requests) {
    const id = request.id;
    const ups = pickups.get(id) ?? [];
    const downs = dropoffs.get(id) ?? [];
    const listed = unserved.get(id) ?? 0;
    if (listed > 1) fault(null, null, id, `Request ${id} is listed as unserved ${listed} times.`);
    if (listed > 0 && ups.length + downs.length > 0) {
      fault(
        ups[0]?.route ?? downs[0]?.route ?? null,
        null,
        id,
        `Request ${id} is listed as unserved but is on a route.`,
      );
    }
    if (listed === 0 && ups.length + downs.length === 0) {
      fault(null, null, id, `Request ${id} is neither on a route nor listed as unserved.`);
    }
    if (ups.length > 1)
      fault(
        ups[1]?.route ?? null,
        ups[1]?.stop ?? null,
        id,
        `Request ${id} is picked up ${ups.length} times.`,
      );
    if (downs.length > 1) {
      fault(
        downs[1]?.route ?? null,
        downs[1]?.stop ?? null,
        id,
        `Request ${id} is dropped off ${downs.length} times.`,
      );
    }
    const up = ups[0];
    const down = downs[0];
    if (up && !down)
      fault(up.route, up.stop, id, `Request ${id} is picked up on route ${up.route} but never dropped off.`);
    if (down && !up)
      fault(
        down.route,
        down.stop,
        id,
        `Request ${id} is dropped off on route ${down.route} but never picked up.`,
      );
    if (!up || !down) continue;
    if (up.route !== down.route) {
      fault(
        up.route,
        up.stop,
        id,
        `Request ${id} is picked up on route ${up.route} but dropped off on route ${down.route}.`,
      );
    } else if (down.stop < up.stop) {
      fault(
        up.route,
        down.stop,
        id,
        `Request ${id} is dropped off (stop ${down.stop}) before it is picked up (stop ${up.stop}).`,
      );
    } else if (ups.length === 1 && downs.length === 1) {
      placements.set(id, { route: up.route, pickup: up.stop, dropoff: down.stop });
    }
  }
  return { placements, violations };
}
