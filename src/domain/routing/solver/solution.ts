/**
 * A solution in the search: routes, the request bank (servable requests not yet on a route) and
 * how many vehicles of each type are in use. Its value for the search is its cost plus a penalty per
 * banked request large enough that serving one more request always wins.
 */
import { EPS, type Instance } from "./instance.js";
import { Route } from "./route.js";
import { earliest } from "./schedule.js";

export class Solution {
  routes: Route[];
  bank: number[];
  used: Int32Array;
  /** Which route each request is on; null when banked or not servable. */
  routeOf: (Route | null)[];
  /** At most this many routes (the vehicle-count reduction phase lowers it). */
  maxRoutes = Number.POSITIVE_INFINITY;

  constructor(
    readonly inst: Instance,
    readonly penalty: number,
    routes: Route[] = [],
    bank: number[] = [],
  ) {
    this.routes = routes;
    this.bank = bank;
    this.used = new Int32Array(inst.types);
    this.routeOf = new Array<Route | null>(inst.n).fill(null);
    for (const route of routes) {
      this.used[route.type] = (this.used[route.type] as number) + 1;
      for (const v of route.seq) if ((v & 1) === 0) this.routeOf[v >> 1] = route;
    }
  }

  clone(): Solution {
    const s = new Solution(
      this.inst,
      this.penalty,
      this.routes.map((r) => r.clone()),
      this.bank.slice(),
    );
    s.maxRoutes = this.maxRoutes;
    return s;
  }

  cost(): number {
    let c = 0;
    for (const r of this.routes) c += r.cost;
    return c;
  }

  /** The value the search minimises. */
  value(): number {
    return this.cost() + this.penalty * this.bank.length;
  }

  rideTime(): number {
    let t = 0;
    for (const r of this.routes) t += r.rideTime(this.inst);
    return t;
  }

  /** Whether this is better than `other`: lower value, then (on a tie) shorter rides. */
  betterThan(other: Solution): boolean {
    const a = this.value();
    const b = other.value();
    const tol = 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
    if (a < b - tol) return true;
    if (a > b + tol) return false;
    return this.rideTime() < other.rideTime() - EPS;
  }

  /** Whether the fleet has another vehicle of type t (for a route to switch to). */
  free(t: number): boolean {
    return (this.used[t] as number) < (this.inst.count[t] as number);
  }

  /** Whether a new route of type t may be opened. */
  canOpen(t: number): boolean {
    return this.free(t) && this.routes.length < this.maxRoutes;
  }

  /** Takes request r off its route (the route is updated later by `settle`). */
  remove(r: number, touched: Set<Route>): void {
    const route = this.routeOf[r];
    if (!route) return;
    route.seq = route.seq.filter((v) => v >> 1 !== r);
    this.routeOf[r] = null;
    touched.add(route);
  }

  /** Updates the touched routes, dropping empty ones; a route left infeasible (travel times that break the triangle inequality) is emptied into the bank. */
  settle(touched: Iterable<Route>, bankTo: number[]): void {
    for (const route of touched) {
      if (route.m > 0 && route.update(this.inst)) continue;
      for (const v of route.seq)
        if ((v & 1) === 0) {
          this.routeOf[v >> 1] = null;
          bankTo.push(v >> 1);
        }
      this.routes.splice(this.routes.indexOf(route), 1);
      this.used[route.type] = (this.used[route.type] as number) - 1;
    }
  }

  /** Opens a new route of type t with request r alone on it. */
  open(r: number, t: number): Route {
    const route = new Route(this.inst, t, [2 * r, 2 * r + 1]);
    route.update(this.inst);
    this.routes.push(route);
    this.used[t] = (this.used[t] as number) + 1;
    this.routeOf[r] = route;
    return route;
  }

  /** Puts request r on `route` at edges i, j, switching the route to type t if it differs. */
  insert(r: number, route: Route, i: number, j: number, t: number): void {
    const seq = route.seq;
    seq.splice(j, 0, 2 * r + 1);
    seq.splice(i, 0, 2 * r);
    if (t !== route.type) {
      this.used[route.type] = (this.used[route.type] as number) - 1;
      this.used[t] = (this.used[t] as number) + 1;
      route.type = t;
    }
    route.update(this.inst);
    this.routeOf[r] = route;
  }

  /** Moves each route to the cheapest vehicle type it fits (and is free), e.g. a taxi after a minibus emptied. */
  retype(routes: Iterable<Route>, times: Float64Array): void {
    const inst = this.inst;
    for (const route of routes) {
      if (!this.routes.includes(route)) continue;
      let best = route.type;
      let bestCost = route.cost;
      for (let t = 0; t < inst.types; t++) {
        if (t === route.type || !this.free(t) || !route.fits(inst, t)) continue;
        const c = route.costOn(inst, t);
        if (c < bestCost - EPS && earliestOn(inst, route, t, times)) {
          best = t;
          bestCost = c;
        }
      }
      if (best === route.type) continue;
      this.used[route.type] = (this.used[route.type] as number) - 1;
      this.used[best] = (this.used[best] as number) + 1;
      route.type = best;
      route.update(inst);
    }
  }
}

function earliestOn(inst: Instance, route: Route, t: number, times: Float64Array): boolean {
  const B = times.length >= route.m + 2 ? times : new Float64Array(route.m + 2);
  return earliest(inst, route.seq, route.m, t, B);
}
