/**
 * Travel times and distances when the council has no routing engine: the straight line between two
 * grid references × a circuity factor (roads are not straight), at a speed set by the kind of area.
 *
 * Points are British National Grid eastings and northings in metres, as the postcode-grid register
 * holds them. Distances come out in miles and times in minutes, the units of the routing contract.
 * A journey between two areas runs at the slower of the two ends' speeds: a trip from a rural home to
 * a town school spends its last miles in town traffic, and erring slow keeps ride-time limits safe.
 */
import type { TravelMatrix } from "./model.js";

export type AreaType = "urban" | "suburban" | "rural";

export const AREA_TYPES: readonly AreaType[] = ["urban", "suburban", "rural"];

/** A place on the British National Grid: easting x and northing y in metres. */
export interface GridPoint {
  x: number;
  y: number;
  area: AreaType;
  /** The place's id in a council-supplied matrix (a school id, a pupil reference, a depot); straight lines need none. */
  id?: string;
}

/**
 * Where travel times come from, pluggable: the problem's places in order in, their matrix out. The
 * straight line is `straightLine(settings)`; a council's CSV matrix and the cache are adapters
 * (src/formats/routing/matrix-csv.ts, matrix-cache.ts) since they read text and hash.
 */
export type TravelSource = (points: readonly GridPoint[]) => TravelMatrix;

export function straightLine(settings?: TravelSettings): TravelSource {
  const resolved = resolveTravelSettings(settings);
  return (points) => travelMatrix(points, resolved);
}

export interface TravelSettings {
  /** Road distance ÷ straight-line distance; 1.3 unless set. */
  circuity?: number;
  /** Average speed in miles an hour by area type; 15 urban, 22 suburban, 30 rural unless set. */
  mph?: Partial<Record<AreaType, number>>;
}

export interface ResolvedTravelSettings {
  circuity: number;
  mph: Record<AreaType, number>;
}

export const METRES_PER_MILE = 1609.344;

export const DEFAULT_TRAVEL_SETTINGS: ResolvedTravelSettings = {
  circuity: 1.3,
  mph: { urban: 15, suburban: 22, rural: 30 },
};

export class TravelSettingsError extends Error {
  override name = "TravelSettingsError";
}

/** The settings with every default filled in; throws on a circuity below 1 or a speed that is not positive. */
export function resolveTravelSettings(settings: TravelSettings = {}): ResolvedTravelSettings {
  const circuity = settings.circuity ?? DEFAULT_TRAVEL_SETTINGS.circuity;
  if (!Number.isFinite(circuity) || circuity < 1) {
    throw new TravelSettingsError(
      `The circuity factor must be a number of at least 1 (roads are never shorter than the straight line); got ${circuity}.`,
    );
  }
  const mph = { ...DEFAULT_TRAVEL_SETTINGS.mph };
  for (const area of AREA_TYPES) {
    const speed = settings.mph?.[area];
    if (speed === undefined) continue;
    if (!Number.isFinite(speed) || speed <= 0) {
      throw new TravelSettingsError(
        `The ${area} speed must be a positive number of miles an hour; got ${speed}.`,
      );
    }
    mph[area] = speed;
  }
  return { circuity, mph };
}

/** The road distance in miles between two grid points: the straight line × circuity. */
export function roadMiles(a: GridPoint, b: GridPoint, circuity: number): number {
  return (Math.hypot(a.x - b.x, a.y - b.y) * circuity) / METRES_PER_MILE;
}

/** The speed of a journey between two areas: the slower of the two ends'. */
export function journeyMph(from: AreaType, to: AreaType, mph: Record<AreaType, number>): number {
  return Math.min(mph[from], mph[to]);
}

/** The dense matrix of road miles and minutes between every pair of points, in the points' order. */
export function travelMatrix(points: readonly GridPoint[], settings?: TravelSettings): TravelMatrix {
  const resolved = resolveTravelSettings(settings);
  const size = points.length;
  const time = new Float64Array(size * size);
  const distance = new Float64Array(size * size);
  points.forEach((p, i) => {
    if (!Number.isFinite(p.x) || !Number.isFinite(p.y)) {
      throw new TravelSettingsError(
        `Point ${i} has no usable grid reference (easting ${p.x}, northing ${p.y}).`,
      );
    }
    if (!AREA_TYPES.includes(p.area)) {
      throw new TravelSettingsError(`Point ${i} has an unknown area type "${p.area}".`);
    }
  });
  for (let i = 0; i < size; i++) {
    const a = points[i] as GridPoint;
    for (let j = i + 1; j < size; j++) {
      const b = points[j] as GridPoint;
      const miles = roadMiles(a, b, resolved.circuity);
      const minutes = (miles / journeyMph(a.area, b.area, resolved.mph)) * 60;
      distance[i * size + j] = miles;
      distance[j * size + i] = miles;
      time[i * size + j] = minutes;
      time[j * size + i] = minutes;
    }
  }
  return { size, time, distance };
}
