/**
 * PL_DISTANCE as the DfE derives it: the straight line between the ONS Postcode Directory grid
 * references (oseast1m, osnrth1m: whole metres east and north on the national grid) of HOME_POST
 * and PL_POST, metres ÷ 1000 ÷ 1.6093, to 1 decimal place. A postcode the council's grid does not
 * hold falls back to its district (the outward code, "DM1" of "DM1 4QX"), so a grid of district
 * centroids is enough. Pure: the grid comes in as rows.
 */
import { roundedRatio } from "../benchmarks/rate.js";
import type { Episode, Ssda903History } from "./history.js";

/** One row of the postcode-grid register: a full postcode or a district, and its grid reference. */
export interface PostcodeGridRef {
  /** Normalised: upper case, one space before the inward code ("DM1 4QX"), or a district ("DM1"). */
  postcode: string;
  /** Whole metres east on the national grid (the ONS Postcode Directory's oseast1m). */
  easting: number;
  /** Whole metres north (osnrth1m). */
  northing: number;
}

type GridPoint = Pick<PostcodeGridRef, "easting" | "northing">;
export type PostcodeGrid = ReadonlyMap<string, GridPoint>;

const FULL = /^([A-Z]{1,2}\d[A-Z\d]?)(\d[A-Z]{2})$/;
const DISTRICT = /^[A-Z]{1,2}\d[A-Z\d]?$/;

/** "dm1  4qx", "DM14QX" → "DM1 4QX"; a district stays as it is ("dm1" → "DM1"); else upper case, spaces collapsed. */
export function normalisePostcode(text: string): string {
  const compact = text.toUpperCase().replace(/\s+/g, "");
  const full = FULL.exec(compact);
  if (full) return `${full[1]} ${full[2]}`;
  return DISTRICT.test(compact) ? compact : text.toUpperCase().trim().replace(/\s+/g, " ");
}

/** The district (outward code) of a postcode, or null when the text is not a postcode or district. */
export function postcodeDistrict(text: string): string | null {
  const compact = normalisePostcode(text).replace(" ", "");
  const full = FULL.exec(compact);
  if (full) return full[1] ?? null;
  return DISTRICT.test(compact) ? compact : null;
}

/** The grid as a lookup by normalised postcode. */
export function postcodeGrid(rows: readonly PostcodeGridRef[]): PostcodeGrid {
  return new Map(
    rows.map((r) => [normalisePostcode(r.postcode), { easting: r.easting, northing: r.northing }]),
  );
}

/** A postcode's grid reference: the full postcode's, else its district's; null when blank or unknown. */
export function gridRefOf(grid: PostcodeGrid, postcode: string): GridPoint | null {
  if (postcode.trim() === "") return null;
  const exact = grid.get(normalisePostcode(postcode));
  if (exact) return exact;
  const district = postcodeDistrict(postcode);
  return district === null ? null : (grid.get(district) ?? null);
}

/** ⌊√n⌋ exactly, for a whole number n ≥ 0 (beyond 2⁵³ too). */
function isqrt(n: bigint): bigint {
  let r = BigInt(Math.floor(Math.sqrt(Number(n))));
  while (r * r > n) r -= 1n;
  while ((r + 1n) * (r + 1n) <= n) r += 1n;
  return r;
}

/**
 * Miles between two grid references as the DfE works them out, to 1 decimal place half up,
 * exactly. Tenths of a mile are √(Δe² + Δn²) × 100 ÷ 16093 = 200√S ÷ 32186, and rounding that half
 * up is rounding ⌊200√S⌋ ÷ 32186 half up (32186 and its half are whole), so the one rounding rule
 * in benchmarks/rate.ts does it in integers. With whole metres no distance falls on a half: 200√S
 * is either irrational or an even whole number, never 16093 × an odd number.
 */
export function milesBetween(a: GridPoint, b: GridPoint): number {
  const de = BigInt(Math.round(a.easting - b.easting));
  const dn = BigInt(Math.round(a.northing - b.northing));
  const twoHundredRootS = Number(isqrt(40_000n * (de * de + dn * dn)));
  return (roundedRatio(twoHundredRootS, 32_186, 1) ?? 0) / 10;
}

/** An episode's miles from home (HOME_POST) to its placement (PL_POST); null when either is blank or unknown. */
export function episodeDistance(
  grid: PostcodeGrid,
  episode: Pick<Episode, "homePost" | "plPost">,
): number | null {
  const home = gridRefOf(grid, episode.homePost);
  const placed = gridRefOf(grid, episode.plPost);
  return home && placed ? milesBetween(home, placed) : null;
}

/**
 * The history with each episode that has no PL_DISTANCE given one from the grid (null when it
 * cannot be worked out); an episode that has one keeps it. An empty grid leaves the history as it is.
 */
export function withDistances(history: Ssda903History, rows: readonly PostcodeGridRef[]): Ssda903History {
  if (rows.length === 0) return history;
  const grid = postcodeGrid(rows);
  const fill = (e: Episode): Episode =>
    e.plDistance === undefined || e.plDistance === null ? { ...e, plDistance: episodeDistance(grid, e) } : e;
  return {
    ...history,
    children: history.children.map((c) => ({
      ...c,
      episodes: c.episodes.map(fill),
      ...(c.placementEpisodes ? { placementEpisodes: c.placementEpisodes.map(fill) } : {}),
    })),
  };
}
