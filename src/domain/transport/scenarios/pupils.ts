/**
 * What a scenario means for each pupil in scope (child-level: officers only): today's share, the
 * plan's share of its morning and afternoon routes (councilFigures) plus any budget paid, the
 * arrangement in words, and the morning pick-up and both rides against their limit.
 */
import type { Pence } from "../../money/money.js";
import type { RoutingRequest } from "../../routing/model.js";
import { councilFigures, type PupilRide } from "../plan-figures.js";
import type { ScenarioPupil } from "./model.js";
import { type SolvedDay, type SolvedRun, unservedPupils } from "./runs.js";

export interface PupilsInput {
  /** The pupils in scope, as the day's requests (pupil-ref order). */
  scope: readonly RoutingRequest[];
  current: ReadonlyMap<string, Pence>;
  day: SolvedDay;
  /** Paid besides the routes (personal budgets), by pupil. */
  paid: ReadonlyMap<string, Pence>;
  /** The policy's words for a pupil's arrangement ("travel trained", "pick-up point P3, 420 m walk"). */
  words: ReadonlyMap<string, string>;
}

export function scenarioPupils({ scope, current, day, paid, words }: PupilsInput): ScenarioPupil[] {
  const morning = ridesOf(day.morning);
  const afternoon = ridesOf(day.afternoon);
  const unserved = unservedPupils(day);
  return scope.map((request): ScenarioPupil => {
    const pupil = request.id;
    const up = morning.rides.get(pupil);
    const back = afternoon.rides.get(pupil);
    const riders = up ? (morning.riders[up.route] ?? 0) : 0;
    const travels = riders > 1 ? "shared" : up ? "alone" : "unserved";
    return {
      pupil,
      currentDailyCost: current.get(pupil) ?? null,
      planDailyCost: (up?.pence ?? 0) + (back?.pence ?? 0) + (paid.get(pupil) ?? 0),
      arrangement: unserved.has(pupil) ? "unserved" : (words.get(pupil) ?? travels),
      morningPickup: up?.pickup ?? null,
      morningRideMinutes: up?.rideMinutes ?? null,
      afternoonRideMinutes: back?.rideMinutes ?? null,
      // A SEND problem's requests always carry the pupil's limit (their own, or the phase's guidance).
      maxRide: request.maxRide as number,
    };
  });
}

function ridesOf(run: SolvedRun): { rides: Map<string, PupilRide>; riders: number[] } {
  const figures = councilFigures(run.problem, run.plan.routes, run.plan.routeCosts);
  return {
    rides: new Map(figures.pupils.map((p) => [p.pupil, p])),
    riders: figures.routes.map((r) => r.pupils),
  };
}
