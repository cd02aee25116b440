/**
 * Small hand-made problems for the solver's tests: places on a plane (time = distance = the straight
 * line), a school, homes, and vehicle types whose costs make the optimum plain to work out.
 */
import { checkSolution } from "../check/index.js";
import type { RoutingProblem, RoutingRequest, RoutingSolution, SolveOptions, VehicleType } from "../model.js";

export function planeMatrix(points: readonly (readonly [number, number])[]): RoutingProblem["travel"] {
  const size = points.length;
  const time = new Float64Array(size * size);
  points.forEach(([x1, y1], i) => {
    points.forEach(([x2, y2], j) => {
      time[i * size + j] = Math.hypot(x1 - x2, y1 - y2);
    });
  });
  return { size, time, distance: Float64Array.from(time) };
}

/** A pupil going from `home` to the school (location 1), to arrive between 50 and 60. */
export function pupil(id: string, home: number, extra: Partial<RoutingRequest> = {}): RoutingRequest {
  return {
    id,
    pickup: { location: home, window: [0, 100], service: 1 },
    dropoff: { location: 1, window: [50, 60], service: 1 },
    load: [1, 0],
    maxRide: 45,
    alone: false,
    needsAssistant: false,
    ...extra,
  };
}

export const TAXI: VehicleType = {
  id: "taxi",
  count: Number.POSITIVE_INFINITY,
  capacity: [4, 0],
  depot: 0,
  window: [0, 200],
  maxDuration: null,
  fixedCost: 100,
  distanceCost: 1,
  assistantCost: null,
};

export const MINIBUS: VehicleType = {
  id: "minibus",
  count: 2,
  capacity: [8, 2],
  depot: 0,
  window: [0, 200],
  maxDuration: 120,
  fixedCost: 150,
  distanceCost: 1,
  assistantCost: 60,
};

/** Depot at the origin (0), the school at (20, 0) (1), and homes at the given points (2, 3, …). */
export function schoolRun(
  homes: readonly (readonly [number, number])[],
  requests: (homeLocation: (k: number) => number) => RoutingRequest[],
  vehicleTypes: VehicleType[] = [TAXI],
  incompatible: [string, string][] = [],
): RoutingProblem {
  return {
    name: "school run",
    dimensions: ["seats", "wheelchair spaces"],
    travel: planeMatrix([[0, 0], [20, 0], ...homes]),
    vehicleTypes,
    requests: requests((k) => k + 2),
    incompatible,
  };
}

export const options = (iterations = 200, seed = 1): SolveOptions => ({
  seed,
  iterations,
  timeLimitMs: Number.POSITIVE_INFINITY,
  now: () => 0,
});

/** The independent checker's verdict, as a list of its messages (empty when feasible). */
export function violations(problem: RoutingProblem, solution: RoutingSolution): string[] {
  return checkSolution(problem, solution).violations.map((v) => v.message);
}
