/**
 * A small hand-made problem on a line (time = distance = the gap between positions) and a feasible
 * solution whose objective is worked out by hand, for the checker's tests.
 *
 * Places: 0 the depot at 0, 1 a home at 2, 2 a home at 3, 3 the school at 10.
 * A minibus (3 seats, 1 wheelchair space, an assistant possible) takes A, C (a wheelchair user who
 * needs an assistant) and B; a taxi takes D, who must travel alone; E's direct ride (7) is longer than
 * allowed (5), so E is unserved.
 */
import type {
  RoutingProblem,
  RoutingRequest,
  RoutingSolution,
  ScheduledStop,
  VehicleType,
} from "../model.js";
import { checkSolution } from "./check.js";

export function lineMatrix(positions: readonly number[]): RoutingProblem["travel"] {
  const size = positions.length;
  const time = new Float64Array(size * size);
  for (const [i, a] of positions.entries()) {
    for (const [j, b] of positions.entries()) time[i * size + j] = Math.abs(a - b);
  }
  return { size, time, distance: Float64Array.from(time) };
}

function request(id: string, home: number, extra: Partial<RoutingRequest> = {}): RoutingRequest {
  return {
    id,
    pickup: { location: home, window: [0, 100], service: 1 },
    dropoff: { location: 3, window: [20, 30], service: 1 },
    load: [1, 0],
    maxRide: 30,
    alone: false,
    needsAssistant: false,
    ...extra,
  };
}

export const MINIBUS: VehicleType = {
  id: "minibus",
  count: 1,
  capacity: [3, 1],
  depot: 0,
  window: [0, 100],
  maxDuration: 60,
  fixedCost: 100,
  distanceCost: 2,
  assistantCost: 50,
};

export const TAXI: VehicleType = {
  id: "taxi",
  count: 2,
  capacity: [4, 0],
  depot: 0,
  window: [0, 100],
  maxDuration: null,
  fixedCost: 40,
  distanceCost: 1,
  assistantCost: null,
};

export function problem(): RoutingProblem {
  return {
    name: "checker fixture",
    dimensions: ["seats", "wheelchair spaces"],
    travel: lineMatrix([0, 2, 3, 10]),
    vehicleTypes: [{ ...MINIBUS }, { ...TAXI }],
    requests: [
      request("A", 1, { maxRide: 15 }),
      request("B", 2, { maxRide: 15 }),
      request("C", 1, { load: [0, 1], needsAssistant: true, maxRide: 20 }),
      request("D", 2, { alone: true }),
      request("E", 2, { maxRide: 5 }),
    ],
    incompatible: [["A", "D"]],
  };
}

function stop(
  request: string,
  kind: "pickup" | "dropoff",
  location: number,
  arrival: number,
  start = arrival,
): ScheduledStop {
  return { request, kind, location, arrival, start, departure: start + 1 };
}

/** Minibus: 20 miles, 100 + 2 × 20 + 50 = 190; taxi: 20 miles, 40 + 20 = 60. Rides 10 + 8 + 11 + 7 = 36. */
export function solution(): RoutingSolution {
  return {
    routes: [
      {
        vehicleType: "minibus",
        leave: 10,
        back: 36,
        assistant: true,
        stops: [
          stop("A", "pickup", 1, 12),
          stop("C", "pickup", 1, 13),
          stop("B", "pickup", 2, 15),
          stop("A", "dropoff", 3, 23),
          stop("B", "dropoff", 3, 24),
          stop("C", "dropoff", 3, 25),
        ],
      },
      {
        vehicleType: "taxi",
        leave: 10,
        back: 32,
        assistant: false,
        stops: [stop("D", "pickup", 2, 13), stop("D", "dropoff", 3, 21)],
      },
    ],
    unserved: [
      {
        request: "E",
        constraint: "max-ride",
        reason: "the direct journey takes 7 minutes; the most allowed is 5",
      },
    ],
  };
}

export type DeepMutable<T> = T extends Float64Array
  ? T
  : T extends object
    ? { -readonly [K in keyof T]: DeepMutable<T[K]> }
    : T;

/** The checker on the fixture after `change`. */
export function broken(
  change: (s: DeepMutable<RoutingSolution>, p: DeepMutable<RoutingProblem>) => void,
): ReturnType<typeof checkSolution> {
  const p = problem() as DeepMutable<RoutingProblem>;
  const s = solution() as DeepMutable<RoutingSolution>;
  change(s, p);
  return checkSolution(p, s);
}

/** The constraints a check names, each once, sorted. */
export const constraints = (r: ReturnType<typeof checkSolution>) =>
  [...new Set(r.violations.map((v) => v.constraint))].sort();
