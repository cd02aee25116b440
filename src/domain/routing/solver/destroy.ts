/**
 * Destroy: take q requests off their routes (Ropke & Pisinger 2006): at random; the worst (those
 * whose removal saves most, with randomness p = 3); related ones (Shaw: close in place, in time and
 * in load, p = 6); or a whole route, the smaller the likelier (which is how routes disappear).
 */
import type { Instance } from "./instance.js";
import type { Rng } from "./random.js";
import type { Route } from "./route.js";
import type { Solution } from "./solution.js";

export type Destroy = (sol: Solution, q: number, rng: Rng) => number[];

function served(sol: Solution): number[] {
  const out: number[] = [];
  for (let r = 0; r < sol.inst.n; r++) if (sol.routeOf[r]) out.push(r);
  return out;
}

function take(sol: Solution, requests: readonly number[]): number[] {
  const touched = new Set<Route>();
  for (const r of requests) sol.remove(r, touched);
  const removed = [...requests];
  sol.settle(touched, removed);
  sol.retype(touched, new Float64Array(0));
  return removed;
}

/** Picks from a list sorted best first, biased to the front: index ⌊y^p · n⌋. */
function biased(n: number, p: number, rng: Rng): number {
  return Math.floor(rng.next() ** p * n);
}

export const randomRemoval: Destroy = (sol, q, rng) => take(sol, rng.shuffle(served(sol)).slice(0, q));

/** What taking request r off its route saves. */
export function saving(inst: Instance, route: Route, r: number): number {
  const { dist, size, loc } = inst;
  const depot = inst.depot[route.type] as number;
  const seq = route.seq;
  if (seq.length === 2) return route.cost;
  let saved = 0;
  let prev = depot;
  let kept = depot;
  for (let k = 0; k <= seq.length; k++) {
    const v = k < seq.length ? (seq[k] as number) : -1;
    const here = v < 0 ? depot : (loc[v] as number);
    saved += dist[prev * size + here] as number;
    if (v >= 0 && v >> 1 === r) {
      prev = here;
      continue;
    }
    saved -= dist[kept * size + here] as number;
    prev = here;
    kept = here;
  }
  let extra = 0;
  if (inst.assist[r] && route.assists === 1) extra = inst.assistCost[route.type] as number;
  return (inst.perDist[route.type] as number) * saved + extra;
}

export const worstRemoval: Destroy = (sol, q, rng) => {
  const list = served(sol).map((r) => ({ r, s: saving(sol.inst, sol.routeOf[r] as Route, r) }));
  list.sort((a, b) => b.s - a.s || a.r - b.r);
  const out: number[] = [];
  while (out.length < q && list.length > 0)
    out.push(list.splice(biased(list.length, 3, rng), 1)[0]?.r as number);
  return take(sol, out);
};

/** Related removal with weights on place, time and load (Shaw 1998; Ropke & Pisinger's 9, 3, 2). */
export const relatedRemoval =
  (wPlace: number, wTime: number, wLoad: number): Destroy =>
  (sol, q, rng) => {
    const inst = sol.inst;
    const { dist, size, loc, load, dims } = inst;
    const when = new Float64Array(2 * inst.n);
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (const route of sol.routes)
      route.seq.forEach((v, k) => {
        const t = route.E[k + 1] as number;
        when[v] = t;
        if (t < lo) lo = t;
        if (t > hi) hi = t;
      });
    const span = Math.max(1e-9, hi - lo);
    const far = Math.max(1e-9, inst.maxDist);
    const d = (a: number, b: number) => dist[(loc[a] as number) * size + (loc[b] as number)] as number;
    const related = (a: number, b: number) => {
      const pa = 2 * a;
      const pb = 2 * b;
      const place = (d(pa, pb) + d(pa + 1, pb + 1)) / far;
      const time =
        (Math.abs((when[pa] as number) - (when[pb] as number)) +
          Math.abs((when[pa + 1] as number) - (when[pb + 1] as number))) /
        span;
      let q = 0;
      for (let k = 0; k < dims; k++)
        q += Math.abs((load[a * dims + k] as number) - (load[b * dims + k] as number));
      return wPlace * place + wTime * time + wLoad * q;
    };
    const pool = served(sol);
    if (pool.length === 0) return [];
    const chosen = pool.splice(rng.int(0, pool.length - 1), 1);
    while (chosen.length < q && pool.length > 0) {
      const ref = chosen[rng.int(0, chosen.length - 1)] as number;
      const scores = pool.map((r) => related(ref, r));
      const at = ranked(pool, scores, biased(pool.length, 6, rng));
      chosen.push(pool[at] as number);
      pool.splice(at, 1);
    }
    return take(sol, chosen);
  };

/** The index in `items` of the one ranked `rank` by score (then by item), found by selection, not a sort. */
function ranked(items: readonly number[], scores: readonly number[], rank: number): number {
  const idx = items.map((_, k) => k);
  const less = (a: number, b: number) =>
    (scores[a] as number) < (scores[b] as number) ||
    ((scores[a] as number) === (scores[b] as number) && (items[a] as number) < (items[b] as number));
  let lo = 0;
  let hi = idx.length - 1;
  while (lo < hi) {
    const pivot = idx[(lo + hi) >> 1] as number;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (less(idx[i] as number, pivot)) i++;
      while (less(pivot, idx[j] as number)) j--;
      if (i <= j) {
        const x = idx[i] as number;
        idx[i++] = idx[j] as number;
        idx[j--] = x;
      }
    }
    if (rank <= j) hi = j;
    else if (rank >= i) lo = i;
    else break;
  }
  return idx[rank] as number;
}

export const routeRemoval: Destroy = (sol, _q, rng) => {
  if (sol.routes.length === 0) return [];
  const weights = sol.routes.map((r) => 1 / r.m);
  const route = sol.routes[rng.roulette(weights)] as Route;
  const requests = route.seq.filter((v) => (v & 1) === 0).map((v) => v >> 1);
  return take(sol, requests);
};

export const DESTROYS: readonly Destroy[] = [
  randomRemoval,
  worstRemoval,
  relatedRemoval(9, 3, 2),
  routeRemoval,
];
