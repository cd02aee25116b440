/**
 * The problem compiled into flat arrays for the search. Request r has two nodes: its pickup 2r and
 * its drop-off 2r + 1, so `node >> 1` is the request and `node & 1` says which end.
 */
import type { RoutingProblem } from "../model.js";

/** Slack on every comparison of times and loads, well inside the checker's 1e-6. */
export const EPS = 1e-9;

export interface Instance {
  problem: RoutingProblem;
  /** Requests, load dimensions, vehicle types, matrix size. */
  n: number;
  dims: number;
  types: number;
  size: number;
  time: Float64Array;
  dist: Float64Array;
  /** Per node (2n): location, window, service. */
  loc: Int32Array;
  early: Float64Array;
  late: Float64Array;
  service: Float64Array;
  /** Per request: load (n × dims), longest ride (Infinity: none), alone, needs an assistant. */
  load: Float64Array;
  maxRide: Float64Array;
  alone: Uint8Array;
  assist: Uint8Array;
  /** Per request, the requests it may never share the vehicle with (null: none). */
  incompat: (Int32Array | null)[];
  /** Per vehicle type. assistCost is NaN when the type cannot carry an assistant. */
  depot: Int32Array;
  open: Float64Array;
  close: Float64Array;
  maxDur: Float64Array;
  fixed: Float64Array;
  perDist: Float64Array;
  assistCost: Float64Array;
  cap: Float64Array;
  count: Float64Array;
  /** The longest distance between two locations the requests use (noise scale). */
  maxDist: number;
}

export function compile(problem: RoutingProblem): Instance {
  const { requests, vehicleTypes: vts, travel } = problem;
  const n = requests.length;
  const dims = Math.max(1, problem.dimensions.length);
  const loc = new Int32Array(2 * n);
  const early = new Float64Array(2 * n);
  const late = new Float64Array(2 * n);
  const service = new Float64Array(2 * n);
  const load = new Float64Array(n * dims);
  const maxRide = new Float64Array(n);
  const alone = new Uint8Array(n);
  const assist = new Uint8Array(n);
  const index = new Map<string, number>();
  requests.forEach((q, r) => {
    index.set(q.id, r);
    for (const [k, stop] of [q.pickup, q.dropoff].entries()) {
      loc[2 * r + k] = stop.location;
      early[2 * r + k] = stop.window[0];
      late[2 * r + k] = stop.window[1];
      service[2 * r + k] = stop.service;
    }
    for (let d = 0; d < dims; d++) load[r * dims + d] = q.load[d] ?? 0;
    maxRide[r] = q.maxRide ?? Number.POSITIVE_INFINITY;
    alone[r] = q.alone ? 1 : 0;
    assist[r] = q.needsAssistant ? 1 : 0;
  });
  const partners: number[][] = requests.map(() => []);
  for (const [a, b] of problem.incompatible) {
    const ra = index.get(a);
    const rb = index.get(b);
    if (ra === undefined || rb === undefined || ra === rb) continue;
    partners[ra]?.push(rb);
    partners[rb]?.push(ra);
  }
  const types = vts.length;
  const cap = new Float64Array(types * dims);
  vts.forEach((v, t) => {
    for (let d = 0; d < dims; d++) cap[t * dims + d] = v.capacity[d] ?? 0;
  });
  let maxDist = 0;
  for (let a = 0; a < 2 * n; a++)
    for (let b = 0; b < 2 * n; b++) {
      const d = travel.distance[(loc[a] as number) * travel.size + (loc[b] as number)] as number;
      if (Number.isFinite(d) && d > maxDist) maxDist = d;
    }
  return {
    problem,
    n,
    dims,
    types,
    size: travel.size,
    time: travel.time,
    dist: travel.distance,
    loc,
    early,
    late,
    service,
    load,
    maxRide,
    alone,
    assist,
    incompat: partners.map((p) => (p.length > 0 ? Int32Array.from(p) : null)),
    depot: Int32Array.from(vts, (v) => v.depot),
    open: Float64Array.from(vts, (v) => v.window[0]),
    close: Float64Array.from(vts, (v) => v.window[1]),
    maxDur: Float64Array.from(vts, (v) => v.maxDuration ?? Number.POSITIVE_INFINITY),
    fixed: Float64Array.from(vts, (v) => v.fixedCost),
    perDist: Float64Array.from(vts, (v) => v.distanceCost),
    assistCost: Float64Array.from(vts, (v) => v.assistantCost ?? Number.NaN),
    cap,
    count: Float64Array.from(vts, (v) => v.count),
    maxDist,
  };
}
