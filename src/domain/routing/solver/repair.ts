/**
 * Repair: put banked requests back, greedily (regret-1) or by regret-k (Ropke & Pisinger 2006),
 * optionally with noise on each insertion's cost. The best insertion of every pending request in
 * every route is cached and only the changed route's column is recomputed after each insertion.
 * A route may change vehicle type when its own cannot take the request (an upgrade, e.g. taxi to
 * minibus); a request may open a new route of any type still free.
 */

import { bestInsertion, type Place } from "./insertion.js";
import type { Instance } from "./instance.js";
import type { Rng } from "./random.js";
import type { Route } from "./route.js";
import type { Solution } from "./solution.js";

/** What each request costs alone on a new route of each type (Infinity where it cannot go), n × types. */
export type AloneCosts = Float64Array;

const place: Place = { delta: 0, i: 0, j: 0, type: 0 };
const trial: Place = { delta: 0, i: 0, j: 0, type: 0 };

/** Whether type u can stand in for type t on a route that t cannot serve: at least its capacity. */
function upgrade(inst: Instance, t: number, u: number): boolean {
  if (u === t) return false;
  let bigger = false;
  for (let d = 0; d < inst.dims; d++) {
    const a = inst.cap[t * inst.dims + d] as number;
    const b = inst.cap[u * inst.dims + d] as number;
    if (b < a) return false;
    if (b > a) bigger = true;
  }
  return (
    bigger || (Number.isNaN(inst.assistCost[t] as number) && !Number.isNaN(inst.assistCost[u] as number))
  );
}

/** Best place for request r in route: on its own type, else on a free larger type. */
function evaluate(sol: Solution, route: Route, r: number, out: Place): void {
  const inst = sol.inst;
  bestInsertion(inst, route, r, route.type, out);
  if (out.delta < Number.POSITIVE_INFINITY || inst.types === 1) return;
  let best = Number.POSITIVE_INFINITY;
  let bi = 0;
  let bj = 0;
  let bt = route.type;
  for (let u = 0; u < inst.types; u++) {
    if (!upgrade(inst, route.type, u) || !sol.free(u)) continue;
    if (bestInsertion(inst, route, r, u, trial) < best) {
      best = trial.delta;
      bi = trial.i;
      bj = trial.j;
      bt = u;
    }
  }
  Object.assign(out, { delta: best, i: bi, j: bj, type: bt });
}

/** Keeps the k smallest values in `top`, ascending; true when x becomes the smallest. */
function offer(top: Float64Array, x: number): boolean {
  const k = top.length;
  if (!(x < (top[k - 1] as number))) return false;
  let h = k - 1;
  while (h > 0 && x < (top[h - 1] as number)) {
    top[h] = top[h - 1] as number;
    h--;
  }
  top[h] = x;
  return h === 0;
}

export interface RepairOptions {
  /** 1: greedy; k ≥ 2: regret-k. */
  regret: number;
  /** Amplitude of noise on insertion costs; 0 for none. */
  noise: number;
}

/** Inserts the pending requests (and the bank) where they fit; those that fit nowhere are banked. */
export function repair(
  sol: Solution,
  pending: number[],
  alone: AloneCosts,
  opts: RepairOptions,
  rng: Rng,
): void {
  const inst = sol.inst;
  const todo = [...pending, ...sol.bank];
  sol.bank = [];
  const P = todo.length;
  if (P === 0) return;
  const width = sol.routes.length + P;
  const score = new Float64Array(P * width);
  const at = new Int32Array(P * width * 3);
  const noisy = (x: number) =>
    opts.noise > 0 && x < Number.POSITIVE_INFINITY ? x + opts.noise * (2 * rng.next() - 1) : x;
  const store = (cell: number) => {
    score[cell] = noisy(place.delta);
    at[cell * 3] = place.i;
    at[cell * 3 + 1] = place.j;
    at[cell * 3 + 2] = place.type;
  };
  // A request that fits nowhere in a route still fits nowhere once another is added (stops only
  // add constraints), so after an insertion only its finite cells are recomputed, unless the type changed.
  const column = (c: number, all: boolean) => {
    const route = sol.routes[c] as Route;
    for (let a = 0; a < P; a++) {
      if (todo[a] === -1 || (!all && score[a * width + c] === Number.POSITIVE_INFINITY)) continue;
      evaluate(sol, route, todo[a] as number, place);
      store(a * width + c);
    }
  };
  for (let c = 0; c < sol.routes.length; c++) column(c, true);
  const k = Math.max(1, opts.regret);
  const top = new Float64Array(k);
  const BIG = sol.penalty;
  for (let left = P; left > 0; left--) {
    let pick = -1;
    let pickRegret = Number.NEGATIVE_INFINITY;
    let pickBest = Number.POSITIVE_INFINITY;
    let pickRoute = -1;
    let pickType = -1;
    for (let a = 0; a < P; a++) {
      const r = todo[a] as number;
      if (r === -1) continue;
      top.fill(Number.POSITIVE_INFINITY);
      let bestRoute = -1;
      let newType = -1;
      for (let c = 0; c < sol.routes.length; c++) {
        const cell = a * width + c;
        const t = at[cell * 3 + 2] as number;
        const route = sol.routes[c] as Route;
        if (t !== route.type && !sol.free(t) && score[cell] !== Number.POSITIVE_INFINITY) {
          evaluate(sol, route, r, place);
          store(cell);
        }
        if (offer(top, score[cell] as number)) bestRoute = c;
      }
      let newBest = Number.POSITIVE_INFINITY;
      for (let t = 0; t < inst.types; t++) {
        const x = alone[r * inst.types + t] as number;
        if (x < newBest && sol.canOpen(t)) {
          newBest = x;
          newType = t;
        }
      }
      if (newType >= 0 && offer(top, noisy(newBest))) bestRoute = -1 - newType;
      const first = top[0] as number;
      if (first === Number.POSITIVE_INFINITY) continue;
      let regret = 0;
      for (let h = 1; h < k; h++) regret += Math.min(top[h] as number, first + BIG) - first;
      if (regret > pickRegret || (regret === pickRegret && first < pickBest)) {
        pick = a;
        pickRegret = regret;
        pickBest = first;
        pickRoute = bestRoute;
        pickType = bestRoute < 0 ? -1 - bestRoute : -1;
      }
    }
    if (pick < 0) break;
    const r = todo[pick] as number;
    todo[pick] = -1;
    if (pickRoute < 0) {
      sol.open(r, pickType);
      column(sol.routes.length - 1, true);
    } else {
      const cell = (pick * width + pickRoute) * 3;
      const route = sol.routes[pickRoute] as Route;
      const before = route.type;
      sol.insert(r, route, at[cell] as number, at[cell + 1] as number, at[cell + 2] as number);
      column(pickRoute, route.type !== before);
    }
  }
  for (const r of todo) if (r !== -1) sol.bank.push(r);
}
