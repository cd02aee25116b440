/**
 * A small, hand-made SSDA903 history for the measures' tests: nine children whose every count at
 * 31 March 2024 is worked out by hand in service.test.ts. Invented; describes no real child.
 */
import type { ChildHistory, Episode, MissingEpisode, Ssda903History } from "../ssda903/history.js";

type Extra = Partial<Omit<Episode, "child" | "decom" | "dec" | "rne" | "place" | "placeProvider">>;

export function episode(
  child: string,
  decom: string,
  dec: string | null,
  rne: string,
  place: string,
  placeProvider: string,
  extra: Extra = {},
): Episode {
  return {
    child,
    decom,
    dec,
    rne,
    ls: "C2",
    cin: "N1",
    place,
    placeProvider,
    rec: dec === null ? "X1" : "E8",
    reasonPlaceChange: "",
    homePost: "HR1 1AA",
    plPost: `${place} 1AA`,
    urn: "",
    ...extra,
  };
}

export function childOf(
  child: string,
  dob: string,
  episodes: Episode[],
  missing: Omit<MissingEpisode, "child">[] = [],
): ChildHistory {
  return {
    child,
    sex: "1",
    dob,
    ethnic: "WBRI",
    uasc: false,
    episodes,
    missing: missing.map((m) => ({ child, ...m })),
  };
}

/** Returns for the collection years 2023 and 2024: they cover 1 April 2022 to 31 March 2024. */
export function fixtureHistory(children: ChildHistory[] = FIXTURE_CHILDREN): Ssda903History {
  return { years: [2023, 2024], children, artefacts: [] };
}

export const FIXTURE_CHILDREN: ChildHistory[] = [
  // A: in the same in-house foster placement since 2019.
  childOf("A", "2010-05-01", [episode("A", "2019-01-10", null, "S", "U4", "PR1")]),
  // B: started in May 2023, then two moves: 3 placements in the year, ending with an IFA.
  childOf("B", "2012-02-01", [
    episode("B", "2023-05-01", "2023-08-01", "S", "K2", "PR4"),
    episode("B", "2023-08-01", "2023-12-01", "P", "U4", "PR4"),
    episode("B", "2023-12-01", null, "P", "U6", "PR4"),
  ]),
  // C: a legal status change (not a move), then a move and a change of placement with the same carer.
  childOf("C", "2009-06-01", [
    episode("C", "2020-03-01", "2022-06-01", "S", "U4", "PR1"),
    episode("C", "2022-06-01", "2023-06-15", "L", "U4", "PR1"),
    episode("C", "2023-06-15", "2023-09-01", "P", "K2", "PR4"),
    episode("C", "2023-09-01", null, "T", "K2", "PR4"),
  ]),
  // D: kinship care since 2021, a temporary placement and back to the same carers; went missing.
  childOf(
    "D",
    "2015-01-01",
    [
      episode("D", "2021-01-05", "2023-10-01", "S", "U1", "PR1"),
      episode("D", "2023-10-01", "2023-10-08", "P", "T1", ""),
      episode("D", "2023-10-08", null, "P", "U1", "PR1"),
    ],
    [{ missing: "M", start: "2023-07-01", end: "2023-07-02" }],
  ),
  // E: left care on the 18th birthday in January 2024; away without authorisation (not missing).
  childOf(
    "E",
    "2006-01-01",
    [episode("E", "2019-06-01", "2024-01-01", "S", "R1", "PR4")],
    [{ missing: "A", start: "2023-05-01", end: "2023-05-01" }],
  ),
  // F: short breaks only, which no measure counts.
  childOf("F", "2011-01-01", [episode("F", "2023-06-01", "2023-06-03", "S", "K2", "PR1", { ls: "V3" })]),
  // G: ceased in May 2023 and started again in September: a starter and a leaver; 16 on 1 January.
  childOf(
    "G",
    "2008-01-01",
    [
      episode("G", "2022-01-01", "2023-05-01", "S", "U5", "PR4"),
      episode("G", "2023-09-01", null, "S", "K2", "PR4"),
    ],
    [{ missing: "M", start: "2022-12-01", end: "2022-12-03" }],
  ),
  // H: fostered from 2020, placed for adoption in October 2022: the two placements count together.
  childOf("H", "2013-03-01", [
    episode("H", "2020-01-01", "2022-10-01", "S", "U4", "PR1"),
    episode("H", "2022-10-01", null, "P", "A5", "PR1"),
  ]),
  // I: foster care from June 2021, then fostering for adoption with the same carer: a change since 2021.
  childOf("I", "2016-01-01", [
    episode("I", "2021-06-01", "2022-09-01", "S", "U4", "PR1"),
    episode("I", "2022-09-01", null, "U", "U5", "PR1"),
  ]),
];
