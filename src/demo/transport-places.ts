/**
 * Where a demo council's schools and transported pupils are (transport-area.ts): towns in a county,
 * with villages and farms between them.
 */
import { type AreaType, clockTime, minutesOfDay, type SchoolPhase } from "../domain/transport/book.js";
import type { Random } from "./random.js";
import type { Town, TransportArea } from "./transport-area.js";

export interface Place {
  x: number;
  y: number;
  area: AreaType;
}

/** A place `distance` metres (give or take) from a town's centre, in a random direction, inside the county. */
function near(town: Town, distance: number, rng: Random, area: TransportArea): { x: number; y: number } {
  const { west, east, south, north } = area.county;
  const angle = rng.uniform(0, 2 * Math.PI);
  return {
    x: Math.round(Math.min(east, Math.max(west, town.east + distance * Math.cos(angle)))),
    y: Math.round(Math.min(north, Math.max(south, town.north + distance * Math.sin(angle)))),
  };
}

/** The area a place this far from a town centre is in: the centre, the edge of town, or country. */
function areaAt(metres: number): AreaType {
  return metres < 1_200 ? "urban" : metres < 3_500 ? "suburban" : "rural";
}

/** A home: most in a town (nearer the centre more often), the rest in villages and farms anywhere in the county. */
export function drawHome(rng: Random, area: TransportArea): Place {
  const { county, towns } = area;
  if (rng.chance(0.35)) {
    return {
      x: Math.round(rng.uniform(county.west, county.east)),
      y: Math.round(rng.uniform(county.south, county.north)),
      area: "rural",
    };
  }
  const weights = Object.fromEntries(Object.entries(towns).map(([name, t]) => [name, t.weight]));
  const town = towns[rng.weighted(weights)] as Town;
  const distance = Math.abs(rng.normal(0, 1_400 + 60 * town.weight));
  return { ...near(town, distance, rng, area), area: areaAt(distance) };
}

export interface SchoolSite extends Place {
  phase: SchoolPhase;
  bell: string;
  finish: string;
  arriveMin: number;
  arriveMax: number;
}

/**
 * Where a school is and its day, from its name: special schools and colleges on the edge of town
 * (all-through, 08:45-09:00 to 15:00-15:15, arrive 5-15 or 20 minutes early); primaries in town and
 * CE primaries in a village nearby (08:45-08:55 to 15:15-15:30); high schools and academies on the
 * edge of town (08:30-08:50 to 15:00-15:20); mainstream pupils may arrive 5-30 minutes early.
 */
export function schoolSite(name: string, rng: Random, area: TransportArea): SchoolSite {
  const names = Object.keys(area.towns);
  const town = area.towns[names.find((t) => name.startsWith(t)) ?? (names[0] as string)] as Town;
  const special = /Special|College/.test(name);
  const village = / CE Primary /.test(name);
  const primary = / Primary /.test(name);
  const distance = village
    ? rng.uniform(3_800, 7_000)
    : primary
      ? rng.uniform(200, 1_100)
      : rng.uniform(1_300, 3_000);
  const place = { ...near(town, distance, rng, area), area: areaAt(distance) };
  /** A time of day on the 5 minutes between two "HH:MM" times. */
  const between = (from: string, to: string) =>
    clockTime(minutesOfDay(from) + 5 * rng.int(0, (minutesOfDay(to) - minutesOfDay(from)) / 5));
  const early = (most: readonly number[]) => ({ arriveMin: 5, arriveMax: rng.pick(most) });
  if (special)
    return {
      ...place,
      phase: "all-through",
      bell: between("08:45", "09:00"),
      finish: between("15:00", "15:15"),
      ...early([15, 20]),
    };
  if (primary)
    return {
      ...place,
      phase: "primary",
      bell: between("08:45", "08:55"),
      finish: between("15:15", "15:30"),
      ...early([20, 25, 30]),
    };
  return {
    ...place,
    phase: "secondary",
    bell: between("08:30", "08:50"),
    finish: between("15:00", "15:20"),
    ...early([20, 25, 30]),
  };
}
