import { describe, expect, it } from "vitest";
import type { Ssda903Table } from "../tables.js";
import { birthday, DATE_RULES } from "./dates.js";
import { failuresOf, type PlainTables, returnOf } from "./test-support.js";

/** A rule's failing return (with the exact rows it must fail) and a near-miss return it must pass. */
interface Case {
  code: string;
  fails: PlainTables;
  failing: [Ssda903Table, number, string][];
  passes: PlainTables;
}

const YEAR = 2025; // 2024-25: 1 April 2024 to 31 March 2025
const ep = (CHILD: string, values: Record<string, string> = {}) => ({ CHILD, ...values });
const child = (CHILD: string, DOB: string) => ({ CHILD, DOB });

/** Children born 1 June `2024 - years`: a `place` episode fails the day before the birthday, passes on it. */
const tooYoung = (code: string, place: string, years: number): Case => ({
  code,
  fails: {
    header: [child("A", `${2024 - years}-06-01`)],
    episodes: [ep("A", { DECOM: "2024-05-31", PLACE: place }), ep("A", { DECOM: "2024-05-31", PLACE: "U1" })],
  },
  failing: [["episodes", 2, "A"]],
  passes: {
    header: [child("A", `${2024 - years}-06-01`)],
    episodes: [ep("A", { DECOM: "2024-06-01", PLACE: place }), ep("A", { DECOM: "2024-05-31", PLACE: "U1" })],
  },
});

const CASES: Case[] = [
  {
    code: "102",
    fails: { header: [child("A", "2010-05-01"), child("B", "31/02/2010"), child("C", "")] },
    failing: [
      ["header", 3, "B"],
      ["header", 4, "C"],
    ],
    passes: { header: [child("A", "2010-05-01"), child("B", "2012-02-29")] },
  },
  {
    code: "141",
    fails: { episodes: [ep("A", { DECOM: "2024-05-01" }), ep("B", { DECOM: "38/04/2024" }), ep("C")] },
    failing: [["episodes", 3, "B"]],
    passes: { episodes: [ep("A", { DECOM: "2024-05-01" }), ep("C")] },
  },
  {
    code: "147",
    fails: { episodes: [ep("A", { DEC: "2024-06-01" }), ep("B", { DEC: "2024-13-01" }), ep("C")] },
    failing: [["episodes", 3, "B"]],
    passes: { episodes: [ep("A", { DEC: "2024-06-01" }), ep("C")] },
  },
  {
    code: "301",
    fails: { header: [child("A", "2025-03-31"), child("B", "2025-04-01"), child("C", "01/04/2026")] },
    failing: [["header", 3, "B"]],
    passes: { header: [child("A", "2025-03-31")] },
  },
  {
    code: "302",
    fails: {
      header: [child("A", "2015-06-01"), child("B", "2016-01-01")],
      episodes: [
        ep("A", { DECOM: "2024-06-01" }),
        ep("A", { DECOM: "2015-05-31" }),
        ep("B", { DECOM: "2016-01-01" }),
      ],
    },
    failing: [
      ["episodes", 3, "A"],
      ["header", 2, "A"],
    ],
    passes: {
      header: [child("A", "2015-06-01"), child("B", "2016-01-01")],
      episodes: [ep("A", { DECOM: "2015-06-01" }), ep("B", { DECOM: "2016-01-01" })],
    },
  },
  {
    code: "351",
    fails: { header: [child("A", "2003-03-31"), child("B", "2003-04-01")] },
    failing: [["header", 2, "A"]],
    passes: { header: [child("B", "2003-04-01"), child("C", "2010-01-01")] },
  },
  {
    code: "352",
    fails: {
      header: [child("A", "2006-05-01"), child("B", "2006-05-02")],
      episodes: [
        ep("A", { DECOM: "2024-05-01", RNE: "S" }),
        ep("B", { DECOM: "2024-05-01", RNE: "S" }),
        ep("A", { DECOM: "2024-06-01", RNE: "P" }),
      ],
    },
    failing: [["episodes", 2, "A"]],
    passes: {
      header: [child("A", "2006-05-01"), child("B", "2006-05-02")],
      episodes: [ep("B", { DECOM: "2024-05-01", RNE: "S" }), ep("A", { DECOM: "2024-06-01", RNE: "P" })],
    },
  },
  {
    code: "353",
    fails: { episodes: [ep("A", { DECOM: "1991-10-13" }), ep("B", { DECOM: "1991-10-14" })] },
    failing: [["episodes", 2, "A"]],
    passes: { episodes: [ep("B", { DECOM: "1991-10-14" })] },
  },
  {
    code: "354",
    fails: { episodes: [ep("A", { DECOM: "2025-04-01" }), ep("B", { DECOM: "2025-03-31" })] },
    failing: [["episodes", 2, "A"]],
    passes: { episodes: [ep("B", { DECOM: "2025-03-31" })] },
  },
  {
    code: "355",
    fails: {
      episodes: [
        ep("A", { DECOM: "2024-05-01", DEC: "2024-05-01" }),
        ep("B", { DECOM: "2024-05-01", DEC: "2024-05-02" }),
        ep("C"),
      ],
    },
    failing: [["episodes", 2, "A"]],
    passes: { episodes: [ep("B", { DECOM: "2024-05-01", DEC: "2024-05-02" }), ep("C")] },
  },
  {
    code: "356",
    fails: {
      episodes: [
        ep("A", { DECOM: "2024-05-02", DEC: "2024-05-01" }),
        ep("B", { DECOM: "2024-05-02", DEC: "2024-05-02" }),
        ep("C", { DECOM: "2024-05-02" }),
      ],
    },
    failing: [["episodes", 2, "A"]],
    passes: {
      episodes: [ep("B", { DECOM: "2024-05-02", DEC: "2024-05-02" }), ep("C", { DECOM: "2024-05-02" })],
    },
  },
  {
    code: "358",
    fails: {
      header: [child("A", "2014-05-01"), child("B", "2014-05-01")],
      episodes: [ep("A", { DECOM: "2024-05-01", LS: "J1" }), ep("B", { DECOM: "2024-05-02", LS: "J2" })],
    },
    failing: [
      ["episodes", 2, "A"],
      ["header", 2, "A"],
    ],
    passes: {
      header: [child("A", "2014-05-01"), child("B", "2014-05-01")],
      episodes: [ep("A", { DECOM: "2024-05-01", LS: "C2" }), ep("B", { DECOM: "2024-05-02", LS: "J2" })],
    },
  },
  {
    code: "359",
    fails: {
      header: [child("A", "2007-03-30"), child("B", "2007-03-31"), child("C", "2007-03-30")],
      episodes: [
        ep("A", { LS: "C2", PLACE: "U1" }),
        ep("B", { LS: "C2", PLACE: "U1" }),
        ep("C", { LS: "V2", PLACE: "K2" }),
        ep("A", { LS: "C2", PLACE: "U1", DEC: "2024-06-01" }),
      ],
    },
    failing: [["episodes", 2, "A"]],
    passes: {
      header: [child("A", "2007-03-30"), child("B", "2007-03-31"), child("C", "2007-03-30")],
      episodes: [
        ep("B", { LS: "C2", PLACE: "U1" }),
        ep("C", { LS: "V2", PLACE: "K2" }),
        ep("A", { LS: "C2", PLACE: "U1", DEC: "2024-06-01" }),
      ],
    },
  },
  tooYoung("371", "K3", 16),
  tooYoung("372", "R5", 10),
  tooYoung("373", "S1", 4),
  tooYoung("374", "P3", 14),
  {
    code: "385",
    fails: { episodes: [ep("A", { DEC: "2025-04-01" }), ep("B", { DEC: "2025-03-31" })] },
    failing: [["episodes", 2, "A"]],
    passes: { episodes: [ep("B", { DEC: "2025-03-31" })] },
  },
  {
    code: "386",
    fails: {
      header: [child("A", "2006-05-01"), child("B", "2006-05-02")],
      episodes: [
        ep("A", { REC: "E11", DEC: "2024-05-01" }),
        ep("B", { REC: "E12", DEC: "2024-05-01" }),
        ep("A", { REC: "E4A", DEC: "2024-06-01" }),
      ],
    },
    failing: [["episodes", 2, "A"]],
    passes: {
      header: [child("A", "2006-05-01"), child("B", "2006-05-02")],
      episodes: [ep("B", { REC: "E12", DEC: "2024-05-01" }), ep("A", { REC: "E4A", DEC: "2024-06-01" })],
    },
  },
];

const ruleFor = (code: string) => {
  const rule = DATE_RULES.find((r) => r.code === code);
  if (!rule) throw new Error(`no date rule ${code}`);
  return rule;
};

describe.each(CASES)("date rule $code", ({ code, fails, failing, passes }) => {
  it("fails exactly the rows that break it", () => {
    const expected = failing.map(([table, row, c]) => ({ table, row, child: c }));
    expect(failuresOf(ruleFor(code), returnOf(YEAR, fails))).toEqual(expected);
  });
  it("passes a near-miss return", () => {
    expect(failuresOf(ruleFor(code), returnOf(YEAR, passes))).toEqual([]);
  });
});

describe("DATE_RULES", () => {
  it("has a tested case for every rule, each code once", () => {
    const codes = DATE_RULES.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect([...codes].sort()).toEqual(CASES.map((c) => c.code).sort());
  });

  it("counts birthdays from 29 February as 28 February in a common year", () => {
    expect(birthday("2008-02-29", 18)).toBe("2026-02-28");
    expect(birthday("2008-02-29", 16)).toBe("2024-02-29");
    expect(birthday("2010-06-01", 4)).toBe("2014-06-01");
  });

  it("reads the collection year from the return: 354 fails 1 April only in the year it ends", () => {
    const rule = ruleFor("354");
    const tables = { episodes: [ep("A", { DECOM: "2025-04-01" })] };
    expect(failuresOf(rule, returnOf(2025, tables))).toHaveLength(1);
    expect(failuresOf(rule, returnOf(2026, tables))).toEqual([]);
  });
});
