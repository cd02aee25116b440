/** Each 903 episode's weekly cost from the placements register, by child reference and dates. */
import { describe, expect, it } from "vitest";
import type { Placement } from "../placements/placement.js";
import type { Episode, Ssda903History } from "./history.js";
import { linkPlacements } from "./link-placements.js";

const episode = (child: string, decom: string, dec: string | null, place = "K2"): Episode => ({
  child,
  decom,
  dec,
  rne: "P",
  ls: "C2",
  cin: "N1",
  place,
  placeProvider: "PR4",
  rec: "",
  reasonPlaceChange: "",
  homePost: "",
  plPost: "",
  urn: "",
});
const placement = (
  ref: string,
  childRef: string,
  start: string,
  end: string | null,
  weeklyCost: number,
  placeCode: Placement["placeCode"] = "K2",
): Placement => ({
  placementRef: ref,
  childRef,
  placeCode,
  providerCode: "PR4",
  provider: "Hilltop Homes Ltd",
  costCentre: "CC101",
  start,
  plannedEnd: null,
  end,
  weeklyCost,
  healthContribution: 0,
  educationContribution: 0,
  area: "out",
});
const history = (episodes: Episode[]): Ssda903History => ({
  years: [2024],
  artefacts: [],
  children: [...new Set(episodes.map((e) => e.child))].map((child) => ({
    child,
    sex: "1",
    dob: "2010-01-01",
    ethnic: "WBRI",
    uasc: false,
    episodes: episodes.filter((e) => e.child === child),
    missing: [],
  })),
});

describe("linkPlacements", () => {
  it("gives each episode the weekly cost of the child's placement over the same dates", () => {
    const h = history([
      episode("A", "2023-05-01", "2023-09-01", "U4"),
      episode("A", "2023-09-01", null),
      episode("B", "2023-06-01", null),
    ]);
    const register = [
      placement("PL1", "A", "2023-05-01", "2023-09-01", 900_00, "U4"),
      placement("PL2", "A", "2023-09-01", null, 5_200_00),
      placement("PL3", "C", "2023-06-01", null, 4_000_00),
    ];
    expect(
      linkPlacements(h, register).map((c) => [
        c.episode.child,
        c.episode.decom,
        c.placementRef,
        c.weeklyCost,
      ]),
    ).toEqual([
      ["A", "2023-05-01", "PL1", 900_00],
      ["A", "2023-09-01", "PL2", 5_200_00],
      ["B", "2023-06-01", null, null],
    ]);
  });

  it("prefers the placement with the episode's PLACE code, then the longer overlap", () => {
    const h = history([episode("A", "2023-05-01", "2023-12-01", "K2")]);
    const longerOtherCode = placement("PL1", "A", "2023-04-01", "2023-11-30", 800_00, "U4");
    const sameCode = placement("PL2", "A", "2023-11-01", null, 5_000_00, "K2");
    expect(linkPlacements(h, [longerOtherCode, sameCode])[0]?.placementRef).toBe("PL2");
    const shorter = placement("PL3", "A", "2023-11-01", "2023-11-20", 6_000_00, "K2");
    expect(linkPlacements(h, [shorter, sameCode])[0]?.placementRef).toBe("PL2");
  });

  it("links nothing to a placement that ended before the episode began", () => {
    const h = history([episode("A", "2023-05-01", null)]);
    expect(
      linkPlacements(h, [placement("PL1", "A", "2022-01-01", "2023-05-01", 900_00)])[0]?.placementRef,
    ).toBeNull();
  });
});
