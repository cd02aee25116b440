/** mergeHistory: the merge across years and each cleaning rule of the demand model, with what it reports. */
import { describe, expect, it } from "vitest";
import { lookedAfterOn, mergeHistory } from "./clean.js";
import { SSDA903_TABLES, type Ssda903Return, type Ssda903Row, type Ssda903Table } from "./tables.js";

type Values = Record<string, string>;

/** A return whose rows are numbered from line 2 of `<year>/<table>.csv`. */
function aReturn(year: number, tables: Partial<Record<Ssda903Table, Values[]>>): Ssda903Return {
  const all = Object.fromEntries(
    SSDA903_TABLES.map((t) => [
      t,
      (tables[t] ?? []).map((values, i): Ssda903Row => ({ file: `${year}/${t}.csv`, row: i + 2, values })),
    ]),
  );
  return { year, tables: all as unknown as Ssda903Return["tables"] };
}
const child = (CHILD: string, DOB = "2010-06-15", SEX = "1"): Values => ({ CHILD, DOB, SEX, ETHNIC: "WBRI" });
const ep = (CHILD: string, DECOM: string, DEC = "", more: Values = {}): Values => ({
  CHILD,
  DECOM,
  DEC,
  RNE: "S",
  LS: "C2",
  PLACE: "U4",
  REC: DEC ? "E11" : "",
  ...more,
});
const rules = (h: ReturnType<typeof mergeHistory>) =>
  h.artefacts.map((a) => [a.file, a.row, a.child, a.rule]);
const spans = (h: ReturnType<typeof mergeHistory>, id = "A") =>
  h.children.find((c) => c.child === id)?.episodes.map((e) => [e.decom, e.dec]);

describe("merging years", () => {
  it("takes each child's header from the latest year, reporting a DOB that changed", () => {
    const h = mergeHistory([
      aReturn(2024, { header: [child("A", "2010-06-16", "2")], episodes: [ep("A", "2023-05-01")] }),
      aReturn(2023, { header: [child("A")], episodes: [ep("A", "2023-05-01")] }),
    ]);
    expect(h.years).toEqual([2023, 2024]);
    expect(h.children.map((c) => [c.child, c.dob, c.sex])).toEqual([["A", "2010-06-16", "2"]]);
    expect(h.artefacts.map((a) => [a.file, a.row, a.rule, a.message])).toEqual([
      [
        "2024/header.csv",
        2,
        "header-changed",
        `DOB was "2010-06-15" in 2023 and is "2010-06-16" in 2024; 2024's is used`,
      ],
      ["2024/header.csv", 2, "header-changed", `SEX was "1" in 2023 and is "2" in 2024; 2024's is used`],
    ]);
  });

  it("keeps an episode seen in several years once, with the DEC it was given, and reports nothing", () => {
    const h = mergeHistory([
      aReturn(2023, { header: [child("A")], episodes: [ep("A", "2022-05-01")] }),
      aReturn(2024, {
        header: [child("A")],
        episodes: [ep("A", "2022-05-01", "2023-08-01", { REC: "E4A" })],
      }),
    ]);
    expect(h.children[0]?.episodes).toEqual([
      expect.objectContaining({ decom: "2022-05-01", dec: "2023-08-01", rec: "E4A", place: "U4" }),
    ]);
    expect(h.artefacts).toEqual([]);
    expect([lookedAfterOn(h, "2023-03-31"), lookedAfterOn(h, "2024-03-31")]).toEqual([1, 0]);
  });

  it("drops episodes with no header, no DOB or no DECOM, naming file, row and child", () => {
    const h = mergeHistory([
      aReturn(2024, {
        header: [child("A"), child("B", "")],
        episodes: [
          ep("A", "2023-05-01"),
          ep("B", "2023-05-01"),
          ep("C", "2023-05-01"),
          ep("A", "01/13/2023"),
        ],
      }),
    ]);
    expect(h.children.map((c) => c.child)).toEqual(["A"]);
    expect(rules(h)).toEqual([
      ["2024/episodes.csv", 3, "B", "no-dob"],
      ["2024/episodes.csv", 4, "C", "no-header"],
      ["2024/episodes.csv", 5, "A", "no-decom"],
    ]);
  });

  it("reports a child in a header with no episode in any year, and leaves it out", () => {
    const h = mergeHistory([
      aReturn(2024, { header: [child("A"), child("Z")], episodes: [ep("A", "2023-05-01")] }),
    ]);
    expect(h.children.map((c) => c.child)).toEqual(["A"]);
    expect(rules(h)).toEqual([["2024/header.csv", 3, "Z", "no-episodes"]]);
  });

  it("marks a child in any year's UASC table, with the latest DUC, and gathers missing episodes once", () => {
    const missing = { CHILD: "A", MISSING: "M", MIS_START: "2023-06-01", MIS_END: "" };
    const h = mergeHistory([
      aReturn(2023, {
        header: [child("A")],
        episodes: [ep("A", "2022-05-01")],
        uasc: [{ CHILD: "A", DUC: "2028-06-14" }],
        missing: [missing],
      }),
      aReturn(2024, {
        header: [child("A")],
        episodes: [ep("A", "2022-05-01")],
        missing: [{ ...missing, MIS_END: "2023-06-02" }],
      }),
    ]);
    expect(h.children[0]).toMatchObject({ uasc: true, duc: "2028-06-14" });
    expect(h.children[0]?.missing).toEqual([
      { child: "A", missing: "M", start: "2023-06-01", end: "2023-06-02" },
    ]);
  });
});

describe("the demand model's cleaning", () => {
  it("of rows sharing CHILD and DECOM keeps the one with a DEC", () => {
    const h = mergeHistory([
      aReturn(2024, {
        header: [child("A")],
        episodes: [ep("A", "2023-05-01", "2023-09-01"), ep("A", "2023-05-01")],
      }),
    ]);
    expect(spans(h)).toEqual([["2023-05-01", "2023-09-01"]]);
    expect(rules(h)).toEqual([["2024/episodes.csv", 3, "A", "duplicate-decom"]]);
  });

  it("of rows sharing CHILD and DEC keeps the earlier, longer one", () => {
    const h = mergeHistory([
      aReturn(2024, {
        header: [child("A")],
        episodes: [ep("A", "2023-05-01", "2023-09-01"), ep("A", "2023-07-01", "2023-09-01")],
      }),
    ]);
    expect(spans(h)).toEqual([["2023-05-01", "2023-09-01"]]);
    expect(rules(h)).toEqual([["2024/episodes.csv", 3, "A", "duplicate-dec"]]);
  });

  it("keeps for the measures an episode a later return has open, ending an earlier return's open one", () => {
    const h = mergeHistory([
      aReturn(2023, { header: [child("A")], episodes: [ep("A", "2022-06-01")] }),
      aReturn(2024, { header: [child("A")], episodes: [ep("A", "2023-11-01", "", { RNE: "P" })] }),
    ]);
    expect(spans(h)).toEqual([["2022-06-01", null]]);
    expect(h.children[0]?.placementEpisodes?.map((e) => [e.decom, e.dec])).toEqual([
      ["2022-06-01", "2023-11-01"],
      ["2023-11-01", null],
    ]);
  });

  it("ends an episode that overlaps the next at the next DECOM", () => {
    const h = mergeHistory([
      aReturn(2024, {
        header: [child("A")],
        episodes: [ep("A", "2023-05-01", "2023-09-01"), ep("A", "2023-08-01", "2023-12-01", { RNE: "P" })],
      }),
    ]);
    expect(spans(h)).toEqual([
      ["2023-05-01", "2023-08-01"],
      ["2023-08-01", "2023-12-01"],
    ]);
    expect(h.artefacts.map((a) => [a.row, a.rule, a.message])).toEqual([
      [2, "overlap", "ends 2023-09-01 but the next episode starts 2023-08-01; it is ended then"],
    ]);
  });

  it("merges continuous L, T and U episodes into the one before, with its end, REC and reason; not P, nor after a gap", () => {
    const h = mergeHistory([
      aReturn(2024, {
        header: [child("A")],
        episodes: [
          ep("A", "2023-04-10", "2023-05-01", { REC: "X1" }),
          ep("A", "2023-05-01", "2023-06-01", { RNE: "L", LS: "C1", REC: "X1" }),
          ep("A", "2023-06-01", "2023-07-01", { RNE: "T", REC: "X1" }),
          ep("A", "2023-07-01", "2023-08-01", { RNE: "P", PLACE: "K2", REC: "X1" }),
          ep("A", "2023-08-01", "2023-09-01", { RNE: "U", REC: "E3", REASON_PLACE_CHANGE: "CARPL" }),
          ep("A", "2023-10-01", "", { RNE: "L" }),
        ],
      }),
    ]);
    expect(
      h.children[0]?.episodes.map((e) => [e.decom, e.dec, e.ls, e.place, e.rec, e.reasonPlaceChange]),
    ).toEqual([
      ["2023-04-10", "2023-07-01", "C2", "U4", "X1", ""],
      ["2023-07-01", "2023-09-01", "C2", "K2", "E3", "CARPL"],
      ["2023-10-01", null, "C2", "U4", "", ""],
    ]);
    expect(
      rules(h)
        .filter((r) => r[3] === "continuous-merged")
        .map((r) => r[1]),
    ).toEqual([3, 4, 6]);
  });

  it("does not split an episode at a birthday (that is the demand model's)", () => {
    const h = mergeHistory([
      aReturn(2024, { header: [child("A", "2007-06-15")], episodes: [ep("A", "2023-05-01", "2023-09-01")] }),
    ]);
    expect(spans(h)).toEqual([["2023-05-01", "2023-09-01"]]);
  });
});

describe("artefacts reported without a change", () => {
  it("an episode open through a year whose return lacks it", () => {
    const h = mergeHistory([
      aReturn(2022, { header: [child("A")], episodes: [ep("A", "2021-05-01")] }),
      aReturn(2023, { header: [child("A")], episodes: [] }),
      aReturn(2024, { header: [child("A")], episodes: [ep("A", "2021-05-01", "2023-09-01")] }),
    ]);
    expect(spans(h)).toEqual([["2021-05-01", "2023-09-01"]]);
    expect(h.artefacts.map((a) => [a.file, a.rule, a.message])).toEqual([
      [
        "2024/episodes.csv",
        "missing-from-year",
        "the episode from 2021-05-01 is open during 2022-23 but missing from that year's return",
      ],
    ]);
    expect(lookedAfterOn(h, "2023-03-31")).toBe(1);
  });

  it("REC X1 on an episode no episode follows, but not where one starts that day", () => {
    const h = mergeHistory([
      aReturn(2024, {
        header: [child("A")],
        episodes: [
          ep("A", "2023-05-01", "2023-06-01", { REC: "X1" }),
          ep("A", "2023-06-01", "2023-07-01", { RNE: "P", REC: "X1" }),
        ],
      }),
    ]);
    expect(h.artefacts.map((a) => [a.row, a.rule])).toEqual([[3, "x1-without-next"]]);
  });

  it("codes implausible for the child's age", () => {
    const h = mergeHistory([
      aReturn(2024, {
        header: [child("A", "2011-06-15"), child("B", "2016-06-15"), child("C", "2005-01-01")],
        episodes: [
          ep("A", "2023-05-01", "", { PLACE: "H5" }),
          ep("B", "2023-05-01", "", { LS: "J2" }),
          ep("C", "2023-05-01", "", { PLACE: "H5" }),
        ],
      }),
    ]);
    expect(h.artefacts.map((a) => [a.child, a.message])).toEqual([
      ["A", "PLACE H5 (independent or supported living) for a child of 11; it is for those aged 16 or over"],
      ["B", "LS J2 (remand or youth justice) for a child of 6, under the age of criminal responsibility"],
      ["C", "the episode starts when the child is 18, after their 18th birthday"],
    ]);
  });
});
