/**
 * A route's times, recomputed from the travel matrix and the problem's windows and service times:
 * each arrival no earlier than the previous departure (or leaving the depot) plus the journey; service
 * starting no earlier than arrival and within the stop's window; departure no earlier than the end of
 * service; back at the depot no earlier than the last departure plus the journey home; leaving and
 * coming back within the vehicle type's window; and the route no longer than its longest duration.
 */
import type { Route, Stop, TravelMatrix, VehicleType } from "../model.js";
import { type CheckConstraint, excess, figure, TIME_TOLERANCE, type Violation } from "./violation.js";

/** A route's stops resolved against the problem: where each really is and its window and service. */
export interface ResolvedStop {
  location: number;
  /** The problem's stop; null when the stop names a request the problem does not have. */
  stop: Stop | null;
  label: string;
}

export function checkSchedule(
  route: Route,
  r: number,
  type: VehicleType,
  resolved: readonly ResolvedStop[],
  travel: TravelMatrix,
): Violation[] {
  const violations: Violation[] = [];
  const name = `Route ${r} (${type.id})`;
  const add = (stop: number | null, request: string | null, constraint: CheckConstraint, message: string) =>
    violations.push({ route: r, vehicleType: type.id, stop, request, constraint, message });

  const times = [route.leave, route.back, ...route.stops.flatMap((s) => [s.arrival, s.start, s.departure])];
  if (times.some((t) => typeof t !== "number" || !Number.isFinite(t))) {
    add(
      null,
      null,
      "sequence",
      `${name} has a time that is not a finite number; its schedule cannot be checked.`,
    );
    return violations;
  }
  const [open, close] = type.window;
  if (route.leave < open - TIME_TOLERANCE) {
    add(
      null,
      null,
      "route-duration",
      `${name} leaves the depot at ${figure(route.leave)}, before the vehicle's day starts at ${figure(open)}.`,
    );
  }

  let place = type.depot;
  let free = route.leave;
  let from = "the depot";
  route.stops.forEach((s, k) => {
    const here = resolved[k] as ResolvedStop;
    const journey = travel.time[place * travel.size + here.location] as number;
    const earliest = free + journey;
    const what = `stop ${k} (${here.label})`;
    if (s.arrival < earliest - TIME_TOLERANCE) {
      add(
        k,
        s.request,
        "time-window",
        `${name} arrives at ${what} at ${figure(s.arrival)}, but it left ${from} at ${figure(free)} and the journey takes ${figure(journey)}, so it cannot arrive before ${figure(earliest)} (${excess(earliest - s.arrival)} too early).`,
      );
    }
    if (s.start < s.arrival - TIME_TOLERANCE) {
      add(
        k,
        s.request,
        "time-window",
        `${name} starts service at ${what} at ${figure(s.start)}, before it arrives at ${figure(s.arrival)}.`,
      );
    }
    if (here.stop) {
      const [e, l] = here.stop.window;
      if (s.start < e - TIME_TOLERANCE || s.start > l + TIME_TOLERANCE) {
        const by = s.start < e ? `${excess(e - s.start)} early` : `${excess(s.start - l)} late`;
        add(
          k,
          s.request,
          "time-window",
          `${name} starts service at ${what} at ${figure(s.start)}, outside its window ${figure(e)}–${figure(l)} (${by}).`,
        );
      }
      const done = s.start + here.stop.service;
      if (s.departure < done - TIME_TOLERANCE) {
        add(
          k,
          s.request,
          "time-window",
          `${name} leaves ${what} at ${figure(s.departure)}, before service ends at ${figure(done)} (it starts at ${figure(s.start)} and takes ${figure(here.stop.service)}).`,
        );
      }
    }
    place = here.location;
    free = s.departure;
    from = what;
  });

  const home = travel.time[place * travel.size + type.depot] as number;
  if (route.back < free + home - TIME_TOLERANCE) {
    add(
      null,
      null,
      "time-window",
      `${name} is back at the depot at ${figure(route.back)}, but it left ${from} at ${figure(free)} and the journey takes ${figure(home)}, so it cannot be back before ${figure(free + home)}.`,
    );
  }
  if (route.back > close + TIME_TOLERANCE) {
    add(
      null,
      null,
      "route-duration",
      `${name} is back at the depot at ${figure(route.back)}, after the vehicle's day ends at ${figure(close)} (${excess(route.back - close)} late).`,
    );
  }
  const duration = route.back - route.leave;
  if (type.maxDuration !== null && duration > type.maxDuration + TIME_TOLERANCE) {
    add(
      null,
      null,
      "route-duration",
      `${name} lasts ${figure(duration)} (from ${figure(route.leave)} to ${figure(route.back)}); the longest allowed is ${figure(type.maxDuration)} (${excess(duration - type.maxDuration)} over).`,
    );
  }
  return violations;
}
