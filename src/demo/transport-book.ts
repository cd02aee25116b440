/**
 * A demo council's SEND transport book (Demoshire's unless another area is given): the schools, the
 * fleet and contracts, and the needs of every pupil with an EHCP riding on the as-at date, for the
 * route optimiser. It adds to the HTST routes
 * and pupils registers and changes neither: the same pupils ride the same routes at the same cost,
 * and each pupil's needs agree with how they travel today (a pupil who must travel alone rides a
 * single-occupancy taxi; one who needs a passenger assistant rides a route with one). Homes are
 * drawn so that each pupil's direct journey takes at most 60% of their longest ride.
 */
import type { IsoDate } from "../domain/calendar/dates.js";
import { DEFAULT_TRAVEL_SETTINGS, journeyMph, roadMiles } from "../domain/routing/travel.js";
import {
  GUIDANCE_MAX_RIDE,
  type TransportNeed,
  type TransportSchool,
  type TransportVehicle,
} from "../domain/transport/book.js";
import type { HtstPupil, HtstRoute } from "../domain/transport/htst.js";
import type { Random } from "./random.js";
import { demoSchools } from "./transport.js";
import { DEMOSHIRE_AREA, type TransportArea } from "./transport-area.js";
import { demoFleet } from "./transport-fleet.js";
import { drawHome, type Place, schoolSite } from "./transport-places.js";

export interface DemoTransportBook {
  transportSchools: TransportSchool[];
  transportVehicles: TransportVehicle[];
  transportNeeds: TransportNeed[];
}

/** The share of a pupil's longest ride their direct journey may take, so sharing a vehicle is possible. */
export const DIRECT_SHARE = 0.6;

/** Minutes of the direct journey between two places with the default travel settings. */
export function directMinutes(a: Place, b: Place): number {
  const { circuity, mph } = DEFAULT_TRAVEL_SETTINGS;
  return (roadMiles(a, b, circuity) / journeyMph(a.area, b.area, mph)) * 60;
}

const riding = (row: { start: IsoDate; end: IsoDate | null }, on: IsoDate) =>
  row.start <= on && (row.end === null || row.end >= on);

export function demoTransportBook(options: {
  rng: Random;
  scale: number;
  routes: readonly HtstRoute[];
  pupils: readonly HtstPupil[];
  /** The as-at date: the book holds the pupils with an EHCP riding then. */
  on: IsoDate;
  area?: TransportArea;
}): DemoTransportBook {
  const { rng, scale, on, area = DEMOSHIRE_AREA } = options;
  const { special, mainstream } = demoSchools(scale, area);
  const transportSchools = [...special, ...mainstream].map((name, i): TransportSchool => {
    const { x, y, ...site } = schoolSite(name, rng, area);
    return {
      school: `${area.schoolPrefix}${String(i + 1).padStart(3, "0")}`,
      name,
      easting: x,
      northing: y,
      ...site,
    };
  });
  const byName = new Map(transportSchools.map((s) => [s.name, s]));
  const routes = new Map(options.routes.map((r) => [r.routeRef, r]));
  const book = options.pupils.filter((p) => p.ehcp && riding(p, on));

  const transportNeeds = book.map((pupil): TransportNeed => {
    const school = byName.get(pupil.school);
    if (!school) throw new Error(`demo pupil ${pupil.pupilRef} goes to ${pupil.school}, not a demo school`);
    const phase = school.phase === "all-through" ? (rng.chance(0.4) ? "primary" : "secondary") : school.phase;
    const site: Place = { x: school.easting, y: school.northing, area: school.area };
    const limit = GUIDANCE_MAX_RIDE[phase] * DIRECT_SHARE;
    let home = drawHome(rng, area);
    for (let tries = 0; directMinutes(home, site) > limit; tries++) {
      home = tries < 400 ? drawHome(rng, area) : { x: site.x + 1_500, y: site.y, area: "suburban" };
    }
    const own = Math.ceil((directMinutes(home, site) * 1.4) / 5) * 5;
    return {
      pupilRef: pupil.pupilRef,
      school: school.school,
      homeEasting: home.x,
      homeNorthing: home.y,
      homeArea: home.area,
      phase,
      maxRide: rng.chance(0.05) && own < GUIDANCE_MAX_RIDE[phase] ? Math.max(own, 20) : null,
      seats: rng.chance(0.03) ? 2 : 1,
      wheelchair: false,
      assistant: false,
      alone: false,
      cannotTravelWith: [],
    };
  });
  const routeOf = (need: TransportNeed, i: number) => {
    const route = routes.get(book[i]?.routeRef ?? "");
    if (!route) throw new Error(`demo pupil ${need.pupilRef} rides no known route`);
    return route;
  };
  const count = (share: number) => Math.round(share * transportNeeds.length);
  // 8% in wheelchairs (nine in ten at special schools); 15% with a passenger assistant, all on a route
  // with one today; 10% who must travel alone, all in a single-occupancy taxi today.
  const atSpecial = transportNeeds.filter((_, i) => book[i]?.setting === "special");
  const others = transportNeeds.filter((_, i) => book[i]?.setting !== "special");
  const wheelchairs = count(0.08);
  const inSpecial = Math.round(wheelchairs * 0.9);
  for (const need of [
    ...choose(atSpecial, inSpecial, rng),
    ...choose(others, wheelchairs - inSpecial, rng),
  ]) {
    need.wheelchair = true;
    need.seats = 0;
  }
  const withAssistant = transportNeeds.filter((need, i) => routeOf(need, i).passengerAssistant);
  for (const need of choose(withAssistant, count(0.15), rng)) need.assistant = true;
  const single = transportNeeds.filter((need, i) => routeOf(need, i).occupancy === "single");
  for (const need of choose(single, count(0.1), rng)) need.alone = true;
  addIncompatiblePairs(transportNeeds, book, Math.max(1, Math.round(area.incompatiblePairs * scale)), rng);
  return { transportSchools, transportVehicles: demoFleet(scale, area), transportNeeds };
}

/** `count` of the items (all of them if there are fewer), chosen at random, in the order chosen. */
function choose<T>(items: readonly T[], count: number, rng: Random): T[] {
  const deck = [...items];
  const chosen: T[] = [];
  while (chosen.length < count && deck.length > 0) {
    const [item] = deck.splice(rng.int(0, deck.length - 1), 1);
    chosen.push(item as T);
  }
  return chosen;
}

/**
 * `pairs` pairs of pupils at the same school, on different routes today, neither travelling alone,
 * each recorded on both pupils' rows.
 */
function addIncompatiblePairs(
  needs: TransportNeed[],
  pupils: readonly HtstPupil[],
  pairs: number,
  rng: Random,
): void {
  const routeOf = new Map(pupils.map((p) => [p.pupilRef, p.routeRef]));
  const candidates = needs.filter((n) => !n.alone);
  for (let made = 0, tries = 0; made < pairs && tries < 10_000; tries++) {
    const a = rng.pick(candidates);
    const b = rng.pick(candidates);
    if (a === b || a.school !== b.school || routeOf.get(a.pupilRef) === routeOf.get(b.pupilRef)) continue;
    if (a.cannotTravelWith.length > 0 || b.cannotTravelWith.length > 0) continue;
    a.cannotTravelWith = [b.pupilRef];
    b.cannotTravelWith = [a.pupilRef];
    made++;
  }
}
