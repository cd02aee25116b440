import { describe, expect, it } from "vitest";
import {
  episodeDistance,
  milesBetween,
  normalisePostcode,
  type PostcodeGridRef,
  postcodeDistrict,
  postcodeGrid,
  withDistances,
} from "./distance.js";
import type { Episode, Ssda903History } from "./history.js";

const GRID: PostcodeGridRef[] = [
  { postcode: "DM1 4QX", easting: 350_000, northing: 250_000 },
  { postcode: "DM2 1AB", easting: 380_000, northing: 290_000 },
  { postcode: "DM7", easting: 340_000, northing: 250_000 },
];
const grid = postcodeGrid(GRID);
const between = (homePost: string, plPost: string) => episodeDistance(grid, { homePost, plPost });

describe("the distance from home to a placement, as the DfE derives PL_DISTANCE", () => {
  it("is the straight line in metres ÷ 1000 ÷ 1.6093, to 1 decimal place (worked by hand)", () => {
    // 30,000 m east and 40,000 m north: 50,000 m; 50 ÷ 1.6093 = 31.069… miles, so 31.1.
    expect(between("DM1 4QX", "DM2 1AB")).toBe(31.1);
    expect(between("DM2 1AB", "DM1 4QX")).toBe(31.1);
    expect(between("DM1 4QX", "DM1 4QX")).toBe(0);
  });

  it("rounds half up on the exact distance, so 20 miles is told apart from more than 20", () => {
    // 20.05 miles is 32,266.465 m: 32,266 m is 20.0 miles (not more than 20), 32,267 m is 20.1.
    const home = { easting: 0, northing: 0 };
    expect(milesBetween(home, { easting: 32_266, northing: 0 })).toBe(20);
    expect(milesBetween(home, { easting: 32_267, northing: 0 })).toBe(20.1);
    // On a diagonal: 19,359 m east and 25,812 m north is 32,265 m (3-4-5), 20.0 miles.
    expect(milesBetween(home, { easting: 19_359, northing: 25_812 })).toBe(20);
  });

  it("matches a postcode written in lower case, without its space or with extra spaces", () => {
    expect(normalisePostcode(" dm1   4qx ")).toBe("DM1 4QX");
    expect(normalisePostcode("DM14QX")).toBe("DM1 4QX");
    expect(between("dm14qx", " DM2  1ab")).toBe(31.1);
  });

  it("falls back to the postcode's district when the full postcode is not in the grid", () => {
    expect(postcodeDistrict("DM7 3ZZ")).toBe("DM7");
    expect(postcodeDistrict("SW1A 1AA")).toBe("SW1A");
    // DM7 3ZZ is not listed; DM7's centroid is 10,000 m west of DM1 4QX: 6.2 miles.
    expect(between("DM1 4QX", "DM7 3ZZ")).toBe(6.2);
  });

  it("is unknown (null) when either postcode is blank, unknown or not a postcode", () => {
    expect(between("DM1 4QX", "ZZ9 9ZZ")).toBeNull();
    expect(between("ZZ9 9ZZ", "DM1 4QX")).toBeNull();
    expect(between("", "DM1 4QX")).toBeNull();
    expect(between("DM1 4QX", "  ")).toBeNull();
    expect(between("DM1 4QX", "unknown")).toBeNull();
  });
});

const episode = (plPost: string, plDistance?: number | null): Episode => ({
  child: "C1",
  decom: "2024-05-01",
  dec: null,
  rne: "S",
  ls: "C2",
  cin: "N1",
  place: "U1",
  placeProvider: "PR1",
  rec: "",
  reasonPlaceChange: "",
  homePost: "DM1 4QX",
  plPost,
  urn: "",
  ...(plDistance === undefined ? {} : { plDistance }),
});

describe("withDistances", () => {
  const history: Ssda903History = {
    years: [2025],
    artefacts: [],
    children: [
      {
        child: "C1",
        sex: "1",
        dob: "2010-01-01",
        ethnic: "WBRI",
        uasc: false,
        episodes: [episode("DM2 1AB"), episode("ZZ9 9ZZ"), episode("DM2 1AB", 4.2)],
        placementEpisodes: [episode("DM2 1AB", null)],
        missing: [],
      },
    ],
  };

  it("gives each episode without a PL_DISTANCE one from the grid, and keeps one it has", () => {
    const [child] = withDistances(history, GRID).children;
    expect(child?.episodes.map((e) => e.plDistance)).toEqual([31.1, null, 4.2]);
    expect(child?.placementEpisodes?.map((e) => e.plDistance)).toEqual([31.1]);
  });

  it("leaves the history as it is when the council has no postcode grid", () => {
    expect(withDistances(history, [])).toBe(history);
  });
});
