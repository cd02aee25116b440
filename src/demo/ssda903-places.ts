/**
 * Where Demoshire's children live and are placed, for the SSDA903's HOME_POST, PL_POST and URN.
 * Postcodes are well-formed but invented: "DM" (Demoshire) and five areas around it use letters no
 * real UK postcode area has, so no demo child is ever placed at a real address. Each district has a
 * grid reference, shipped as Demoshire's postcode-grid register (district centroids), so the
 * distance from home is worked out as the DfE does (straight line).
 */
import type { PostcodeGridRef } from "../domain/ssda903/distance.js";
import type { PlacementKind } from "./market.js";
import type { Random } from "./random.js";

/** District centroids, metres east and north on an invented grid (Demoshire's centre is 350000, 250000). */
export const DEMO_POSTCODE_DISTRICTS: Readonly<Record<string, { east: number; north: number }>> = {
  DM1: { east: 350000, north: 250000 },
  DM2: { east: 353600, north: 245800 },
  DM3: { east: 345200, north: 253600 },
  DM4: { east: 357200, north: 257200 },
  DM5: { east: 339800, north: 242800 },
  DM6: { east: 362600, north: 248200 },
  DM7: { east: 348200, north: 262600 },
  DM8: { east: 342800, north: 235600 },
  DM9: { east: 359000, north: 237400 },
  NX1: { east: 372000, north: 268000 },
  NX2: { east: 379000, north: 274000 },
  NX3: { east: 368000, north: 281000 },
  WZ1: { east: 322000, north: 254000 },
  WZ2: { east: 316000, north: 244000 },
  EZ1: { east: 410000, north: 241000 },
  EZ2: { east: 418000, north: 233000 },
  EZ3: { east: 404000, north: 226000 },
  SX1: { east: 371000, north: 168000 },
  SX2: { east: 362000, north: 159000 },
  SX3: { east: 380000, north: 173000 },
  CX1: { east: 445000, north: 321000 },
  CX2: { east: 452000, north: 318000 },
  CX3: { east: 440000, north: 330000 },
};

const IN_AREA = Object.keys(DEMO_POSTCODE_DISTRICTS).filter((d) => d.startsWith("DM"));
const byArea = (area: string) => Object.keys(DEMO_POSTCODE_DISTRICTS).filter((d) => d.startsWith(area));

/** Where out-of-area placements of each kind tend to be: residential care further away than foster care. */
const OUT_OF_AREA: Partial<Record<PlacementKind, Readonly<Record<string, number>>>> = {
  childrensHome: { CX: 30, SX: 20, EZ: 20, NX: 15, WZ: 15 },
  secure: { CX: 60, SX: 40 },
  residentialSchool: { SX: 50, EZ: 30, CX: 20 },
  residentialCare: { CX: 40, SX: 30, EZ: 30 },
};
const NEARBY: Readonly<Record<string, number>> = { NX: 40, WZ: 35, EZ: 15, CX: 10 };

/** Inward-code letters as Royal Mail uses them (never C, I, K, M, O or V). */
const INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

function postcode(district: string, rng: Random): string {
  const letter = () => INWARD_LETTERS[rng.int(0, INWARD_LETTERS.length - 1)];
  return `${district} ${rng.int(1, 9)}${letter()}${letter()}`;
}

/** A home address in Demoshire (most children) or nearby. */
export function homePostcode(rng: Random): string {
  return postcode(rng.chance(0.92) ? rng.pick(IN_AREA) : rng.pick(byArea(rng.weighted(NEARBY))), rng);
}

/** A placement address: in Demoshire for an in-area placement, else in an area the kind suggests. */
export function placementPostcode(
  kind: PlacementKind,
  area: "in" | "out",
  home: string,
  rng: Random,
): string {
  for (;;) {
    const district =
      area === "in" ? rng.pick(IN_AREA) : rng.pick(byArea(rng.weighted(OUT_OF_AREA[kind] ?? NEARBY)));
    const code = postcode(district, rng);
    if (code !== home) return code;
  }
}

/** Demoshire's postcode-grid register: a row per district, at its centroid. */
export function demoPostcodeGrid(): PostcodeGridRef[] {
  return Object.entries(DEMO_POSTCODE_DISTRICTS).map(([postcode, { east, north }]) => ({
    postcode,
    easting: east,
    northing: north,
  }));
}

/** Deterministic FNV-1a hash of a text, so a provider keeps its URN in every year. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/**
 * The Ofsted URN an episode records: the setting's for homes, secure units, family centres and
 * supported accommodation; the fostering or adoption agency's for family placements; a school's
 * six-digit URN for residential schools; "XXXXXXX" for unregulated H5 and P2; blank for P1, R1, R2.
 */
export function ofstedUrn(placeCode: string, provider: string, setting: string): string {
  if (["P1", "R1", "R2", "R5", "P3"].includes(placeCode) || placeCode.startsWith("T")) return "";
  if (placeCode === "H5" || placeCode === "P2") return "XXXXXXX";
  if (placeCode === "S1") return String(100000 + (hash(provider) % 50000));
  const key = ["K1", "K2", "R3"].includes(placeCode) ? `${provider}#${setting}` : provider;
  return `SC${String(hash(key) % 1_000_000).padStart(6, "0")}`;
}

/** Which of a provider's homes a placement is in (a provider runs several). */
export function settingOf(ref: string, homes = 6): string {
  return String(hash(ref) % homes);
}
