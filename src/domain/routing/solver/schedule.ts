/**
 * A route's schedule for a fixed sequence of stops, exactly. Start times B[0] (leaving the depot),
 * B[1..m] (service at each stop) and B[m+1] (back) must satisfy difference constraints: travel
 * (B[k+1] ≥ B[k] + service + journey), windows, ride times (B[drop] − B[pick] − service ≤ L) and the
 * route's duration (B[m+1] − B[0] ≤ T). The least solution is found by raising lower bounds until
 * nothing moves (Bellman–Ford on the constraint graph); the sequence is feasible exactly when that
 * stays inside every window. A positive cycle would loop, but every cycle's length is a sum of single
 * ride or duration spans, so checking each span's shortest path first rules cycles out.
 *
 * `shortenRides` then delays service where the vehicle is empty (the depot, a pickup with nobody on
 * board) to soak up waiting that would otherwise happen with passengers aboard: Cordeau and
 * Laporte's forward time slack. It never lengthens a ride and keeps every constraint.
 */
import { EPS, type Instance } from "./instance.js";

let pos = new Int32Array(64);
let cum = new Float64Array(64);

function room(inst: Instance, m: number): void {
  if (pos.length < 2 * inst.n) pos = new Int32Array(2 * inst.n);
  if (cum.length < m + 2) cum = new Float64Array(2 * (m + 2));
}

/** The earliest feasible schedule of `seq[0..m)` on vehicle type t into B[0..m+1]; false when none exists. */
export function earliest(
  inst: Instance,
  seq: ArrayLike<number>,
  m: number,
  t: number,
  B: Float64Array,
): boolean {
  return earliestFrom(inst, seq, m, t, B, null, 1);
}

/**
 * As `earliest`, when positions before `first` are a route's own, unchanged, with its least schedule
 * and shortest times in `known` (`E`, `cum`): those start from the route's values (lower bounds for
 * the longer sequence when travel keeps the triangle inequality) and only the rest is recomputed.
 */
export function earliestFrom(
  inst: Instance,
  seq: ArrayLike<number>,
  m: number,
  t: number,
  B: Float64Array,
  known: { E: Float64Array; cum: Float64Array } | null,
  first: number,
): boolean {
  room(inst, m);
  const { time, size, loc, early, late, service, maxRide } = inst;
  const depot = inst.depot[t] as number;
  const close = inst.close[t] as number;
  const maxDur = inst.maxDur[t] as number;
  B[0] = inst.open[t] as number;
  cum[0] = 0;
  const start = known ? first : 1;
  if (known) {
    for (let k = 0; k < start; k++) {
      B[k] = known.E[k] as number;
      cum[k] = known.cum[k] as number;
      if (k > 0 && ((seq[k - 1] as number) & 1) === 0) pos[seq[k - 1] as number] = k;
    }
  }
  const before = start > 1 ? (seq[start - 2] as number) : -1;
  let here = before < 0 ? depot : (loc[before] as number);
  let serve = before < 0 ? 0 : (service[before] as number);
  for (let k = start; k <= m; k++) {
    const v = seq[k - 1] as number;
    const there = loc[v] as number;
    const leg = time[here * size + there] as number;
    const arrive = (B[k - 1] as number) + serve + leg;
    const e = early[v] as number;
    const b = arrive > e ? arrive : e;
    if (!(b <= (late[v] as number) + EPS)) return false;
    B[k] = b;
    cum[k] = (cum[k - 1] as number) + serve + leg;
    if (v & 1) {
      const p = pos[v - 1] as number;
      if (
        (cum[k] as number) - (cum[p] as number) - (service[v - 1] as number) >
        (maxRide[v >> 1] as number) + EPS
      )
        return false;
    } else pos[v] = k;
    here = there;
    serve = service[v] as number;
  }
  const home = time[here * size + depot] as number;
  B[m + 1] = (B[m] as number) + serve + home;
  cum[m + 1] = (cum[m] as number) + serve + home;
  if (!((B[m + 1] as number) <= close + EPS) || (cum[m + 1] as number) > maxDur + EPS) return false;
  for (let pass = 0; pass <= m + 2; pass++) {
    let from = m + 2;
    // Ride limits with both ends in the unchanged prefix already hold in its schedule.
    for (let k = pass === 0 ? start : 1; k <= m; k++) {
      const v = seq[k - 1] as number;
      if ((v & 1) === 0) continue;
      const p = pos[v - 1] as number;
      const need = (B[k] as number) - (service[v - 1] as number) - (maxRide[v >> 1] as number);
      if ((B[p] as number) < need - EPS) {
        if (need > (late[v - 1] as number) + EPS) return false;
        B[p] = need;
        if (p < from) from = p;
      }
    }
    const need = (B[m + 1] as number) - maxDur;
    if ((B[0] as number) < need - EPS) {
      if (need > close + EPS) return false;
      B[0] = need;
      from = 0;
    }
    if (from > m) return true;
    if (!forward(inst, seq, m, t, B, from)) return false;
  }
  return false;
}

/** Pushes start times forward from position `from` so travel is respected; false if a window closes. */
function forward(
  inst: Instance,
  seq: ArrayLike<number>,
  m: number,
  t: number,
  B: Float64Array,
  from: number,
): boolean {
  const { time, size, loc, late, service } = inst;
  const depot = inst.depot[t] as number;
  for (let k = from + 1; k <= m + 1; k++) {
    const a = k === 1 ? -1 : (seq[k - 2] as number);
    const here = a < 0 ? depot : (loc[a] as number);
    const serve = a < 0 ? 0 : (service[a] as number);
    const v = k <= m ? (seq[k - 1] as number) : -1;
    const there = v < 0 ? depot : (loc[v] as number);
    const arrive = (B[k - 1] as number) + serve + (time[here * size + there] as number);
    if (arrive > (B[k] as number)) {
      B[k] = arrive;
      if (arrive > (v < 0 ? (inst.close[t] as number) : (late[v] as number)) + EPS) return false;
    }
  }
  return true;
}

/**
 * From the earliest schedule B, delays service at each point where the vehicle is empty by as much
 * as the waiting it would save with passengers aboard, within every window and the route's duration.
 */
export function shortenRides(
  inst: Instance,
  seq: ArrayLike<number>,
  m: number,
  t: number,
  B: Float64Array,
): void {
  const { time, size, loc, late, service } = inst;
  const depot = inst.depot[t] as number;
  const maxDur = inst.maxDur[t] as number;
  const latest = (k: number) =>
    k > m
      ? (inst.close[t] as number)
      : k === 0
        ? (inst.close[t] as number)
        : (late[seq[k - 1] as number] as number);
  const wait = (k: number) => {
    const a = k === 1 ? -1 : (seq[k - 2] as number);
    const v = k <= m ? (seq[k - 1] as number) : -1;
    const from = a < 0 ? depot : (loc[a] as number);
    const to = v < 0 ? depot : (loc[v] as number);
    return (
      (B[k] as number) -
      (B[k - 1] as number) -
      (a < 0 ? 0 : (service[a] as number)) -
      (time[from * size + to] as number)
    );
  };
  let aboard = 0;
  for (let k = 0; k <= m; k++) {
    if (k > 0) aboard += ((seq[k - 1] as number) & 1) === 0 ? 1 : -1;
    const emptyHere = k === 0 || (aboard === 1 && ((seq[k - 1] as number) & 1) === 0);
    if (!emptyHere) continue;
    // Waiting worth removing: at stops reached with someone aboard, up to the next empty arrival
    // (from the depot, also the waiting at that first empty stop: better to leave later).
    let gain = 0;
    let count = k === 0 ? 0 : 1;
    for (let j = k + 1; j <= m + 1; j++) {
      const w = wait(j);
      if (count > 0 || (k === 0 && j === 1)) gain += w;
      if (j <= m) count += ((seq[j - 1] as number) & 1) === 0 ? 1 : -1;
      if (count === 0 && j > k) break;
    }
    if (gain <= EPS) continue;
    let slack = latest(k) - (B[k] as number);
    let waited = 0;
    for (let j = k + 1; j <= m + 1 && slack > EPS; j++) {
      waited += wait(j);
      const s = waited + latest(j) - (B[j] as number);
      if (s < slack) slack = s;
    }
    if (k > 0) {
      const s = waited + maxDur - ((B[m + 1] as number) - (B[0] as number));
      if (s < slack) slack = s;
    }
    const delay = Math.min(gain, slack);
    if (delay <= EPS) continue;
    B[k] = (B[k] as number) + delay;
    forward(inst, seq, m, t, B, k);
  }
}
