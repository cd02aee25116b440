/**
 * The routing problem of one run of a school day, built from the transport book: a request per
 * pupil (home to school in the morning, school to home in the afternoon), the vehicle types of
 * transport-vehicles, and the travel between depots, schools and homes.
 *
 * - Which pupils: those in transport-needs whose htst-pupils row runs on `on` (all of them if `on`
 *   is not given), in pupil-reference order; a request's id is the pupil ref.
 * - Times are minutes after midnight. Morning: drop-off at school from bell − the most minutes early
 *   to bell − the fewest; pick-up at home any time from the start of the vehicles' span until then.
 *   Afternoon: pick-up at school from the finish to the finish + `collectWithin` (15); drop-off at
 *   home any time from the finish until the end of the span.
 * - A stop takes 2 minutes, 5 for a wheelchair user. Loads are [seats, wheelchair spaces]: a
 *   wheelchair user takes a wheelchair space (and any seats the row gives), not a seat.
 * - The longest ride is the pupil's own, or the guidance for their phase (45 primary, 75 secondary).
 * - Costs in pence. A day rate, fixed rate or assistant's cost pays for the day's two runs, so one
 *   run carries `runShare` (half) of it; the rate per mile is charged in full on the run's miles. A
 *   day's plan costs its morning run plus its afternoon run.
 */
import type { IsoDate } from "../calendar/dates.js";
import { maxRideOf, minutesOfDay, type TransportNeed, type TransportSchool } from "../transport/book.js";
import { type TransportBook, TransportBookError, transportBookErrors } from "../transport/book-check.js";
import type { RoutingProblem, RoutingRequest, Stop, TravelMatrix, VehicleType } from "./model.js";
import { type GridPoint, type TravelSettings, travelMatrix } from "./travel.js";

export type Run = "morning" | "afternoon";

export interface SendProblemOptions {
  /** The school day: only pupils whose htst-pupils row runs then. Absent: every pupil in the book. */
  on?: IsoDate;
  /** The straight-line estimate's circuity and speeds (travel.ts defaults otherwise). */
  travel?: TravelSettings;
  /** Another source of travel (e.g. a council's matrix from OSRM), given the locations in order. */
  matrix?: (locations: readonly SendLocation[]) => TravelMatrix;
  /** Minutes a stop takes: 2 seated, 5 for a wheelchair user. */
  service?: { seated: number; wheelchair: number };
  /** Afternoon: pupils are collected within this many minutes of the finish (15). */
  collectWithin?: number;
  /** The share of a day's fixed and assistant costs one run carries (0.5). */
  runShare?: number;
  /** When vehicles may leave and must be back, minutes after midnight: morning 06:00-10:00, afternoon 13:00-19:00. */
  window?: readonly [number, number];
  /** The longest run from leaving the depot to returning, in minutes; null or absent: no limit. */
  maxDuration?: number | null;
  /** Leaves out pupils the test rejects, e.g. those trained to travel independently. */
  include?: (need: TransportNeed) => boolean;
}

/** A place in the problem, in the travel matrices' order: depots, then schools, then homes. */
export interface SendLocation extends GridPoint {
  kind: "depot" | "school" | "home";
  /** The vehicle types based there (joined by ", "), the school id or the pupil ref. */
  ref: string;
}

export interface SendProblem extends RoutingProblem {
  run: Run;
  locations: readonly SendLocation[];
}

const DAY_SPANS: Readonly<Record<Run, readonly [number, number]>> = {
  morning: [6 * 60, 10 * 60],
  afternoon: [13 * 60, 19 * 60],
};

export function transportProblem(
  book: TransportBook,
  run: Run,
  options: SendProblemOptions = {},
): SendProblem {
  const errors = transportBookErrors(book);
  if (errors.length > 0) throw new TransportBookError(errors);
  const span = options.window ?? DAY_SPANS[run];
  const service = options.service ?? { seated: 2, wheelchair: 5 };
  const share = options.runShare ?? 0.5;
  const riding = new Set(
    book.htstPupils
      .filter(
        (p) => options.on === undefined || (p.start <= options.on && (p.end === null || p.end >= options.on)),
      )
      .map((p) => p.pupilRef),
  );
  const needs = book.transportNeeds
    .filter((n) => riding.has(n.pupilRef) && (options.include?.(n) ?? true))
    .sort((a, b) => a.pupilRef.localeCompare(b.pupilRef));
  const schools = new Map(book.transportSchools.map((s) => [s.school, s]));

  const locations: SendLocation[] = [];
  const depotOf = new Map<string, number>();
  for (const v of book.transportVehicles) {
    const at = `${v.depotEasting},${v.depotNorthing},${v.depotArea}`;
    const index = depotOf.get(at);
    if (index === undefined) {
      depotOf.set(at, locations.length);
      locations.push({
        kind: "depot",
        ref: v.vehicleType,
        x: v.depotEasting,
        y: v.depotNorthing,
        area: v.depotArea,
      });
    } else {
      const depot = locations[index] as SendLocation;
      depot.ref = `${depot.ref}, ${v.vehicleType}`;
    }
  }
  const schoolAt = new Map<string, number>();
  for (const id of [...new Set(needs.map((n) => n.school))].sort()) {
    const s = schools.get(id) as TransportSchool;
    schoolAt.set(id, locations.length);
    locations.push({ kind: "school", ref: id, x: s.easting, y: s.northing, area: s.area });
  }

  const requests = needs.map((n): RoutingRequest => {
    const school = schools.get(n.school) as TransportSchool;
    const home = locations.length;
    locations.push({ kind: "home", ref: n.pupilRef, x: n.homeEasting, y: n.homeNorthing, area: n.homeArea });
    const minutes = n.wheelchair ? service.wheelchair : service.seated;
    const stop = (location: number, window: readonly [number, number]): Stop => ({
      location,
      window,
      service: minutes,
    });
    const atSchool = schoolAt.get(n.school) as number;
    let pickup: Stop;
    let dropoff: Stop;
    if (run === "morning") {
      const bell = minutesOfDay(school.bell);
      pickup = stop(home, [span[0], bell - school.arriveMin]);
      dropoff = stop(atSchool, [bell - school.arriveMax, bell - school.arriveMin]);
    } else {
      const finish = minutesOfDay(school.finish);
      pickup = stop(atSchool, [finish, finish + (options.collectWithin ?? 15)]);
      dropoff = stop(home, [finish, span[1]]);
    }
    return {
      id: n.pupilRef,
      pickup,
      dropoff,
      load: [n.seats, n.wheelchair ? 1 : 0],
      maxRide: maxRideOf(n),
      alone: n.alone,
      needsAssistant: n.assistant,
    };
  });

  const vehicleTypes = book.transportVehicles.map(
    (v): VehicleType => ({
      id: v.vehicleType,
      count: v.available ?? Number.POSITIVE_INFINITY,
      capacity: [v.seats, v.wheelchairSpaces],
      depot: depotOf.get(`${v.depotEasting},${v.depotNorthing},${v.depotArea}`) as number,
      window: span,
      maxDuration: options.maxDuration ?? null,
      fixedCost: (v.dayRate ?? v.fixedRate ?? 0) * share,
      distanceCost: v.ratePerMile ?? 0,
      assistantCost: v.assistantCost === null ? null : v.assistantCost * share,
    }),
  );

  const included = new Set(needs.map((n) => n.pupilRef));
  const pairs = new Map<string, readonly [string, string]>();
  for (const n of needs) {
    for (const other of n.cannotTravelWith) {
      if (!included.has(other)) continue;
      const pair = [n.pupilRef, other].sort() as [string, string];
      pairs.set(pair.join("\u0000"), pair);
    }
  }

  const travel = options.matrix ? options.matrix(locations) : travelMatrix(locations, options.travel);
  if (travel.size !== locations.length)
    throw new Error(`The travel matrix is for ${travel.size} places; the problem has ${locations.length}.`);
  return {
    name: `${run} run${options.on ? ` on ${options.on}` : ""}`,
    run,
    dimensions: ["seats", "wheelchair spaces"],
    travel,
    vehicleTypes,
    requests,
    incompatible: [...pairs.values()].sort((a, b) => a[0].localeCompare(b[0]) || a[1].localeCompare(b[1])),
    locations,
  };
}
