/**
 * Before the search, each request is tried alone on each vehicle type. One that fits no type is
 * reported with the constraint at fault and the figures; the rest get the cost of a route of their
 * own on each type (the option of opening a new route).
 */
import type { Constraint, Unserved } from "../model.js";
import { TIE } from "./insertion.js";
import { EPS, type Instance } from "./instance.js";
import { earliest } from "./schedule.js";

const fig = (x: number) => `${Math.round(x * 10) / 10}`;
const minutes = (x: number) => `${fig(x)} minute${fig(x) === "1" ? "" : "s"}`;

interface Fault {
  constraint: Constraint;
  reason: string;
}

/** Why request r cannot travel alone on type t, with how far it got (higher: nearer to fitting); null if it can. */
function faultOn(inst: Instance, r: number, t: number, B: Float64Array): [number, Fault] | null {
  const { dims, time, size, loc, early, late, service, load, problem } = inst;
  const p = 2 * r;
  const needsA = inst.assist[r] === 1;
  const vt = problem.vehicleTypes[t];
  if (needsA && Number.isNaN(inst.assistCost[t] as number))
    return [
      0,
      { constraint: "assistant", reason: "needs a passenger assistant, and no vehicle type can carry one" },
    ];
  for (let d = 0; d < dims; d++) {
    const need = (load[r * dims + d] as number) + (d === 0 && needsA ? 1 : 0);
    const cap = inst.cap[t * dims + d] as number;
    if (need > cap + EPS) {
      const name = problem.dimensions[d] ?? "capacity";
      const wheel = /wheel/i.test(name);
      const most = Math.max(
        ...Array.from({ length: inst.types }, (_, u) => inst.cap[u * dims + d] as number),
      );
      const extra = d === 0 && needsA ? " (one taken by the assistant)" : "";
      return [
        1,
        {
          constraint: wheel ? "wheelchair" : "capacity",
          reason: `needs ${fig(need)} ${need === 1 ? name.replace(/s$/, "") : name}${extra}; the most any vehicle type has is ${fig(most)}`,
        },
      ];
    }
  }
  const depot = inst.depot[t] as number;
  const out = time[depot * size + (loc[p] as number)] as number;
  const home = time[(loc[p + 1] as number) * size + depot] as number;
  if (!Number.isFinite(out) || !Number.isFinite(home))
    return [
      2,
      {
        constraint: "unreachable",
        reason: `there is no journey between the ${vt?.id ?? "vehicle"} depot and this request's stops`,
      },
    ];
  const open = inst.open[t] as number;
  if (open + out > (late[p] as number) + EPS)
    return [
      3,
      {
        constraint: "time-window",
        reason: `a vehicle leaving the depot at ${fig(open)} reaches the pickup at ${fig(open + out)}, after its window closes at ${fig(late[p] as number)}`,
      },
    ];
  const direct = time[(loc[p] as number) * size + (loc[p + 1] as number)] as number;
  const done = Math.max(
    early[p + 1] as number,
    Math.max(early[p] as number, open + out) + (service[p] as number) + direct,
  );
  const close = inst.close[t] as number;
  if (done + (service[p + 1] as number) + home > close + EPS)
    return [
      3,
      {
        constraint: "time-window",
        reason: `the vehicle could be back at the depot at ${fig(done + (service[p + 1] as number) + home)} at the earliest, after its day ends at ${fig(close)}`,
      },
    ];
  const shortest = out + (service[p] as number) + direct + (service[p + 1] as number) + home;
  const maxDur = inst.maxDur[t] as number;
  if (shortest > maxDur + EPS)
    return [
      4,
      {
        constraint: "route-duration",
        reason: `the shortest route for this request alone takes ${minutes(shortest)}; the longest allowed is ${minutes(maxDur)}`,
      },
    ];
  if (!earliest(inst, [p, p + 1], 2, t, B))
    return [
      5,
      {
        constraint: "time-window",
        reason: "no schedule meets its windows, its longest ride and the vehicle's day together",
      },
    ];
  return null;
}

/** Faults common to every vehicle: the journey itself. */
function intrinsic(inst: Instance, r: number): Fault | null {
  const { time, size, loc, early, late, service } = inst;
  const p = 2 * r;
  const direct = time[(loc[p] as number) * size + (loc[p + 1] as number)] as number;
  if (!Number.isFinite(direct))
    return { constraint: "unreachable", reason: "there is no journey from the pickup to the drop-off" };
  const L = inst.maxRide[r] as number;
  if (direct > L + EPS)
    return {
      constraint: "max-ride",
      reason: `the direct journey takes ${minutes(direct)}; the most allowed is ${minutes(L)}`,
    };
  const first = (early[p] as number) + (service[p] as number) + direct;
  if (first > (late[p + 1] as number) + EPS)
    return {
      constraint: "time-window",
      reason: `picked up at ${fig(early[p] as number)} at the earliest, it cannot reach the drop-off before ${fig(first)}, after its window closes at ${fig(late[p + 1] as number)}`,
    };
  return null;
}

export interface Screened {
  unserved: Unserved[];
  /** Cost (with the tie-break on distance) of request r alone on type t at [r × types + t]; Infinity where it cannot go. */
  alone: Float64Array;
  servable: number[];
}

export function screen(inst: Instance): Screened {
  const { n, types, dist, size, loc, problem } = inst;
  const alone = new Float64Array(n * types).fill(Number.POSITIVE_INFINITY);
  const unserved: Unserved[] = [];
  const servable: number[] = [];
  const B = new Float64Array(4);
  for (let r = 0; r < n; r++) {
    const id = problem.requests[r]?.id as string;
    const own = intrinsic(inst, r);
    if (own) {
      unserved.push({ request: id, ...own });
      continue;
    }
    let worst: [number, Fault] | null = null;
    let any = false;
    for (let t = 0; t < types; t++) {
      if (!((inst.count[t] as number) >= 1)) continue;
      const fault = faultOn(inst, r, t, B);
      if (fault) {
        if (!worst || fault[0] > worst[0]) worst = fault;
        continue;
      }
      any = true;
      const depot = inst.depot[t] as number;
      const p = 2 * r;
      const d =
        (dist[depot * size + (loc[p] as number)] as number) +
        (dist[(loc[p] as number) * size + (loc[p + 1] as number)] as number) +
        (dist[(loc[p + 1] as number) * size + depot] as number);
      const a = inst.assist[r] ? (inst.assistCost[t] as number) : 0;
      alone[r * types + t] = (inst.fixed[t] as number) + (inst.perDist[t] as number) * d + a + TIE * d;
    }
    if (any) servable.push(r);
    else if (worst) unserved.push({ request: id, ...worst[1] });
    else unserved.push({ request: id, constraint: "fleet", reason: "the fleet has no vehicles" });
  }
  return { unserved, alone, servable };
}
