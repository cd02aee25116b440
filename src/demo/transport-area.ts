/**
 * What a demo council's home-to-school transport is generated from: its county and towns, its
 * schools and pupils at scale 1, how many ride alone, its operators and where its fleet is based.
 * Demoshire is one area; Marchford, its small neighbour, lies over Demoshire's eastern border
 * (grid 375000 east), with two towns a few kilometres from it, so some of its pupils live near the
 * border and some attend schools near it.
 */

export interface Town {
  east: number;
  north: number;
  /** A share of the county's homes (the county town is about a third of the town dwellers). */
  weight: number;
}

export interface TransportArea {
  /** The county's extent in grid metres; every home and school is inside it. */
  county: { west: number; east: number; south: number; north: number };
  /** The towns, the county town first; they name the schools in this order. */
  towns: Readonly<Record<string, Town>>;
  /** Schools pupils on transport attend, at scale 1. */
  specialSchools: number;
  mainstreamSchools: number;
  /** The transport book's school ids: this and a 3-digit number. */
  schoolPrefix: string;
  /** Pupils on transport each September of ACADEMIC_YEARS (2020/21 to 2024/25), at scale 1. */
  ehcpPupils: readonly number[];
  mainstreamPupils: readonly number[];
  /** The share of EHCP pupils who ride alone in a taxi; the rest share SEND routes. */
  singleShare: number;
  taxiOperators: readonly string[];
  busOperators: readonly string[];
  /** The towns the fleet is based in, and the share of the fleet's limited vehicle types it has. */
  fleet: {
    taxis: readonly string[];
    wav: string;
    mpv: string;
    minibus: string;
    inHouse: string;
    share: number;
  };
  /** Pairs of pupils who must not travel together, at scale 1. */
  incompatiblePairs: number;
}

/**
 * Demoshire: nine towns in a county 50 km east to west and 40 km south to north, Kingsbrook, the
 * county town, at 350000, 250000 like the DM1 district; EHCP pupils +49% in four years (seed 000).
 */
export const DEMOSHIRE_AREA: TransportArea = {
  county: { west: 325_000, east: 375_000, south: 230_000, north: 270_000 },
  towns: {
    Kingsbrook: { east: 350_000, north: 250_000, weight: 30 },
    Ashford: { east: 364_000, north: 238_000, weight: 10 },
    Ledwell: { east: 336_000, north: 262_000, weight: 10 },
    Brompton: { east: 331_000, north: 236_000, weight: 7 },
    Orleton: { east: 347_000, north: 266_500, weight: 6 },
    Fownhope: { east: 361_000, north: 255_000, weight: 6 },
    Weobley: { east: 339_000, north: 247_000, weight: 5 },
    Pembridge: { east: 327_500, north: 254_000, weight: 5 },
    Staunton: { east: 369_000, north: 264_000, weight: 5 },
  },
  specialSchools: 12,
  mainstreamSchools: 48,
  schoolPrefix: "DMS",
  ehcpPupils: [363, 400, 445, 495, 540],
  mainstreamPupils: [600, 615, 630, 645, 660],
  singleShare: 0.3,
  taxiOperators: [
    "County Cars",
    "Wye Valley Private Hire",
    "Border Taxis",
    "Castle Cabs",
    "Marches Executive Travel",
  ],
  busOperators: ["Red Kite Travel", "Golden Valley Coaches", "Marches Minibuses"],
  fleet: {
    taxis: ["Kingsbrook", "Ledwell", "Ashford"],
    wav: "Kingsbrook",
    mpv: "Weobley",
    minibus: "Ashford",
    inHouse: "Kingsbrook",
    share: 1,
  },
  incompatiblePairs: 6,
};

/**
 * Marchford: five towns in a county 28 km by 30 km east of Demoshire (375000-403000 east,
 * 236000-266000 north); Easthope lies 3.5 km from the border, 10 km from Demoshire's Staunton, and
 * Clunford 4 km from it, 15 km from Ashford. About 150 pupils with an EHCP, most alone in a taxi,
 * at 20 schools; no mainstream pupils on transport in the book's registers.
 */
export const MARCHFORD_AREA: TransportArea = {
  county: { west: 375_000, east: 403_000, south: 236_000, north: 266_000 },
  towns: {
    Marchbridge: { east: 389_000, north: 251_000, weight: 30 },
    Easthope: { east: 378_500, north: 261_500, weight: 12 },
    Clunford: { east: 379_000, north: 240_500, weight: 10 },
    Hopton: { east: 398_000, north: 259_000, weight: 8 },
    Lydcote: { east: 397_000, north: 242_000, weight: 6 },
  },
  specialSchools: 4,
  mainstreamSchools: 16,
  schoolPrefix: "MFS",
  ehcpPupils: [100, 110, 122, 136, 150],
  mainstreamPupils: [0, 0, 0, 0, 0],
  singleShare: 0.6,
  taxiOperators: ["Marchbridge Cars", "Border Taxis", "Easthope Private Hire"],
  busOperators: ["Marches Minibuses", "Hopton Coaches"],
  fleet: {
    taxis: ["Marchbridge", "Easthope"],
    wav: "Marchbridge",
    mpv: "Clunford",
    minibus: "Marchbridge",
    inHouse: "Marchbridge",
    share: 0.3,
  },
  incompatiblePairs: 2,
};
