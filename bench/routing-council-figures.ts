/**
 * The council benchmark's figures, from a solved day: today's daily cost for the day's pupils (the
 * baseline), the saving, ride-time statistics, and the routes and vehicles of each vehicle type.
 * Counts and statistics only: no pupil's reference or cost.
 */
import type { IsoDate } from "../src/domain/calendar/dates.js";
import { type Pence, sum } from "../src/domain/money/money.js";
import type { Route, VehicleType } from "../src/domain/routing/model.js";
import { currentArrangements } from "../src/domain/transport/current-cost.js";
import type { HtstPupil, HtstRoute } from "../src/domain/transport/htst.js";
import type { PupilRide } from "../src/domain/transport/plan-figures.js";

export interface Today {
  /** Σ each pupil's share of their route's daily cost in htst-routes on the day (currentArrangements). */
  dailyCost: Pence;
  priced: number;
  /** The day's pupils with no priced arrangement that day (left out of dailyCost). */
  unpriced: number;
}

export function todayCost(
  book: { htstRoutes: readonly HtstRoute[]; htstPupils: readonly HtstPupil[] },
  on: IsoDate,
  pupils: readonly string[],
): Today {
  const { arrangements } = currentArrangements(book.htstRoutes, book.htstPupils, on);
  const shares = pupils.flatMap((p) => {
    const a = arrangements.get(p);
    return a ? [a.dailyCost] : [];
  });
  return { dailyCost: sum(shares), priced: shares.length, unpriced: pupils.length - shares.length };
}

/** Today − the plan, in pence and as a share of today (null when today costs nothing). */
export function saving(today: Pence, plan: Pence): { pence: Pence; percent: number | null } {
  const pence = today - plan;
  return { pence, percent: today === 0 ? null : (100 * pence) / today };
}

export interface RideStats {
  pupils: number;
  meanMinutes: number;
  /** The nearest-rank 95th percentile. */
  p95Minutes: number;
  longestMinutes: number;
  /** The share of pupils (0–1) riding no longer than their own longest ride. */
  withinLimit: number;
}

export function rideStats(rides: readonly PupilRide[]): RideStats {
  const minutes = rides.map((r) => r.rideMinutes).sort((a, b) => a - b);
  const n = minutes.length;
  if (n === 0) return { pupils: 0, meanMinutes: 0, p95Minutes: 0, longestMinutes: 0, withinLimit: 1 };
  const within = rides.filter((r) => r.maxRide === null || r.rideMinutes <= r.maxRide).length;
  return {
    pupils: n,
    meanMinutes: minutes.reduce((s, m) => s + m, 0) / n,
    p95Minutes: minutes[Math.ceil(0.95 * n) - 1] as number,
    longestMinutes: minutes[n - 1] as number,
    withinLimit: within / n,
  };
}

export interface TypeUse {
  vehicleType: string;
  capacity: readonly number[];
  /** The fleet's count; Infinity for as many as wanted. */
  available: number;
  morning: number;
  afternoon: number;
  /** Vehicles the day needs: a vehicle can drive a morning route and an afternoon one, so the larger. */
  vehicles: number;
}

/** Routes of each vehicle type in each run, in the problem's order of types. */
export function vehiclesByType(
  types: readonly VehicleType[],
  morning: readonly Route[],
  afternoon: readonly Route[],
): TypeUse[] {
  const count = (routes: readonly Route[], id: string) => routes.filter((r) => r.vehicleType === id).length;
  return types.map((t) => {
    const m = count(morning, t.id);
    const a = count(afternoon, t.id);
    return {
      vehicleType: t.id,
      capacity: t.capacity,
      available: t.count,
      morning: m,
      afternoon: a,
      vehicles: Math.max(m, a),
    };
  });
}
