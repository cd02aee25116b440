import { describe, expect, it } from "vitest";
import type { ValidationRule } from "./rule.js";
import { failuresOf, returnOf } from "./test-support.js";
import { UASC_RULES } from "./uasc-rules.js";

function rule(code: string): ValidationRule {
  const found = UASC_RULES.find((r) => r.code === code);
  if (!found) throw new Error(`no UASC rule ${code}`);
  return found;
}
const uasc = (row: number, child: string) => ({ table: "uasc", row, child });

describe("UASC rules", () => {
  it("104: DUC, when given, is a real date on or after the collection year's start", () => {
    const ret = returnOf(2024, {
      uasc: [
        { CHILD: "1", DUC: "" },
        { CHILD: "2", DUC: "2027-10-31" },
        { CHILD: "3", DUC: "2023-03-31" },
        { CHILD: "4", DUC: "31/13/2027" },
        { CHILD: "5", DUC: "2023-04-01" },
      ],
    });
    expect(failuresOf(rule("104"), ret)).toEqual([uasc(4, "3"), uasc(5, "4")]);
  });

  it("304: DUC is on or before the 18th birthday (29 February's is 28 February)", () => {
    const ret = returnOf(2024, {
      uasc: [
        { CHILD: "1", DOB: "2009-11-04", DUC: "2027-11-04" },
        { CHILD: "2", DOB: "2009-11-04", DUC: "2027-11-05" },
        { CHILD: "3", DOB: "2008-02-29", DUC: "2026-02-28" },
        { CHILD: "4", DOB: "2008-02-29", DUC: "2026-03-01" },
        { CHILD: "5", DOB: "", DUC: "2030-01-01" },
        { CHILD: "6", DOB: "2009-11-04", DUC: "" },
      ],
    });
    expect(failuresOf(rule("304"), ret)).toEqual([uasc(3, "2"), uasc(5, "4")]);
  });

  it("INT09: every UASC child is in the header", () => {
    const ret = returnOf(2024, { header: [{ CHILD: "1" }], uasc: [{ CHILD: "1" }, { CHILD: "9" }] });
    expect(failuresOf(rule("INT09"), ret)).toEqual([uasc(3, "9")]);
    expect(failuresOf(rule("INT09"), returnOf(2024, { header: [{ CHILD: "1" }] }))).toEqual([]);
  });

  it("INT18: a UASC DOB agrees with the header's, when both are dates", () => {
    const ret = returnOf(2024, {
      header: [
        { CHILD: "1", DOB: "2010-01-01" },
        { CHILD: "2", DOB: "2011-01-01" },
        { CHILD: "4", DOB: "not a date" },
      ],
      uasc: [
        { CHILD: "1", DOB: "2010-01-01" },
        { CHILD: "2", DOB: "2011-01-02" },
        { CHILD: "3", DOB: "2012-01-01" },
        { CHILD: "1", DOB: "" },
        { CHILD: "4", DOB: "2013-01-01" },
      ],
    });
    expect(failuresOf(rule("INT18"), ret)).toEqual([uasc(3, "2")]);
  });

  it("INT21: a UASC SEX agrees with the header's, when both are given", () => {
    const ret = returnOf(2024, {
      header: [
        { CHILD: "1", SEX: "1" },
        { CHILD: "2", SEX: "2" },
        { CHILD: "4", SEX: "" },
      ],
      uasc: [
        { CHILD: "1", SEX: "1" },
        { CHILD: "2", SEX: "1" },
        { CHILD: "3", SEX: "2" },
        { CHILD: "4", SEX: "1" },
      ],
    });
    expect(failuresOf(rule("INT21"), ret)).toEqual([uasc(3, "2")]);
  });

  it("INT36: a child appears once in UASC; every row of a repeated child fails", () => {
    const ret = returnOf(2024, {
      uasc: [{ CHILD: "1" }, { CHILD: "2" }, { CHILD: "1" }, { CHILD: "" }, { CHILD: "" }],
    });
    expect(failuresOf(rule("INT36"), ret)).toEqual([uasc(2, "1"), uasc(4, "1")]);
    expect(failuresOf(rule("INT36"), returnOf(2024, { uasc: [{ CHILD: "1" }, { CHILD: "2" }] }))).toEqual([]);
  });
});
