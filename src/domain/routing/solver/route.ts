/**
 * One vehicle's route in the search: its type and sequence of nodes, with arrays kept for fast
 * insertion checks. Positions: 0 is leaving the depot, 1..m the stops, m+1 back at the depot;
 * "edge k" is the leg from position k to k+1.
 */
import { EPS, type Instance } from "./instance.js";
import { earliest, shortenRides } from "./schedule.js";

export class Route {
  type: number;
  seq: number[];
  /** Earliest feasible start at each position (the least schedule), latest start by windows alone. */
  E = new Float64Array(0);
  La = new Float64Array(0);
  /** Shortest time from leaving the depot to each position (service and journeys, no waiting). */
  cum = new Float64Array(0);
  /** Per edge: load aboard (× dims), passengers aboard, whether one who travels alone is aboard, and the least ride slack of those aboard. */
  loadOn = new Float64Array(0);
  aboard = new Int32Array(0);
  aloneOn = new Uint8Array(0);
  slack = new Float64Array(0);
  /** Highest load over the route in each dimension; requests needing an assistant. */
  peak: Float64Array;
  assists = 0;
  distance = 0;
  cost = 0;
  private ride = Number.NaN;
  /** Whether the arrays are this route's alone (a clone shares them until either updates). */
  private owned = false;

  constructor(inst: Instance, type: number, seq: number[]) {
    this.type = type;
    this.seq = seq;
    this.peak = new Float64Array(inst.dims);
  }

  get m(): number {
    return this.seq.length;
  }

  clone(): Route {
    const r = Object.create(Route.prototype) as Route;
    Object.assign(r, this);
    r.seq = this.seq.slice();
    // The arrays are shared until one of the two updates, which then takes fresh ones.
    r.owned = false;
    this.owned = false;
    return r;
  }

  /** Distance of the sequence when driven from and to type t's depot. */
  distanceOn(inst: Instance, t: number): number {
    const { dist, size, loc } = inst;
    const depot = inst.depot[t] as number;
    let here = depot;
    let total = 0;
    for (const v of this.seq) {
      total += dist[here * size + (loc[v] as number)] as number;
      here = loc[v] as number;
    }
    return total + (dist[here * size + depot] as number);
  }

  /** What the route costs on vehicle type t. */
  costOn(inst: Instance, t: number, distance = this.distanceOn(inst, t)): number {
    const a = this.assists > 0 ? (inst.assistCost[t] as number) : 0;
    return (inst.fixed[t] as number) + (inst.perDist[t] as number) * distance + a;
  }

  /** Sum of ride times on a schedule that keeps them short; computed when first asked. */
  rideTime(inst: Instance): number {
    if (Number.isNaN(this.ride)) {
      const B = new Float64Array(this.m + 2);
      earliest(inst, this.seq, this.m, this.type, B);
      shortenRides(inst, this.seq, this.m, this.type, B);
      this.ride = rides(inst, this.seq, B);
    }
    return this.ride;
  }

  private allocate(inst: Instance, size: number): void {
    this.E = new Float64Array(size);
    this.La = new Float64Array(size);
    this.cum = new Float64Array(size);
    this.loadOn = new Float64Array(size * inst.dims);
    this.aboard = new Int32Array(size);
    this.aloneOn = new Uint8Array(size);
    this.slack = new Float64Array(size);
    this.peak = new Float64Array(inst.dims);
    this.owned = true;
  }

  /** Recomputes every array from the sequence and type; false when the sequence is infeasible. */
  update(inst: Instance): boolean {
    const m = this.m;
    const { dims, time, size, loc, late, service, load, maxRide } = inst;
    if (!this.owned || this.E.length < m + 2) this.allocate(inst, m + 2 + (m >> 1));
    const { E, La, cum, loadOn, aboard, aloneOn, slack, peak } = this;
    if (!earliest(inst, this.seq, m, this.type, E)) return false;
    loadOn.fill(0, 0, dims);
    aboard[0] = 0;
    aloneOn[0] = 0;
    slack.fill(Number.POSITIVE_INFINITY, 0, m + 1);
    peak.fill(0);
    cum[0] = 0;
    const depot = inst.depot[this.type] as number;
    const node = (k: number) => (k === 0 || k === m + 1 ? -1 : (this.seq[k - 1] as number));
    const at = (v: number) => (v < 0 ? depot : (loc[v] as number));
    let assists = 0;
    let alone = 0;
    for (let k = 1; k <= m + 1; k++) {
      const a = node(k - 1);
      cum[k] =
        (cum[k - 1] as number) +
        (a < 0 ? 0 : (service[a] as number)) +
        (time[at(a) * size + at(node(k))] as number);
    }
    for (let k = 1; k <= m; k++) {
      const v = node(k);
      const r = v >> 1;
      const sign = v & 1 ? -1 : 1;
      for (let d = 0; d < dims; d++) {
        const x = (loadOn[(k - 1) * dims + d] as number) + sign * (load[r * dims + d] as number);
        loadOn[k * dims + d] = x;
        if (x > (peak[d] as number)) peak[d] = x;
      }
      aboard[k] = (aboard[k - 1] as number) + sign;
      if (inst.alone[r]) alone += sign;
      aloneOn[k] = alone > 0 ? 1 : 0;
      if (sign > 0 && inst.assist[r]) assists++;
      if (sign < 0) {
        const p = this.seq.indexOf(v - 1) + 1;
        const s =
          (maxRide[r] as number) - ((cum[k] as number) - (cum[p] as number) - (service[v - 1] as number));
        for (let e = p; e < k; e++) if (s < (slack[e] as number)) slack[e] = s;
      }
    }
    La[m + 1] = inst.close[this.type] as number;
    for (let k = m; k >= 0; k--) {
      const v = node(k);
      const back =
        (La[k + 1] as number) -
        (v < 0 ? 0 : (service[v] as number)) -
        (time[at(v) * size + at(node(k + 1))] as number);
      const l = v < 0 ? (inst.close[this.type] as number) : (late[v] as number);
      La[k] = back < l ? back : l;
    }
    this.assists = assists;
    this.distance = this.distanceOn(inst, this.type);
    this.cost = this.costOn(inst, this.type, this.distance);
    this.ride = Number.NaN;
    return this.fits(inst, this.type);
  }

  /** Whether the loads fit type t (with an assistant's seat when one is carried) and t can carry one if needed. */
  fits(inst: Instance, t: number, extraAssist = false): boolean {
    const needs = this.assists > 0 || extraAssist;
    if (needs && Number.isNaN(inst.assistCost[t] as number)) return false;
    for (let d = 0; d < inst.dims; d++) {
      const cap = (inst.cap[t * inst.dims + d] as number) - (d === 0 && needs ? 1 : 0);
      if ((this.peak[d] as number) > cap + EPS) return false;
    }
    return true;
  }
}

/** Sum over the route's requests of drop-off start − (pickup start + pickup service). */
export function rides(inst: Instance, seq: readonly number[], B: Float64Array): number {
  let total = 0;
  seq.forEach((v, k) => {
    if (v & 1)
      total += (B[k + 1] as number) - (B[seq.indexOf(v - 1) + 1] as number) - (inst.service[v - 1] as number);
  });
  return total;
}
