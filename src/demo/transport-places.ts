/**
 * Where Demoshire's schools and transported pupils are: nine towns in a county 50 km east to west
 * and 40 km south to north (grid references 325000-375000 east, 230000-270000 north, Kingsbrook,
 * the county town, at 350000, 250000 like the DM1 district), with villages and farms between them.
 */
import { type AreaType, clockTime, minutesOfDay, type SchoolPhase } from "../domain/transport/book.js";
import type { Random } from "./random.js";

export const COUNTY = { west: 325_000, east: 375_000, south: 230_000, north: 270_000 } as const;

interface Town {
  east: number;
  north: number;
  /** A share of the county's homes (Kingsbrook is about a third of the town dwellers). */
  weight: number;
}

/** The towns of PLACES in transport.ts. */
export const TOWNS: Readonly<Record<string, Town>> = {
  Kingsbrook: { east: 350_000, north: 250_000, weight: 30 },
  Ashford: { east: 364_000, north: 238_000, weight: 10 },
  Ledwell: { east: 336_000, north: 262_000, weight: 10 },
  Brompton: { east: 331_000, north: 236_000, weight: 7 },
  Orleton: { east: 347_000, north: 266_500, weight: 6 },
  Fownhope: { east: 361_000, north: 255_000, weight: 6 },
  Weobley: { east: 339_000, north: 247_000, weight: 5 },
  Pembridge: { east: 327_500, north: 254_000, weight: 5 },
  Staunton: { east: 369_000, north: 264_000, weight: 5 },
};

export interface Place {
  x: number;
  y: number;
  area: AreaType;
}

const clampX = (x: number) => Math.round(Math.min(COUNTY.east, Math.max(COUNTY.west, x)));
const clampY = (y: number) => Math.round(Math.min(COUNTY.north, Math.max(COUNTY.south, y)));

/** A place `distance` metres (give or take) from a town's centre, in a random direction. */
function near(town: Town, distance: number, rng: Random): { x: number; y: number } {
  const angle = rng.uniform(0, 2 * Math.PI);
  return {
    x: clampX(town.east + distance * Math.cos(angle)),
    y: clampY(town.north + distance * Math.sin(angle)),
  };
}

/** The area a place this far from a town centre is in: the centre, the edge of town, or country. */
function areaAt(metres: number): AreaType {
  return metres < 1_200 ? "urban" : metres < 3_500 ? "suburban" : "rural";
}

/** A home: most in a town (nearer the centre more often), the rest in villages and farms anywhere in the county. */
export function drawHome(rng: Random): Place {
  if (rng.chance(0.35)) {
    return {
      x: Math.round(rng.uniform(COUNTY.west, COUNTY.east)),
      y: Math.round(rng.uniform(COUNTY.south, COUNTY.north)),
      area: "rural",
    };
  }
  const weights = Object.fromEntries(Object.entries(TOWNS).map(([name, t]) => [name, t.weight]));
  const town = TOWNS[rng.weighted(weights)] as Town;
  const distance = Math.abs(rng.normal(0, 1_400 + 60 * town.weight));
  return { ...near(town, distance, rng), area: areaAt(distance) };
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
export function schoolSite(name: string, rng: Random): SchoolSite {
  const town = TOWNS[Object.keys(TOWNS).find((t) => name.startsWith(t)) ?? "Kingsbrook"] as Town;
  const special = /Special|College/.test(name);
  const village = / CE Primary /.test(name);
  const primary = / Primary /.test(name);
  const distance = village
    ? rng.uniform(3_800, 7_000)
    : primary
      ? rng.uniform(200, 1_100)
      : rng.uniform(1_300, 3_000);
  const place = { ...near(town, distance, rng), area: areaAt(distance) };
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
