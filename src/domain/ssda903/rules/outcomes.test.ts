import { describe, expect, it } from "vitest";
import { OUTCOME_RULES } from "./outcomes.js";
import { failsIn, rows } from "./table-test-support.js";
import type { PlainTables } from "./test-support.js";

const fails = failsIn(OUTCOME_RULES);

/** A: looked after all year; B: started in the year; C: left in the year; D: short breaks; E: no episodes;
 * F: left on 31 March; G: changed placement in the year. A, F and G are looked after for 12 months. */
const cla = [
  { CHILD: "A", RNE: "S", LS: "C2", DECOM: "2023-01-01", DEC: "", REC: "" },
  { CHILD: "B", RNE: "S", LS: "C2", DECOM: "2024-06-01", DEC: "", REC: "" },
  { CHILD: "C", RNE: "S", LS: "C2", DECOM: "2023-01-01", DEC: "2024-10-01", REC: "E4A" },
  { CHILD: "D", RNE: "S", LS: "V3", DECOM: "2023-01-01", DEC: "", REC: "" },
  { CHILD: "F", RNE: "S", LS: "C2", DECOM: "2023-01-01", DEC: "2025-03-31", REC: "E4A" },
  { CHILD: "G", RNE: "S", LS: "C2", DECOM: "2023-01-01", DEC: "2024-06-01", REC: "X1" },
  { CHILD: "G", RNE: "P", LS: "C2", DECOM: "2024-06-01", DEC: "", REC: "" },
];

describe("OC2", () => {
  it("185 fails an SDQ score for a child not looked after for 12 months", () => {
    const oc2 = ["A", "B", "C", "D", "E", "F", "G"].map((CHILD) => ({ CHILD, SDQ_SCORE: "12" }));
    expect(fails("185", { episodes: cla, oc2 })).toEqual(["oc2:3:B", "oc2:4:C", "oc2:5:D", "oc2:6:E"]);
    expect(fails("185", { episodes: cla, oc2: [{ CHILD: "A", SDQ_SCORE: "12" }, { CHILD: "B" }] })).toEqual(
      [],
    );
  });

  it("188 fails an SDQ score or reason for a child under 4 at 31 March", () => {
    const table = rows(
      "oc2",
      { CHILD: "A", DOB: "2021-04-01", SDQ_SCORE: "10" },
      { CHILD: "B", DOB: "2021-03-31", SDQ_SCORE: "10" },
      { CHILD: "C", DOB: "2021-06-01" },
      { CHILD: "D", DOB: "2022-01-01", SDQ_REASON: "SDQ1" },
    );
    expect(fails("188", table)).toEqual(["oc2:2:A", "oc2:5:D"]);
    expect(fails("188", rows("oc2", { CHILD: "B", DOB: "2021-03-31", SDQ_REASON: "SDQ1" }))).toEqual([]);
  });

  it("189 fails an SDQ score or reason for a child 17 or over at 1 April", () => {
    const table = rows(
      "oc2",
      { CHILD: "A", DOB: "2007-04-01", SDQ_SCORE: "10" },
      { CHILD: "B", DOB: "2007-04-02", SDQ_SCORE: "10" },
      { CHILD: "C", DOB: "2000-01-01" },
    );
    expect(fails("189", table)).toEqual(["oc2:2:A"]);
    expect(fails("189", rows("oc2", { CHILD: "B", DOB: "2007-04-02", SDQ_REASON: "SDQ2" }))).toEqual([]);
  });

  it("190 fails 12-month outcomes for a child not looked after for 12 months", () => {
    const oc2: Record<string, string>[] = [
      { CHILD: "A", CONVICTED: "0" },
      { CHILD: "B", HEALTH_CHECK: "1" },
      { CHILD: "D" },
      { CHILD: "E", IMMUNISATIONS: "1" },
    ];
    expect(fails("190", { episodes: cla, oc2 })).toEqual(["oc2:3:B", "oc2:5:E"]);
    expect(fails("190", { episodes: cla, oc2: [{ CHILD: "F", INTERVENTION_OFFERED: "1" }] })).toEqual([]);
  });

  it("191 fails blank 12-month outcomes, or no OC2 row, for a child looked after for 12 months", () => {
    const full = { IMMUNISATIONS: "1", TEETH_CHECK: "1", HEALTH_ASSESSMENT: "1", SUBSTANCE_MISUSE: "0" };
    const oc2 = [{ CHILD: "A", ...full }, { CHILD: "F", ...full, IMMUNISATIONS: "" }, { CHILD: "B" }];
    expect(fails("191", { episodes: cla, oc2 })).toEqual(["oc2:3:F", "episodes:7:G"]);
    const complete = ["A", "F", "G"].map((CHILD) => ({ CHILD, ...full }));
    expect(fails("191", { episodes: cla, oc2: complete })).toEqual([]);
    expect(fails("191", { episodes: cla })).toEqual([]); // not run without OC2
  });

  it("544 fails a conviction without the health fields", () => {
    const full = { IMMUNISATIONS: "1", TEETH_CHECK: "1", HEALTH_ASSESSMENT: "1", SUBSTANCE_MISUSE: "0" };
    const table = rows(
      "oc2",
      { CHILD: "A", CONVICTED: "1", ...full },
      { CHILD: "B", CONVICTED: "1", ...full, TEETH_CHECK: "" },
      { CHILD: "C", CONVICTED: "0" },
    );
    expect(fails("544", table)).toEqual(["oc2:3:B"]);
    expect(fails("544", rows("oc2", { CHILD: "A", CONVICTED: "1", ...full }))).toEqual([]);
  });
});

describe("OC3", () => {
  it("345 fails activity or accommodation of 0 for a young person in touch", () => {
    const table = rows(
      "oc3",
      { CHILD: "A", IN_TOUCH: "YES", ACTIV: "0", ACCOM: "S" },
      { CHILD: "B", IN_TOUCH: "YES", ACTIV: "F1", ACCOM: "0" },
      { CHILD: "C", IN_TOUCH: "YES", ACTIV: "F1", ACCOM: "S" },
      { CHILD: "D", IN_TOUCH: "NO", ACTIV: "0", ACCOM: "0" },
    );
    expect(fails("345", table)).toEqual(["oc3:2:A", "oc3:3:B"]);
    expect(fails("345", rows("oc3", { CHILD: "C", IN_TOUCH: "YES", ACTIV: "F1", ACCOM: "S" }))).toEqual([]);
  });

  it("391 fails care leaver information for a young person under 17 at 31 March", () => {
    const table = rows(
      "oc3",
      { CHILD: "A", DOB: "2008-04-01", IN_TOUCH: "YES" },
      { CHILD: "B", DOB: "2008-03-31", IN_TOUCH: "YES" },
      { CHILD: "C", DOB: "2010-01-01" },
    );
    expect(fails("391", table)).toEqual(["oc3:2:A"]);
    expect(fails("391", rows("oc3", { CHILD: "B", DOB: "2008-03-31", ACCOM: "S" }))).toEqual([]);
  });

  it("1000 fails care leaver information for a child who died in care, this year or last", () => {
    const current: PlainTables = {
      episodes: [
        { CHILD: "A", REC: "E2" },
        { CHILD: "B", REC: "E4A" },
      ],
      oc3: [{ CHILD: "A" }, { CHILD: "B" }, { CHILD: "C" }],
    };
    const previous: PlainTables = { episodes: [{ CHILD: "C", REC: "e2" }] };
    expect(fails("1000", current, previous)).toEqual(["oc3:2:A", "oc3:4:C"]);
    expect(fails("1000", current)).toEqual(["oc3:2:A"]);
    expect(fails("1000", { ...current, oc3: [{ CHILD: "B" }] }, previous)).toEqual([]);
  });

  it("1007 fails care leaver information for a 17- or 18-year-old looked after on the birthday", () => {
    const current: PlainTables = {
      episodes: [
        { CHILD: "A", DECOM: "2024-01-01", DEC: "2024-07-01" },
        { CHILD: "B", DECOM: "2024-01-01", DEC: "2024-05-01" },
        { CHILD: "C", DECOM: "2024-01-01", DEC: "" },
        { CHILD: "D", DECOM: "2024-01-01", DEC: "2024-07-01" },
        { CHILD: "E", DECOM: "2024-01-01", DEC: "" },
      ],
      oc3: [
        { CHILD: "A", DOB: "2007-06-01", IN_TOUCH: "YES" },
        { CHILD: "B", DOB: "2007-06-01", IN_TOUCH: "YES" },
        { CHILD: "C", DOB: "2006-02-01", IN_TOUCH: "YES" },
        { CHILD: "D", DOB: "2007-06-01" },
        { CHILD: "E", DOB: "2006-06-01", ACTIV: "F1" },
      ],
    };
    expect(fails("1007", current)).toEqual(["oc3:2:A", "oc3:6:E"]);
    expect(fails("1007", { ...current, oc3: [{ CHILD: "B", DOB: "2007-06-01", IN_TOUCH: "YES" }] })).toEqual(
      [],
    );
  });

  it("1011 fails care leaver information when the final episode ended in transfer to another LA", () => {
    const current: PlainTables = {
      episodes: [
        { CHILD: "A", DECOM: "2024-05-01", REC: "E3" },
        { CHILD: "A", DECOM: "2024-06-01", REC: "X1" },
        { CHILD: "B", DECOM: "2024-06-01", REC: "E3" },
        { CHILD: "B", DECOM: "2024-05-01", REC: "X1" },
        { CHILD: "C", DECOM: "2024-05-01", REC: "E3" },
        { CHILD: "D", DECOM: "2024-05-01", REC: "E3" },
      ],
      oc3: [
        { CHILD: "A", IN_TOUCH: "YES" },
        { CHILD: "B", IN_TOUCH: "YES" },
        { CHILD: "C" },
        { CHILD: "D", ACCOM: "S" },
      ],
    };
    expect(fails("1011", current)).toEqual(["oc3:3:B", "oc3:5:D"]);
    expect(fails("1011", { ...current, oc3: [{ CHILD: "A", IN_TOUCH: "YES" }, { CHILD: "C" }] })).toEqual([]);
  });

  it("1012 fails other tables' rows for children with no episodes this year", () => {
    const current: PlainTables = {
      episodes: [{ CHILD: "A" }],
      "placed-adoption": [{ CHILD: "A" }, { CHILD: "X" }],
      missing: [{ CHILD: "Y" }],
      reviews: [{ CHILD: "A" }],
      ad1: [{ CHILD: "Z" }],
      "prev-perm": [{ CHILD: "A" }],
      oc2: [{ CHILD: "W" }],
      oc3: [{ CHILD: "V" }],
    };
    expect(fails("1012", current)).toEqual(["placed-adoption:3:X", "missing:2:Y", "ad1:2:Z", "oc2:2:W"]);
    const linked = { episodes: [{ CHILD: "A" }], reviews: [{ CHILD: "A" }], oc3: [{ CHILD: "V" }] };
    expect(fails("1012", linked)).toEqual([]);
  });
});
