import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ValidationRule } from "./rule.js";
import { failuresOf, type PlainTables, previousOf, returnOf } from "./test-support.js";
import { YEAR_RULES } from "./years.js";

const YEAR = 2025; // 2024-25

function rule(code: string): ValidationRule {
  const found = YEAR_RULES.find((r) => r.code === code);
  if (!found) throw new Error(`no rule ${code}`);
  return found;
}

/** The failed rows as "table:row:child", for short, exact assertions. */
function fails(code: string, current: PlainTables, previous: PlainTables | null, year = YEAR): string[] {
  return failuresOf(rule(code), returnOf(year, current), previous ? previousOf(year, previous) : null).map(
    (f) => `${f.table}:${f.row}:${f.child}`,
  );
}

/** Asserts the failing fixture fails exactly `expected` and passes when no previous return is loaded. */
function expectFails(code: string, current: PlainTables, previous: PlainTables, expected: string[]) {
  expect(fails(code, current, previous)).toEqual(expected);
  expect(fails(code, current, null)).toEqual([]);
}

describe("YEAR_RULES", () => {
  it("are the year-comparing rules, each once, each needing the previous return", () => {
    const codes = YEAR_RULES.map((r) => r.code);
    expect(codes).toEqual([
      ...["202", "203", "204", "207", "208", "502", "503A", "503B", "503C", "503D", "503E", "503F"],
      ...["576", "1002", "1010", "NoE"],
    ]);
    expect(YEAR_RULES.every((r) => r.comparesYears === true && r.message.length > 20)).toBe(true);
  });
});

const header = (rows: Record<string, string>[]): PlainTables => ({ header: rows });

describe("202 sex unchanged", () => {
  const before = header([
    { CHILD: "A", SEX: "1" },
    { CHILD: "B", SEX: "2" },
    { CHILD: "C", SEX: "" },
  ]);
  it("fails a child whose sex differs from last year's", () => {
    const now = header([
      { CHILD: "A", SEX: "1" },
      { CHILD: "B", SEX: "1" },
      { CHILD: "C", SEX: "2" },
      { CHILD: "D", SEX: "1" },
    ]);
    expectFails("202", now, before, ["header:3:B", "header:4:C"]);
  });
  it("passes the same sex and new children", () => {
    const now = header([
      { CHILD: "A", SEX: "1" },
      { CHILD: "B", SEX: "2" },
      { CHILD: "C", SEX: "" },
      { CHILD: "D", SEX: "2" },
    ]);
    expect(fails("202", now, before)).toEqual([]);
  });
  it("reads 2023-24's 1 and 2 as 2024-25's M and F", () => {
    const last = header([
      { CHILD: "A", SEX: "1" },
      { CHILD: "B", SEX: "2" },
      { CHILD: "C", SEX: "1" },
      { CHILD: "D", SEX: "2" },
      { CHILD: "E", SEX: "1" },
    ]);
    const now = header([
      { CHILD: "A", SEX: "M" },
      { CHILD: "B", SEX: "F" },
      { CHILD: "C", SEX: "F" },
      { CHILD: "D", SEX: "M" },
      { CHILD: "E", SEX: "U" },
    ]);
    expectFails("202", now, last, ["header:4:C", "header:5:D", "header:6:E"]);
    expect(fails("202", header([{ CHILD: "A", SEX: "M" }]), header([{ CHILD: "A", SEX: "1" }]))).toEqual([]);
  });
});

describe("203 date of birth unchanged", () => {
  const before = header([
    { CHILD: "A", DOB: "2010-05-01" },
    { CHILD: "B", DOB: "2011-06-01" },
    { CHILD: "C", DOB: "31/02/2011" },
    { CHILD: "D", DOB: "2012-01-01" },
  ]);
  it("fails a changed date, and a date no longer readable", () => {
    const now = header([
      { CHILD: "A", DOB: "2010-05-01" },
      { CHILD: "B", DOB: "2011-06-02" },
      { CHILD: "C", DOB: "30/02/2011" },
      { CHILD: "D", DOB: "01/01/12" },
    ]);
    expectFails("203", now, before, ["header:3:B", "header:5:D"]);
  });
  it("passes the same date", () => {
    expect(fails("203", header([{ CHILD: "B", DOB: "2011-06-01" }]), before)).toEqual([]);
  });
});

describe("204 ethnicity unchanged", () => {
  const before = header([
    { CHILD: "A", ETHNIC: "WBRI" },
    { CHILD: "B", ETHNIC: "NOBT" },
    { CHILD: "C", ETHNIC: "MWBA" },
  ]);
  it("fails a different code, ignoring case", () => {
    const now = header([
      { CHILD: "A", ETHNIC: "WBRI" },
      { CHILD: "B", ETHNIC: "nobt" },
      { CHILD: "C", ETHNIC: "MWBC" },
    ]);
    expectFails("204", now, before, ["header:4:C"]);
  });
  it("passes the same codes", () => {
    expect(fails("204", header([{ CHILD: "C", ETHNIC: "MWBA" }]), before)).toEqual([]);
  });
});

describe("207 mother status not withdrawn", () => {
  const before = header([
    { CHILD: "A", MOTHER: "1" },
    { CHILD: "B", MOTHER: "1" },
    { CHILD: "C", MOTHER: "0" },
    { CHILD: "D", MOTHER: "1" },
  ]);
  const episodes = ["A", "B", "C"].map((CHILD) => ({ CHILD, DECOM: "2024-05-01" }));
  it("fails a mother last year who is not one now, when looked after this year", () => {
    const now: PlainTables = {
      header: [
        { CHILD: "A", MOTHER: "0" },
        { CHILD: "B", MOTHER: "" },
        { CHILD: "C", MOTHER: "1" },
        { CHILD: "D", MOTHER: "0" },
      ],
      episodes,
    };
    expectFails("207", now, before, ["header:2:A", "header:3:B"]);
  });
  it("passes a mother still recorded as one", () => {
    const now: PlainTables = { header: [{ CHILD: "A", MOTHER: "1" }], episodes };
    expect(fails("207", now, before)).toEqual([]);
  });
});

describe("208 UPN consistent", () => {
  const before = header(
    [
      ["A", "X888888888888"],
      ["B", "UN1"],
      ["C", ""],
      ["D", "UN4"],
      ["E", "UN5"],
      ["F", "a00000000000b"],
      ["G", "UN1"],
    ].map(([CHILD = "", UPN = ""]) => ({ CHILD, UPN })),
  );
  it("fails a changed UPN, a known one lost, and an unknown code changed other than from UN1", () => {
    const now = header(
      [
        ["A", "O00000000000X"],
        ["B", "UN2"],
        ["C", "UN1"],
        ["D", "UN3"],
        ["E", "H801200001001"],
        ["F", "A00000000000B"],
        ["G", ""],
      ].map(([CHILD = "", UPN = ""]) => ({ CHILD, UPN })),
    );
    expectFails("208", now, before, ["header:2:A", "header:4:C", "header:5:D", "header:8:G"]);
  });
  it("passes an unknown UPN becoming known, and UN1 becoming UN2 to UN5", () => {
    const now = header([
      { CHILD: "B", UPN: "UN5" },
      { CHILD: "E", UPN: "H801200001001" },
    ]);
    expect(fails("208", now, before)).toEqual([]);
  });
});

describe("502 first episode starts when last year's open episode did", () => {
  const before: PlainTables = {
    episodes: [
      { CHILD: "A", DECOM: "2024-01-10", DEC: "" },
      { CHILD: "B", DECOM: "2023-06-01", DEC: "" },
      { CHILD: "C", DECOM: "2023-06-01", DEC: "2024-02-01" },
    ],
  };
  it("fails the earliest episode when its DECOM differs from last year's open one", () => {
    const now: PlainTables = {
      episodes: [
        { CHILD: "A", DECOM: "2024-01-10" },
        { CHILD: "A", DECOM: "2024-06-01" },
        { CHILD: "B", DECOM: "2024-09-01" },
        { CHILD: "B", DECOM: "2024-04-01" },
        { CHILD: "C", DECOM: "2024-05-01" },
      ],
    };
    expectFails("502", now, before, ["episodes:5:B"]);
  });
  it("passes a first episode carrying on last year's open one", () => {
    const now: PlainTables = {
      episodes: [
        { CHILD: "A", DECOM: "2024-01-10" },
        { CHILD: "B", DECOM: "2023-06-01" },
      ],
    };
    expect(fails("502", now, before)).toEqual([]);
  });
});

describe.each([
  ["503A", "RNE", "S", "P"],
  ["503B", "LS", "C2", "E1"],
  ["503C", "CIN", "N1", "N4"],
  ["503D", "PLACE", "U1", "K2"],
  ["503E", "PLACE_PROVIDER", "PR1", "PR4"],
  ["503F", "URN", "SC055123", "SC999999"],
])("%s first episode's %s matches last year's open episode", (code, field, was, now) => {
  const before: PlainTables = {
    episodes: [
      { CHILD: "A", DECOM: "2024-01-10", DEC: "", [field]: was },
      { CHILD: "B", DECOM: "2023-05-01", DEC: "2024-01-01", [field]: was },
      { CHILD: "C", DECOM: "2023-05-01", DEC: "", [field]: now },
      { CHILD: "C", DECOM: "2024-02-01", DEC: "", [field]: was },
    ],
  };
  it("fails a first episode that differs from an open latest episode", () => {
    const current: PlainTables = {
      episodes: [
        { CHILD: "A", DECOM: "2024-06-01", [field]: was },
        { CHILD: "A", DECOM: "2024-01-10", [field]: now },
        { CHILD: "B", DECOM: "2024-05-01", [field]: now },
        { CHILD: "C", DECOM: "2024-02-01", [field]: now },
      ],
    };
    expectFails(code, current, before, ["episodes:3:A", "episodes:5:C"]);
  });
  it("passes a first episode that carries the open episode's value", () => {
    const current: PlainTables = {
      episodes: [
        { CHILD: "A", DECOM: "2024-01-10", [field]: was },
        { CHILD: "A", DECOM: "2024-06-01", [field]: now },
        { CHILD: "C", DECOM: "2024-02-01", [field]: was },
      ],
    };
    expect(fails(code, current, before)).toEqual([]);
  });
});

describe("503D H5 to K3 in 2024-25", () => {
  const before: PlainTables = { episodes: [{ CHILD: "A", DECOM: "2024-01-10", PLACE: "H5" }] };
  const now: PlainTables = { episodes: [{ CHILD: "A", DECOM: "2024-01-10", PLACE: "K3" }] };
  it("passes the renamed supported accommodation in 2024-25 only", () => {
    expect(fails("503D", now, before, 2025)).toEqual([]);
    expect(fails("503D", now, before, 2024)).toEqual(["episodes:2:A"]);
  });
});

describe("576 open missing period carried into this year", () => {
  const before: PlainTables = {
    missing: [
      { CHILD: "A", MIS_START: "2024-03-01", MIS_END: "" },
      { CHILD: "B", MIS_START: "2024-03-10", MIS_END: "" },
      { CHILD: "C", MIS_START: "2024-03-10", MIS_END: "2024-03-12" },
      { CHILD: "D", MIS_START: "2024-02-01", MIS_END: "" },
      { CHILD: "E", MIS_START: "2024-03-05", MIS_END: "" },
    ],
  };
  it("fails the first period when it does not start with last year's open one", () => {
    const now: PlainTables = {
      missing: [
        { CHILD: "A", MIS_START: "2024-05-01" },
        { CHILD: "A", MIS_START: "2024-03-01" },
        { CHILD: "B", MIS_START: "2024-04-05" },
        { CHILD: "C", MIS_START: "2024-06-01" },
        { CHILD: "D", MIS_START: "" },
      ],
    };
    expectFails("576", now, before, ["missing:4:B", "missing:6:D"]);
  });
  it("passes periods that carry on last year's open ones", () => {
    const now: PlainTables = {
      missing: [
        { CHILD: "A", MIS_START: "2024-03-01", MIS_END: "2024-04-02" },
        { CHILD: "B", MIS_START: "2024-03-10" },
        { CHILD: "E", MIS_START: "" },
        { CHILD: "E", MIS_START: "2024-03-05" },
      ],
    };
    expect(fails("576", now, before)).toEqual([]);
  });
});

describe("1002 care leaver with no episodes in either year", () => {
  const before: PlainTables = { episodes: [{ CHILD: "A", DECOM: "2023-05-01" }] };
  it("fails an OC3 child with no episodes this year or last", () => {
    const now: PlainTables = {
      episodes: [{ CHILD: "B", DECOM: "2024-05-01" }],
      oc3: [{ CHILD: "A" }, { CHILD: "B" }, { CHILD: "C" }],
    };
    expectFails("1002", now, before, ["oc3:4:C"]);
  });
  it("passes OC3 children with episodes in either year", () => {
    const now: PlainTables = { episodes: [{ CHILD: "B" }], oc3: [{ CHILD: "A" }, { CHILD: "B" }] };
    expect(fails("1002", now, before)).toEqual([]);
  });
});

describe("1010 care leaver whose care was open at last year's end", () => {
  const before: PlainTables = {
    episodes: [
      { CHILD: "A", DECOM: "2023-05-01", DEC: "" },
      { CHILD: "B", DECOM: "2023-05-01", DEC: "" },
      { CHILD: "B", DECOM: "2023-09-01", DEC: "2024-01-01" },
      { CHILD: "C", DECOM: "2023-05-01", DEC: "2023-09-01" },
      { CHILD: "C", DECOM: "2023-09-01", DEC: "" },
      { CHILD: "D", DECOM: "2023-09-01", DEC: "2024-01-01" },
      { CHILD: "D", DECOM: "2023-09-01", DEC: "" },
    ],
  };
  it("fails an OC3 child with no episode now whose latest episode last year was open", () => {
    const now: PlainTables = {
      episodes: [{ CHILD: "A", DECOM: "2023-05-01" }],
      oc3: [{ CHILD: "A" }, { CHILD: "B" }, { CHILD: "C" }, { CHILD: "D" }],
    };
    expectFails("1010", now, before, ["oc3:4:C", "oc3:5:D"]);
  });
  it("passes when this year's episodes are loaded", () => {
    const now: PlainTables = { episodes: [{ CHILD: "C", DECOM: "2023-09-01" }], oc3: [{ CHILD: "C" }] };
    expect(fails("1010", now, before)).toEqual([]);
  });
});

describe("NoE episodes from before this year but none last year", () => {
  const before: PlainTables = { episodes: [{ CHILD: "A", DECOM: "2023-05-01" }] };
  it("fails an episode starting before 1 April for a child absent from last year", () => {
    const now: PlainTables = {
      episodes: [
        { CHILD: "A", DECOM: "2023-05-01" },
        { CHILD: "B", DECOM: "2024-03-31" },
        { CHILD: "C", DECOM: "2024-04-01" },
      ],
    };
    expectFails("NoE", now, before, ["episodes:3:B"]);
  });
  it("passes episodes starting this year", () => {
    expect(fails("NoE", { episodes: [{ CHILD: "B", DECOM: "2024-04-01" }] }, before)).toEqual([]);
  });
});

describe("year rules on the synthetic 2023-24 return against 2022-23", () => {
  const DIR = join(process.cwd(), "../shared/data/ssda903-synth/by-year");
  /** The synthetic CSVs have no quoted fields; dd/mm/yyyy dates become ISO, as the loader does. */
  const read = (year: number, file: string): Record<string, string>[] => {
    const [head = "", ...lines] = readFileSync(join(DIR, `${year}`, file), "utf8")
      .trim()
      .split(/\r?\n/);
    const columns = head.split(",");
    const iso = (v: string) => v.replace(/^(\d{2})\/(\d{2})\/(\d{4})$/, "$3-$2-$1");
    return lines.map((line) => Object.fromEntries(line.split(",").map((v, i) => [columns[i], iso(v)])));
  };
  const tables = (year: number): PlainTables => ({
    header: read(year, "header.csv"),
    episodes: read(year, "episodes.csv"),
  });
  const current = returnOf(2024, tables(2024));
  const previous = returnOf(2023, tables(2023));
  const failed = (code: string) => failuresOf(rule(code), current, previous);

  it("finds no change in any child's sex, birth date, ethnicity, mother status or UPN", () => {
    expect(["202", "203", "204", "207", "208"].map((code) => failed(code).length)).toEqual([0, 0, 0, 0, 0]);
  });

  it("NoE reports exactly the episodes from before April 2023 of children missing from 2022-23's episodes", () => {
    const lastYear = new Set(read(2023, "episodes.csv").map((e) => e.CHILD));
    const expected = read(2024, "episodes.csv")
      .map((e, i) => ({ row: i + 2, child: e.CHILD ?? "", decom: e.DECOM ?? "" }))
      .filter((e) => e.decom < "2023-04-01" && !lastYear.has(e.child))
      .map((e) => `${e.row}:${e.child}`);
    expect(expected.length).toBeGreaterThan(50);
    expect(failed("NoE").map((f) => `${f.row}:${f.child}`)).toEqual(expected);
  });
});
