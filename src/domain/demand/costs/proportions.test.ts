import { describe, expect, it } from "vitest";
import type { ChildHistory, Episode, Ssda903History } from "../../ssda903/history.js";
import type { CostSubtype } from "../model.js";
import { measuredProportions, withEnteredProportions } from "./proportions.js";

const episode = (decom: string, dec: string | null, place: string, placeProvider: string): Episode => ({
  child: "",
  decom,
  dec,
  rne: "S",
  ls: "C2",
  cin: "N1",
  place,
  placeProvider,
  rec: dec === null ? "" : "E11",
  reasonPlaceChange: "",
  homePost: "",
  plPost: "",
  urn: "",
});
const child = (id: string, episodes: Episode[]): ChildHistory => ({
  child: id,
  sex: "1",
  dob: "2012-06-01",
  ethnic: "WBRI",
  uasc: false,
  episodes: episodes.map((e) => ({ ...e, child: id })),
  missing: [],
});
const history: Ssda903History = {
  years: [2023],
  artefacts: [],
  children: [
    child("a", [episode("2023-03-01", null, "U4", "PR1")]),
    child("b", [episode("2023-04-06", "2023-04-08", "U4", "PR4")]),
    child("c", [episode("2023-04-01", "2023-04-05", "U1", "PR1"), episode("2023-04-05", null, "K2", "PR4")]),
    child("d", [episode("2023-04-03", "2023-04-04", "U5", "PR0")]),
    child("e", [episode("2023-04-01", null, "K3", "PR4")]),
  ],
};
const reference = { referenceStart: "2023-04-01", referenceEnd: "2023-04-10" };
const shares = (m: ReadonlyMap<CostSubtype, number>) =>
  Object.fromEntries([...m].map(([s, p]) => [s, Number(p.toFixed(6))]));

describe("measuredProportions", () => {
  it("shares each category's child-days over the reference period among its sub-types", () => {
    // In the stock at the end of each day from DECOM to the day before DEC, 1–10 April:
    // a in-house 10 days, b IFA 2 (6–7 April), c friend/relative 4 (1–4 April) then external
    // residential 6, d left out (no provider to split it) 1, e supported (K3) 10.
    const measured = measuredProportions(history, { ...reference, compatibility: "outturn" });
    expect([measured.from, measured.to, measured.leftOutDays]).toEqual(["2023-04-01", "2023-04-10", 1]);
    expect(shares(measured.proportions)).toEqual({
      "Fostering (Friend/Relative)": 0.25,
      "Fostering (In-house)": 0.625,
      "Fostering (IFA)": 0.125,
      "Residential (In-house)": 0,
      "Residential (External)": 1,
      "Supported accommodation": 1,
    });
  });

  it("as the peer, sums every day of the data, and counts unsplit foster care and K3 as Other", () => {
    // 1 March to 8 April (the first and last dates in the history): a in-house 39 days, b IFA 2,
    // c friend/relative 4 and external residential 4, d Other 1, e Other 8.
    const measured = measuredProportions(history, { ...reference, compatibility: "peer" });
    expect([measured.from, measured.to, measured.leftOutDays]).toEqual(["2023-03-01", "2023-04-08", 0]);
    expect(shares(measured.proportions)).toEqual({
      "Fostering (Friend/Relative)": Number((4 / 45).toFixed(6)),
      "Fostering (In-house)": Number((39 / 45).toFixed(6)),
      "Fostering (IFA)": Number((2 / 45).toFixed(6)),
      "Residential (In-house)": 0,
      "Residential (External)": 1,
      "Secure home": 0,
      "Placed with family": 0,
      Other: 1,
    });
  });
});

describe("withEnteredProportions", () => {
  const measured = new Map<CostSubtype, number>([
    ["Fostering (Friend/Relative)", 0.25],
    ["Fostering (In-house)", 0.625],
    ["Fostering (IFA)", 0.125],
    ["Residential (External)", 1],
  ]);

  it("keeps an entered share and scales the measured rest to fill 100%", () => {
    const out = withEnteredProportions(measured, new Map([["Fostering (Friend/Relative)", 0.5]]));
    // The rest (0.625 + 0.125 = 0.75) is scaled to 0.5: × 2/3.
    expect(shares(out)).toMatchObject({
      "Fostering (Friend/Relative)": 0.5,
      "Fostering (In-house)": 0.416667,
      "Fostering (IFA)": 0.083333,
      "Residential (External)": 1,
    });
  });

  it("scales entered shares that reach 100% on their own, the others then being 0", () => {
    const out = withEnteredProportions(
      measured,
      new Map<CostSubtype, number>([
        ["Fostering (IFA)", 0.8],
        ["Fostering (In-house)", 0.6],
      ]),
    );
    expect(shares(out)).toMatchObject({
      "Fostering (Friend/Relative)": 0,
      "Fostering (In-house)": 0.428571,
      "Fostering (IFA)": 0.571429,
    });
  });

  it("gives shares to a category the history never saw only where they are entered", () => {
    const out = withEnteredProportions(measured, new Map([["Secure home", 0.2]]));
    expect(shares(out)).toMatchObject({ "Secure home": 1, "Placed with family": 0, Other: 0 });
    expect(withEnteredProportions(measured, new Map()).has("Secure home")).toBe(false);
  });
});
