import { describe, expect, it } from "vitest";
import { civilDay, fromDay, isoDay } from "../../calendar/dates.js";
import type { DemandSettings } from "../model.js";
import { child, historyOf } from "./history.fixture.js";
import { cutSpells, OPEN } from "./spells.js";
import { stateLabel } from "./states.js";

function spellsOf(
  dob: string,
  episodes: [string, string | null, string][],
  c: DemandSettings["compatibility"],
) {
  const s = cutSpells(historyOf(child("X", dob, episodes)), c);
  return Array.from({ length: s.count }, (_, i) => [
    fromDay(s.start[i] as number),
    s.end[i] === OPEN ? null : fromDay(s.end[i] as number),
    stateLabel(s.state[i] as number),
    s.end[i] === OPEN ? null : stateLabel(s.next[i] as number),
    s.entry[i] === 1,
  ]);
}

describe("cutSpells", () => {
  it("reads ISO dates as day numbers, across leap years", () => {
    for (const d of ["1970-01-01", "2000-02-29", "2024-02-29", "2024-03-01", "1969-12-31", "2100-03-01"])
      expect(fromDay(isoDay(d))).toBe(d);
    expect(civilDay(2024, 3, 31) - civilDay(2023, 3, 31)).toBe(366);
    for (let day = -300_000; day < 2_900_000; day += 997)
      expect(fromDay(day)).toBe(new Date(day * 86_400_000).toISOString().slice(0, 10));
  });

  it("cuts an episode at each bracket birthday it spans, the child moving on in the same placement", () => {
    const expected = [
      ["2014-06-01", "2015-01-10", "Birth to 1 - Other", "1 to 5 - Other", true],
      ["2015-01-10", "2019-01-10", "1 to 5 - Other", "5 to 10 - Other", false],
      ["2019-01-10", "2020-02-01", "5 to 10 - Other", "5 to 10 - Residential", false],
      // A placement that continues is cut at every birthday to come.
      ["2020-02-01", "2024-01-10", "5 to 10 - Residential", "10 to 16 - Residential", false],
      ["2024-01-10", "2030-01-10", "10 to 16 - Residential", "16 to 18+ - Residential", false],
      ["2030-01-10", null, "16 to 18+ - Residential", null, false],
    ];
    for (const c of ["peer", "outturn"] as const)
      expect(
        spellsOf(
          "2014-01-10",
          [
            ["2014-06-01", "2020-02-01", "A3"],
            ["2020-02-01", null, "R1"],
          ],
          c,
        ),
      ).toEqual(expected);
  });

  it("marks a return to care after a gap as an entry, and the leaving as a move to Not in care", () => {
    const spells = spellsOf(
      "2003-01-10",
      [
        ["2020-01-01", "2020-03-01", "H5"],
        ["2020-03-02", null, "U1"],
      ],
      "outturn",
    );
    expect(spells).toEqual([
      ["2020-01-01", "2020-03-01", "16 to 18+ - Supported", "16 to 18+ - Not in care", true],
      ["2020-03-02", null, "16 to 18+ - Fostering", null, true],
    ]);
  });

  it("ages a child as the peer does, by days ÷ 365.24, under peer; by the calendar under outturn", () => {
    // Ten years from 5 April 2010 hold three 29 Februaries: 3,653 days, 10.0016 "years". The peer
    // cuts the episode ending on the birthday and leaves a spell that starts and ends that day.
    const on10th = [["2019-01-01", "2020-04-05", "U4"]] as [string, string | null, string][];
    expect(spellsOf("2010-04-05", on10th, "peer")).toEqual([
      ["2019-01-01", "2020-04-05", "5 to 10 - Fostering", "10 to 16 - Fostering", true],
      ["2020-04-05", "2020-04-05", "10 to 16 - Fostering", "10 to 16 - Not in care", false],
    ]);
    expect(spellsOf("2010-04-05", on10th, "outturn")).toEqual([
      ["2019-01-01", "2020-04-05", "5 to 10 - Fostering", "10 to 16 - Not in care", true],
    ]);
    // From 5 April 2013 there are two: 3,652 days, 9.9989 "years", so the peer still has the child at 9.
    const later = [["2022-01-01", "2023-04-05", "U4"]] as [string, string | null, string][];
    expect(spellsOf("2013-04-05", later, "peer")).toEqual([
      ["2022-01-01", "2023-04-05", "5 to 10 - Fostering", "5 to 10 - Not in care", true],
    ]);
    expect(spellsOf("2013-04-05", later, "outturn")[0]?.[3]).toBe("10 to 16 - Not in care");
  });

  it("keeps a child born on 29 February a year younger until 28 February in other years", () => {
    const spells = spellsOf("2008-02-29", [["2017-06-01", null, "U4"]], "outturn");
    expect(spells[0]?.slice(0, 4)).toEqual([
      "2017-06-01",
      "2018-02-28",
      "5 to 10 - Fostering",
      "10 to 16 - Fostering",
    ]);
  });
});
