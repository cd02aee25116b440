/**
 * Who is on board, stop by stop: the load in every dimension never above the vehicle's capacity (an
 * assistant holds one unit of the first dimension, a seat, for the whole route); a request that must
 * travel alone never with anyone else; incompatible pairs never together; a request that needs an
 * assistant only on a route that carries one, of a vehicle type that can.
 */
import type { Route, RoutingProblem, RoutingRequest, VehicleType } from "../model.js";
import type { CheckConstraint, Violation } from "./violation.js";

/** The key of an unordered pair of request ids. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

export function checkLoad(
  problem: RoutingProblem,
  route: Route,
  r: number,
  type: VehicleType,
  requests: ReadonlyMap<string, RoutingRequest>,
  incompatible: ReadonlySet<string>,
): Violation[] {
  const violations: Violation[] = [];
  const name = `Route ${r} (${type.id})`;
  const add = (stop: number | null, request: string | null, constraint: CheckConstraint, message: string) =>
    violations.push({ route: r, vehicleType: type.id, stop, request, constraint, message });

  const dims = Math.max(type.capacity.length, problem.dimensions.length);
  const dimension = (d: number) => problem.dimensions[d] ?? `dimension ${d}`;
  const over = (d: number): CheckConstraint =>
    d > 0 && /wheelchair/i.test(dimension(d)) ? "wheelchair" : "capacity";
  const load = new Array<number>(dims).fill(0);

  if (route.assistant) {
    load[0] = 1;
    if (type.assistantCost === null) {
      add(
        null,
        null,
        "assistant",
        `${name} carries a passenger assistant, but vehicle type ${type.id} cannot take one.`,
      );
    }
    if ((type.capacity[0] ?? 0) < 1) {
      add(
        null,
        null,
        over(0),
        `${name} carries a passenger assistant, who needs one ${dimension(0)}; the vehicle has ${type.capacity[0] ?? 0}.`,
      );
    }
  }

  const onBoard: string[] = [];
  route.stops.forEach((s, k) => {
    const request = requests.get(s.request);
    if (!request) return;
    if (s.kind === "dropoff") {
      const at = onBoard.indexOf(s.request);
      if (at < 0) return;
      onBoard.splice(at, 1);
      for (let d = 0; d < dims; d++) load[d] = (load[d] ?? 0) - (request.load[d] ?? 0);
      return;
    }
    if (s.kind !== "pickup" || onBoard.includes(s.request)) return;
    if (request.needsAssistant && !route.assistant) {
      add(
        k,
        s.request,
        "assistant",
        `Request ${s.request} needs a passenger assistant; ${name} carries none.`,
      );
    }
    for (const other of onBoard) {
      const otherRequest = requests.get(other) as RoutingRequest;
      if (request.alone || otherRequest.alone) {
        const single = request.alone ? s.request : other;
        add(
          k,
          s.request,
          "alone",
          `Request ${single} must travel alone, but ${name} picks up ${s.request} at stop ${k} while ${other} is on board.`,
        );
      }
      if (incompatible.has(pairKey(s.request, other))) {
        add(
          k,
          s.request,
          "incompatible",
          `Requests ${s.request} and ${other} must not travel together, but ${name} picks up ${s.request} at stop ${k} while ${other} is on board.`,
        );
      }
    }
    onBoard.push(s.request);
    for (let d = 0; d < dims; d++) {
      load[d] = (load[d] ?? 0) + (request.load[d] ?? 0);
      const capacity = type.capacity[d] ?? 0;
      if ((load[d] ?? 0) > capacity) {
        const assistant = d === 0 && route.assistant ? " (one of them the passenger assistant)" : "";
        add(
          k,
          s.request,
          over(d),
          `${name} has ${load[d]} ${dimension(d)} in use${assistant} after picking up ${s.request} at stop ${k}; it has ${capacity}.`,
        );
      }
    }
  });
  return violations;
}
