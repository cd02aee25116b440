import { describe, expect, it } from "vitest";
import type { Ssda903Table } from "../tables.js";
import { EPISODE_RULES } from "./episodes.js";
import { failuresOf, type PlainTables, previousOf, returnOf } from "./test-support.js";

/** A rule's failing return (with the exact rows it must fail) and a near-miss return it must pass. */
interface Case {
  name: string;
  code: string;
  year?: number;
  fails: PlainTables;
  failing: [Ssda903Table, number, string][];
  passes: PlainTables;
  previous?: PlainTables;
}

const ep = (CHILD: string, values: Record<string, string> = {}) => ({ CHILD, ...values });
/** Two consecutive episodes of a child: the first ends on `dec` (REC X1 unless given), the second starts on `decom`. */
const two = (
  c: string,
  first: Record<string, string>,
  second: Record<string, string>,
  dec = "2024-06-01",
  decom = dec,
) => [ep(c, { DECOM: "2024-05-01", DEC: dec, REC: "X1", ...first }), ep(c, { DECOM: decom, ...second })];
const placement = { LS: "C1", PLACE: "U1", PL_POST: "AB1 2CD", URN: "", PLACE_PROVIDER: "PR1" };
const providers = (...rows: [string, string][]) =>
  rows.map(([PLACE, PLACE_PROVIDER], i) => ep(`C${i}`, { PLACE, PLACE_PROVIDER }));
const urns = (...rows: [string, string, string?][]) =>
  rows.map(([PLACE, URN, DEC], i) => ep(`C${i}`, { PLACE, URN, DEC: DEC ?? "" }));

const CASES: Case[] = [
  {
    name: "142 an earlier episode left open",
    code: "142",
    fails: {
      episodes: [
        ep("A", { DECOM: "2024-05-01" }),
        ep("A", { DECOM: "2024-06-01" }),
        ...two("B", { REC: "" }, {}),
        ep("C", { DECOM: "2024-05-01" }),
      ],
    },
    failing: [
      ["episodes", 2, "A"],
      ["episodes", 4, "B"],
    ],
    passes: { episodes: [...two("A", {}, {}), ep("C", { DECOM: "2024-05-01" })] },
  },
  {
    name: "148 DEC without REC or REC without DEC",
    code: "148",
    fails: {
      episodes: [
        ep("A", { DEC: "2024-06-01" }),
        ep("B", { REC: "X1" }),
        ep("C"),
        ep("D", { DEC: "2024-06-01", REC: "E11" }),
      ],
    },
    failing: [
      ["episodes", 2, "A"],
      ["episodes", 3, "B"],
    ],
    passes: { episodes: [ep("C"), ep("D", { DEC: "2024-06-01", REC: "E11" })] },
  },
  {
    name: "178 provider invalid or given for T0–T4/Z1 (2024/25 codes)",
    code: "178",
    fails: {
      episodes: providers(
        ["U1", "PR0"],
        ["U1", "PR6"],
        ["T0", "PR1"],
        ["Z1", "PR1"],
        ["T1", ""],
        ["U1", "pr4"],
      ),
    },
    failing: [
      ["episodes", 3, "C1"],
      ["episodes", 4, "C2"],
      ["episodes", 5, "C3"],
      ["episodes", 7, "C5"],
    ],
    passes: { episodes: providers(["U1", "PR0"], ["T1", ""], ["U4", "PR5"]) },
  },
  {
    name: "178 with the 2025/26 codes: Z11–Z14 need no provider, T4 may have one",
    code: "178",
    year: 2026,
    fails: { episodes: providers(["Z12", "PR1"], ["T4", "PR1"]) },
    failing: [["episodes", 2, "C0"]],
    passes: { episodes: providers(["T4", "PR1"], ["Z12", ""]) },
  },
  {
    name: "213 provider given for a temporary placement (2024/25)",
    code: "213",
    fails: { episodes: providers(["T0", "PR1"], ["T4", "PR2"], ["Z1", "PR1"], ["U1", "PR1"], ["T2", ""]) },
    failing: [
      ["episodes", 2, "C0"],
      ["episodes", 3, "C1"],
    ],
    passes: { episodes: providers(["Z1", "PR1"], ["U1", "PR1"], ["T2", ""]) },
  },
  {
    name: "213 with the 2025/26 codes: Z11–Z14 too",
    code: "213",
    year: 2026,
    fails: { episodes: providers(["Z13", "PR1"], ["U1", "PR1"]) },
    failing: [["episodes", 2, "C0"]],
    passes: { episodes: providers(["Z13", ""], ["U1", "PR1"]) },
  },
  {
    name: "218 URN missing for an episode open in the year",
    code: "218",
    fails: {
      episodes: urns(
        ["U1", ""],
        ["U1", "", "2024-03-31"],
        ["U1", "", "2024-04-01"],
        ["P1", ""],
        ["Z1", ""],
        ["U1", "SC123456"],
      ),
    },
    failing: [
      ["episodes", 2, "C0"],
      ["episodes", 4, "C2"],
    ],
    passes: { episodes: urns(["U1", "", "2024-03-31"], ["P1", ""], ["Z1", ""], ["U1", "SC123456"]) },
  },
  {
    name: "218 with the 2025/26 codes",
    code: "218",
    year: 2026,
    fails: { episodes: urns(["Z11", ""], ["K2", ""]) },
    failing: [["episodes", 3, "C1"]],
    passes: { episodes: urns(["Z11", ""], ["K2", "SC123456"]) },
  },
  {
    name: "222 URN given for a placement that has none",
    code: "222",
    fails: { episodes: urns(["R1", "SC1"], ["T2", "XXXXXXX"], ["U1", "SC1"], ["Z1", "SC1"]) },
    failing: [
      ["episodes", 2, "C0"],
      ["episodes", 5, "C3"],
    ],
    passes: { episodes: urns(["R1", ""], ["T2", "XXXXXXX"], ["U1", "SC1"]) },
  },
  {
    name: "225 placement changed with no reason",
    code: "225",
    fails: {
      episodes: [
        ...two("A", { PLACE: "U1" }, { RNE: "P", PLACE: "U4" }),
        ...two("B", { PLACE: "U1", REASON_PLACE_CHANGE: "CARPL" }, { RNE: "P", PLACE: "U4" }),
        ...two("C", { PLACE: "U1" }, { RNE: "L", PLACE: "U1" }),
        ...two("D", { PLACE: "U1" }, { RNE: "T", PLACE: "T1" }),
      ],
    },
    failing: [["episodes", 2, "A"]],
    passes: { episodes: two("A", { PLACE: "U1", REASON_PLACE_CHANGE: "CHILD" }, { RNE: "P", PLACE: "U4" }) },
  },
  {
    name: "357 first episode in the year not S",
    code: "357",
    fails: {
      episodes: [
        ep("A", { DECOM: "2024-05-01", RNE: "P" }),
        ep("B", { DECOM: "2024-03-31", RNE: "P" }),
        ...two("C", { DECOM: "2024-06-01", DEC: "2024-07-01", RNE: "S" }, { RNE: "P" }, "2024-07-01"),
      ],
    },
    failing: [["episodes", 2, "A"]],
    passes: {
      episodes: [ep("A", { DECOM: "2024-05-01", RNE: "S" }), ep("B", { DECOM: "2024-03-31", RNE: "P" })],
    },
  },
  {
    name: "388 X1 without a continuation, or a continuation without X1",
    code: "388",
    fails: {
      episodes: [
        ...two("A", {}, {}, "2024-06-01", "2024-06-02"),
        ...two("B", { REC: "E4A" }, {}),
        ep("C", { DECOM: "2024-05-01", DEC: "2024-07-01", REC: "X1" }),
        ...two("D", {}, {}),
        ep("E", { DECOM: "2024-05-01", DEC: "2024-07-01", REC: "E11" }),
      ],
    },
    failing: [
      ["episodes", 2, "A"],
      ["episodes", 4, "B"],
      ["episodes", 6, "C"],
    ],
    passes: {
      episodes: [...two("D", {}, {}), ep("E", { DECOM: "2024-05-01", DEC: "2024-07-01", REC: "E11" })],
    },
  },
  {
    name: "392b postcodes missing",
    code: "392b",
    fails: {
      episodes: [
        ep("A", { LS: "C2", HOME_POST: "AB1 2CD", PL_POST: "AB1 3CD" }),
        ep("B", { LS: "C2", PL_POST: "AB1 3CD" }),
        ep("C", { LS: "V3" }),
        ep("D", { LS: "C2" }),
      ],
      uasc: [{ CHILD: "D", SEX: "1", DOB: "2008-01-01" }],
    },
    failing: [["episodes", 3, "B"]],
    passes: {
      episodes: [ep("A", { LS: "C2", HOME_POST: "AB1 2CD", PL_POST: "AB1 3CD" }), ep("C", { LS: "V3" })],
    },
  },
  {
    name: "392b a child with UASC data last year is not expected to have postcodes",
    code: "392b",
    fails: { episodes: [ep("B", { LS: "C2" }), ep("E", { LS: "C2" })] },
    previous: { uasc: [{ CHILD: "E", SEX: "2", DOB: "2008-01-01", DUC: "2023-06-01" }] },
    failing: [["episodes", 2, "B"]],
    passes: { episodes: [ep("E", { LS: "C2" })] },
  },
  {
    name: "431 S on the day the previous episode ended",
    code: "431",
    fails: {
      episodes: [...two("A", {}, { RNE: "S" }), ...two("B", {}, { RNE: "S" }, "2024-06-01", "2024-06-02")],
    },
    failing: [["episodes", 3, "A"]],
    passes: {
      episodes: [...two("A", {}, { RNE: "P" }), ...two("B", {}, { RNE: "S" }, "2024-06-01", "2024-06-02")],
    },
  },
  {
    name: "433 continuation not starting when the last episode ended",
    code: "433",
    fails: {
      episodes: [
        ...two("A", {}, { RNE: "P" }, "2024-06-01", "2024-06-02"),
        ...two("B", {}, { RNE: "P" }),
        ep("C", { DECOM: "2024-05-01" }),
        ep("C", { DECOM: "2024-07-01", RNE: "T" }),
        ...two("D", {}, { RNE: "S" }, "2024-06-01", "2024-06-10"),
      ],
    },
    failing: [
      ["episodes", 3, "A"],
      ["episodes", 7, "C"],
    ],
    passes: {
      episodes: [...two("B", {}, { RNE: "P" }), ...two("D", {}, { RNE: "S" }, "2024-06-01", "2024-06-10")],
    },
  },
  {
    name: "434 RNE L but the legal status stayed or the placement moved",
    code: "434",
    fails: {
      episodes: [
        ...two("A", placement, { ...placement, RNE: "L", LS: "C2" }),
        ...two("B", placement, { ...placement, RNE: "L" }),
        ...two("C", placement, { ...placement, RNE: "L", LS: "C2", PLACE: "U4" }),
      ],
    },
    failing: [
      ["episodes", 5, "B"],
      ["episodes", 7, "C"],
    ],
    passes: { episodes: two("A", placement, { ...placement, RNE: "L", LS: "C2" }) },
  },
  {
    name: "436 RNE B/U but the legal status stayed or the placement did not move",
    code: "436",
    fails: {
      episodes: [
        ...two("A", placement, { ...placement, RNE: "B", LS: "C2", PLACE: "U4" }),
        ...two("B", placement, { ...placement, RNE: "B", PLACE: "U4" }),
        ...two("C", placement, { ...placement, RNE: "U", LS: "C2" }),
      ],
    },
    failing: [
      ["episodes", 5, "B"],
      ["episodes", 7, "C"],
    ],
    passes: { episodes: two("A", placement, { ...placement, RNE: "U", LS: "C2", PL_POST: "ZZ9 9ZZ" }) },
  },
  {
    name: "437 episodes after death or age 18",
    code: "437",
    fails: {
      episodes: [
        ...two("A", { REC: "E2" }, {}, "2024-06-01", "2024-07-01"),
        ep("B", { DECOM: "2024-05-01", DEC: "2024-06-01", REC: "E15" }),
        ...two("C", { REC: "E4A" }, {}, "2024-06-01", "2024-07-01"),
      ],
    },
    failing: [["episodes", 2, "A"]],
    passes: { episodes: [ep("B", { DECOM: "2024-05-01", DEC: "2024-06-01", REC: "E15" })] },
  },
  {
    name: "501 overlapping and duplicate episodes",
    code: "501",
    fails: {
      episodes: [
        ...two("A", {}, {}, "2024-06-10", "2024-06-01"),
        ...two("B", {}, {}),
        ep("C", { DECOM: "2024-05-01", DEC: "2024-05-20", REC: "E4A" }),
        ep("C", { DECOM: "2024-05-01", DEC: "2024-05-20", REC: "E4A" }),
      ],
    },
    failing: [
      ["episodes", 3, "A"],
      ["episodes", 7, "C"],
    ],
    passes: { episodes: two("B", {}, {}) },
  },
  {
    name: "530 PR4 with P1",
    code: "530",
    fails: { episodes: providers(["P1", "PR4"], ["P1", "PR5"], ["U1", "PR4"]) },
    failing: [["episodes", 2, "C0"]],
    passes: { episodes: providers(["P1", "PR0"], ["U1", "PR4"]) },
  },
  {
    name: "531 PR5 with P1",
    code: "531",
    fails: { episodes: providers(["P1", "PR5"], ["P1", "PR4"], ["U1", "PR5"]) },
    failing: [["episodes", 2, "C0"]],
    passes: { episodes: providers(["P1", "PR0"], ["U1", "PR5"]) },
  },
];

const ruleFor = (code: string) => {
  const rule = EPISODE_RULES.find((r) => r.code === code);
  if (!rule) throw new Error(`no episode rule ${code}`);
  return rule;
};

describe.each(CASES)("episode rule $name", ({ code, year = 2025, fails, failing, passes, previous }) => {
  const last = previous ? previousOf(year, previous) : null;
  it("fails exactly the rows that break it", () => {
    const expected = failing.map(([table, row, c]) => ({ table, row, child: c }));
    expect(failuresOf(ruleFor(code), returnOf(year, fails), last)).toEqual(expected);
  });
  it("passes a near-miss return", () => {
    expect(failuresOf(ruleFor(code), returnOf(year, passes), last)).toEqual([]);
  });
});

describe("EPISODE_RULES", () => {
  it("has a tested case for every rule, each code once", () => {
    const codes = EPISODE_RULES.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect([...codes].sort()).toEqual([...new Set(CASES.map((c) => c.code))].sort());
  });
});
