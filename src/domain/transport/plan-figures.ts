/**
 * What a council's run means in money and minutes: each route's cost in pence (the solver's cost
 * unit for a transport book) rounded once, shared equally among its pupils in pupil-ref order so the
 * shares add up to the route (the rule today's arrangements are costed by); each pupil's pick-up and
 * drop-off as clock times and their ride in minutes against their longest; and the run's total.
 */
import { allocate, type Pence, prorate, roundPence, toDecimalPounds } from "../money/money.js";
import type { Route, RoutingProblem } from "../routing/model.js";
import type { SendProblem } from "../routing/send-problem.js";
import { clockTime } from "./book.js";

export interface PupilRide {
  pupil: string;
  /** The route's index in `routes`, as the checker numbers routes. */
  route: number;
  pickup: string;
  dropoff: string;
  rideMinutes: number;
  maxRide: number | null;
  pence: Pence;
  pounds: string;
}

export interface CouncilFigures {
  routes: { pence: Pence; pounds: string; pupils: number }[];
  pupils: PupilRide[];
  total: { pence: Pence; pounds: string; pupils: number; perPupilPence: Pence; perPupilPounds: string };
  ride: { meanMinutes: number; longestMinutes: number };
}

/** "home of P0012", "school S07", "depot (MINIBUS, TAXI)": what a location is in the book. */
export function placeOf(problem: SendProblem, location: number): string {
  const place = problem.locations[location];
  if (!place) return String(location);
  if (place.kind === "home") return `home of ${place.ref}`;
  return place.kind === "school" ? `school ${place.ref}` : `depot (${place.ref})`;
}

const tenth = (x: number) => Math.round(x * 10) / 10;

export function councilFigures(
  problem: SendProblem,
  routes: readonly Route[],
  costs: readonly number[],
): CouncilFigures {
  const requests = new Map(problem.requests.map((q) => [q.id, q]));
  const pupils: PupilRide[] = [];
  const byRoute = routes.map((route, r) => {
    const pence = roundPence(costs[r] ?? 0);
    const aboard = [...new Set(route.stops.map((s) => s.request))].sort((a, b) => a.localeCompare(b));
    const shares =
      aboard.length > 0
        ? allocate(
            pence,
            aboard.map(() => 1),
          )
        : [];
    aboard.forEach((pupil, k) => {
      const up = route.stops.find((s) => s.request === pupil && s.kind === "pickup");
      const down = route.stops.find((s) => s.request === pupil && s.kind === "dropoff");
      const request = requests.get(pupil);
      if (!up || !down || !request) return;
      const share = shares[k] ?? 0;
      pupils.push({
        pupil,
        route: r,
        pickup: clockTime(up.start),
        dropoff: clockTime(down.start),
        rideMinutes: tenth(down.start - (up.start + request.pickup.service)),
        maxRide: request.maxRide,
        pence: share,
        pounds: toDecimalPounds(share),
      });
    });
    return { pence, pounds: toDecimalPounds(pence), pupils: aboard.length };
  });
  pupils.sort((a, b) => a.pupil.localeCompare(b.pupil));
  const total = byRoute.reduce((s, r) => s + r.pence, 0);
  const perPupil = pupils.length > 0 ? prorate(total, 1, pupils.length) : 0;
  const rides = pupils.map((p) => p.rideMinutes);
  return {
    routes: byRoute,
    pupils,
    total: {
      pence: total,
      pounds: toDecimalPounds(total),
      pupils: pupils.length,
      perPupilPence: perPupil,
      perPupilPounds: toDecimalPounds(perPupil),
    },
    ride: {
      meanMinutes: rides.length > 0 ? tenth(rides.reduce((s, x) => s + x, 0) / rides.length) : 0,
      longestMinutes: rides.length > 0 ? Math.max(...rides) : 0,
    },
  };
}

/** A route's distance along its stops and back, and its cost at its vehicle type's prices. */
export function routeFigures(problem: RoutingProblem, route: Route): { distance: number; cost: number } {
  const type = problem.vehicleTypes.find((t) => t.id === route.vehicleType);
  if (!type) return { distance: 0, cost: 0 };
  const { size, distance: miles } = problem.travel;
  let distance = 0;
  let at = type.depot;
  for (const stop of [...route.stops.map((s) => s.location), type.depot]) {
    distance += miles[at * size + stop] as number;
    at = stop;
  }
  const assistant = route.assistant ? (type.assistantCost ?? 0) : 0;
  return { distance, cost: type.fixedCost + type.distanceCost * distance + assistant };
}
