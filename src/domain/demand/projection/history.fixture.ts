/** Hand-made cleaned histories for the demand model's tests. */
import type { ChildHistory, Episode, Ssda903History } from "../../ssda903/history.js";

/** A child and their cleaned episodes: [DECOM, DEC or null, PLACE]. */
export function child(id: string, dob: string, episodes: [string, string | null, string][]): ChildHistory {
  const episode = ([decom, dec, place]: [string, string | null, string]): Episode => ({
    child: id,
    decom,
    dec,
    place,
    rne: "P",
    ls: "C2",
    cin: "N1",
    placeProvider: "PR1",
    rec: dec ? "E11" : "",
    reasonPlaceChange: "",
    homePost: "",
    plPost: "",
    urn: "",
  });
  return {
    child: id,
    sex: "1",
    dob,
    ethnic: "WBRI",
    uasc: false,
    episodes: episodes.map(episode),
    missing: [],
  };
}

export const historyOf = (...children: ChildHistory[]): Ssda903History => ({
  years: [2023, 2024],
  children,
  artefacts: [],
});
