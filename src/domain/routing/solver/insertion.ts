/**
 * The cheapest place for a request in a route: every pickup edge i and drop-off edge j ≥ i is
 * screened in O(1) with the route's arrays (windows against earliest and latest starts, loads,
 * travelling alone, ride slack of those aboard, the shortest ride and duration), then the survivors
 * are checked exactly, cheapest first, until one is feasible.
 */
import { EPS, type Instance } from "./instance.js";
import type { Route } from "./route.js";
import { earliest, earliestFrom } from "./schedule.js";

/** Weight of distance in an insertion's score, to break ties where distance costs nothing. */
export const TIE = 1e-3;

export interface Place {
  /** The insertion's score: extra cost (and a tie-break on distance); Infinity when none fits. */
  delta: number;
  i: number;
  j: number;
  type: number;
}

let candScore = new Float64Array(256);
let candI = new Int32Array(256);
let candJ = new Int32Array(256);
let seqBuf = new Int32Array(64);
let times = new Float64Array(64);

function push(k: number, score: number, i: number, j: number): number {
  if (k >= candScore.length) {
    const score = new Float64Array(2 * k);
    const is = new Int32Array(2 * k);
    const js = new Int32Array(2 * k);
    score.set(candScore);
    is.set(candI);
    js.set(candJ);
    candScore = score;
    candI = is;
    candJ = js;
  }
  candScore[k] = score;
  candI[k] = i;
  candJ[k] = j;
  return k + 1;
}

/** The route's sequence with request r's pickup on edge i and drop-off on edge j, into seqBuf. */
export function spliced(route: Route, r: number, i: number, j: number): Int32Array {
  const m = route.m;
  if (seqBuf.length < m + 2) seqBuf = new Int32Array(2 * (m + 2));
  let w = 0;
  for (let k = 0; k < m; k++) {
    if (k === i) seqBuf[w++] = 2 * r;
    if (k === j) seqBuf[w++] = 2 * r + 1;
    seqBuf[w++] = route.seq[k] as number;
  }
  if (i === m) seqBuf[w++] = 2 * r;
  if (j === m) seqBuf[w++] = 2 * r + 1;
  return seqBuf;
}

/** Whether request r aboard over edges i..j would share the vehicle with a request it must not. */
function clashes(inst: Instance, route: Route, r: number, i: number, j: number): boolean {
  const partners = inst.incompat[r];
  if (!partners) return false;
  for (const o of partners) {
    const po = route.seq.indexOf(2 * o) + 1;
    if (po === 0) continue;
    const dOut = route.seq.indexOf(2 * o + 1);
    if (Math.max(i, po) <= Math.min(j, dOut)) return true;
  }
  return false;
}

/** Whether request r's load on edge k would exceed type t's capacity (cap0: seats less any assistant). */
function full(inst: Instance, loadOn: Float64Array, k: number, r: number, t: number, cap0: number): boolean {
  const dims = inst.dims;
  for (let d = 0; d < dims; d++) {
    const c = d === 0 ? cap0 : (inst.cap[t * dims + d] as number);
    if ((loadOn[k * dims + d] as number) + (inst.load[r * dims + d] as number) > c + EPS) return true;
  }
  return false;
}

/** The best insertion of request r into `route` if it ran on vehicle type t; writes `place`, returns its score. */
export function bestInsertion(inst: Instance, route: Route, r: number, t: number, place: Place): number {
  place.delta = Number.POSITIVE_INFINITY;
  place.type = t;
  const { dims, time, dist, size, loc, early, late, service, load } = inst;
  const m = route.m;
  const withAssist = route.assists > 0 || inst.assist[r] === 1;
  const assistCost = inst.assistCost[t] as number;
  if (withAssist && Number.isNaN(assistCost)) return place.delta;
  const newAssist = inst.assist[r] === 1 && route.assists === 0;
  if ((t !== route.type || newAssist) && !route.fits(inst, t, newAssist)) return place.delta;
  const cap0 = (inst.cap[t * dims] as number) - (withAssist ? 1 : 0);
  for (let d = 0; d < dims; d++)
    if ((load[r * dims + d] as number) > (d === 0 ? cap0 : (inst.cap[t * dims + d] as number)) + EPS)
      return place.delta;
  const base =
    t === route.type
      ? newAssist
        ? assistCost
        : 0
      : route.costOn(inst, t) + (newAssist ? assistCost : 0) - route.cost;
  const pd = inst.perDist[t] as number;
  const maxDur = inst.maxDur[t] as number;
  const maxRide = inst.maxRide[r] as number;
  const depot = inst.depot[t] as number;
  const { E, La, cum, loadOn, aboard, aloneOn, slack, seq } = route;
  const p = 2 * r;
  const dn = p + 1;
  const lp = loc[p] as number;
  const ld = loc[dn] as number;
  const sp = service[p] as number;
  const sd = service[dn] as number;
  const alone = inst.alone[r] === 1;
  const one = dims === 1;
  const q0 = load[r * dims] as number;
  const tpd = time[lp * size + ld] as number;
  const dpd = dist[lp * size + ld] as number;
  let k = 0;
  for (let i = 0; i <= m; i++) {
    const Ei = E[i] as number;
    if (Ei > (late[p] as number) + EPS) break;
    const a = i === 0 ? -1 : (seq[i - 1] as number);
    const la = a < 0 ? depot : (loc[a] as number);
    const lb = i === m ? depot : (loc[seq[i] as number] as number);
    const arrP = Ei + (a < 0 ? 0 : (service[a] as number)) + (time[la * size + lp] as number);
    const Ep = arrP > (early[p] as number) ? arrP : (early[p] as number);
    if (Ep > (late[p] as number) + EPS) continue;
    if (one ? (loadOn[i] as number) + q0 > cap0 + EPS : full(inst, loadOn, i, r, t, cap0)) continue;
    // The drop-off must start by this pickup's latest start plus the longest ride.
    const lateP = (La[i + 1] as number) - (time[lp * size + lb] as number);
    if (lateP + maxRide < (early[dn] as number) - EPS) continue;
    if (alone ? (aboard[i] as number) > 0 : aloneOn[i] === 1) continue;
    const tab = time[la * size + lb] as number;
    const dab = dist[la * size + lb] as number;
    const tap = time[la * size + lp] as number;
    const dap = dist[la * size + lp] as number;
    const Ed0 = Math.max(early[dn] as number, Ep + sp + tpd);
    if (Ed0 <= (late[dn] as number) + EPS) {
      const tdb = time[ld * size + lb] as number;
      const detour = tap + sp + tpd + sd + tdb - tab;
      if (
        Ed0 + sd + tdb <= (La[i + 1] as number) + EPS &&
        detour <= (slack[i] as number) + EPS &&
        (cum[m + 1] as number) + detour <= maxDur + EPS
      ) {
        const dd = dap + dpd + (dist[ld * size + lb] as number) - dab;
        k = push(k, base + pd * dd + TIE * dd, i, i);
      }
    }
    if (alone) continue;
    const tpb = time[lp * size + lb] as number;
    const detourP = tap + sp + tpb - tab;
    if (Ep + sp + tpb > (La[i + 1] as number) + EPS || detourP > (slack[i] as number) + EPS) continue;
    const ddP = dap + (dist[lp * size + lb] as number) - dab;
    for (let j = i + 1; j <= m; j++) {
      if (
        (one ? (loadOn[j] as number) + q0 > cap0 + EPS : full(inst, loadOn, j, r, t, cap0)) ||
        aloneOn[j] === 1
      )
        break;
      const ride0 = tpb + (cum[j] as number) - (cum[i + 1] as number);
      if (ride0 > maxRide + EPS) break;
      const Ej = E[j] as number;
      if (Ej > (late[dn] as number) + EPS || Ej > lateP + maxRide + EPS) break;
      const c = seq[j - 1] as number;
      const lc = loc[c] as number;
      const le = j === m ? depot : (loc[seq[j] as number] as number);
      const tcd = time[lc * size + ld] as number;
      if (ride0 + (service[c] as number) + tcd > maxRide + EPS) continue;
      const arrD = Ej + (service[c] as number) + tcd;
      const Ed = arrD > (early[dn] as number) ? arrD : (early[dn] as number);
      if (Ed > (late[dn] as number) + EPS) continue;
      const tde = time[ld * size + le] as number;
      if (Ed + sd + tde > (La[j + 1] as number) + EPS) continue;
      const detourD = tcd + sd + tde - (time[lc * size + le] as number);
      if (detourD > (slack[j] as number) + EPS || (cum[m + 1] as number) + detourP + detourD > maxDur + EPS)
        continue;
      const dd =
        ddP +
        (dist[lc * size + ld] as number) +
        (dist[ld * size + le] as number) -
        (dist[lc * size + le] as number);
      k = push(k, base + pd * dd + TIE * dd, i, j);
    }
  }
  if (times.length < m + 4) times = new Float64Array(2 * (m + 4));
  for (;;) {
    let best = -1;
    let score = Number.POSITIVE_INFINITY;
    for (let c = 0; c < k; c++)
      if ((candScore[c] as number) < score) {
        score = candScore[c] as number;
        best = c;
      }
    if (best < 0) return place.delta;
    const i = candI[best] as number;
    const j = candJ[best] as number;
    candScore[best] = Number.POSITIVE_INFINITY;
    if (clashes(inst, route, r, i, j)) continue;
    const seq2 = spliced(route, r, i, j);
    if (
      t === route.type
        ? earliestFrom(inst, seq2, m + 2, t, times, route, i + 1)
        : earliest(inst, seq2, m + 2, t, times)
    ) {
      place.delta = score;
      place.i = i;
      place.j = j;
      return score;
    }
  }
}
