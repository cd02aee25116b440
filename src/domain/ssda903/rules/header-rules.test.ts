import { describe, expect, it } from "vitest";
import { HEADER_RULES } from "./header-rules.js";
import type { ValidationRule } from "./rule.js";
import { failuresOf, returnOf } from "./test-support.js";

function rule(code: string): ValidationRule {
  const found = HEADER_RULES.find((r) => r.code === code);
  if (!found) throw new Error(`no header rule ${code}`);
  return found;
}
const header = (row: number, child: string) => ({ table: "header", row, child });
const episode = (row: number, child: string) => ({ table: "episodes", row, child });
/** Header rows for children "1", "2", … (file rows 2, 3, …), each with the given values. */
const children = (...rows: Record<string, string>[]): Record<string, string>[] =>
  rows.map((values, i) => ({ CHILD: String(i + 1), ...values }));

describe("header rules", () => {
  it("101: SEX must be 1 or 2 before 2024-25, and M, F or U from 2024-25", () => {
    const sexes = children({ SEX: "1" }, { SEX: "2" }, { SEX: "M" }, { SEX: "" }, { SEX: "3" });
    expect(failuresOf(rule("101"), returnOf(2024, { header: sexes }))).toEqual([
      header(4, "3"),
      header(5, "4"),
      header(6, "5"),
    ]);
    const later = children({ SEX: "M" }, { SEX: "F" }, { SEX: "U" }, { SEX: "1" }, { SEX: "" });
    expect(failuresOf(rule("101"), returnOf(2025, { header: later }))).toEqual([
      header(5, "4"),
      header(6, "5"),
    ]);
    expect(failuresOf(rule("101"), returnOf(2025, { header: children({ SEX: "F" }) }))).toEqual([]);
  });

  it("103: ETHNIC must be one of the 20 codes, in capitals; blank fails", () => {
    const codes = children(
      { ETHNIC: "WBRI" },
      { ETHNIC: "wbri" },
      { ETHNIC: "" },
      { ETHNIC: "White British" },
    );
    expect(failuresOf(rule("103"), returnOf(2024, { header: codes }))).toEqual([
      header(3, "2"),
      header(4, "3"),
      header(5, "4"),
    ]);
    expect(failuresOf(rule("103"), returnOf(2024, { header: children({ ETHNIC: "NOBT" }) }))).toEqual([]);
  });

  it("168: a UPN is a letter (not I, O, S) and 12 digits, or 11 digits and a letter, or UN1–UN5", () => {
    const upns = children(
      { UPN: "A123456789012" },
      { UPN: "A12345678901B" },
      { UPN: "UN3" },
      { UPN: "" },
      { UPN: "I123456789012" },
      { UPN: "UN7" },
      { UPN: "A1234" },
      { UPN: "5035247309594" },
    );
    expect(failuresOf(rule("168"), returnOf(2024, { header: upns }))).toEqual([
      header(6, "5"),
      header(7, "6"),
      header(8, "7"),
      header(9, "8"),
    ]);
  });

  it("171: MC_DOB, when given, must be a real date", () => {
    const dates = children({ MC_DOB: "" }, { MC_DOB: "2020-01-01" }, { MC_DOB: "38/04/2019" });
    expect(failuresOf(rule("171"), returnOf(2024, { header: dates }))).toEqual([header(4, "3")]);
  });

  it("174: a male child has no mother's child DOB, by the year's SEX codes", () => {
    const rows = children(
      { SEX: "1", MC_DOB: "2020-01-01" },
      { SEX: "2", MC_DOB: "2020-01-01" },
      { SEX: "1", MC_DOB: "" },
      { SEX: "M", MC_DOB: "2020-01-01" },
    );
    expect(failuresOf(rule("174"), returnOf(2024, { header: rows }))).toEqual([header(2, "1")]);
    expect(failuresOf(rule("174"), returnOf(2025, { header: rows }))).toEqual([header(5, "4")]);
  });

  it("209: a child of school age (4 by 31 August before the year) is not UN1", () => {
    // 2019-20: four by 31/08/2018.
    const rows = children(
      { UPN: "UN1", DOB: "2014-08-31" },
      { UPN: "UN1", DOB: "2014-09-01" },
      { UPN: "UN2", DOB: "2010-01-01" },
      { UPN: "UN1", DOB: "not a date" },
    );
    expect(failuresOf(rule("209"), returnOf(2020, { header: rows }))).toEqual([header(2, "1")]);
  });

  it("210: UN4 fails the header and each episode starting on or after 24 March", () => {
    const ret = returnOf(2024, {
      header: children({ UPN: "UN4" }, { UPN: "UN4" }, { UPN: "A123456789012" }),
      episodes: [
        { CHILD: "1", DECOM: "2023-06-01" },
        { CHILD: "1", DECOM: "2024-03-24" },
        { CHILD: "2", DECOM: "2024-03-23" },
        { CHILD: "3", DECOM: "2024-03-30" },
      ],
    });
    expect(failuresOf(rule("210"), ret)).toEqual([header(2, "1"), episode(3, "1")]);
  });

  it("393: a looked-after girl (not only short breaks) has MOTHER completed, by the year's SEX codes", () => {
    const episodes = [
      { CHILD: "1", LS: "C2" },
      { CHILD: "2", LS: "C2" },
      { CHILD: "3", LS: "v4" },
      { CHILD: "4", LS: "C1" },
    ];
    const rows = children(
      { SEX: "2", MOTHER: "" },
      { SEX: "2", MOTHER: "0" },
      { SEX: "2", MOTHER: "" },
      { SEX: "1", MOTHER: "" },
      { SEX: "2", MOTHER: "" },
    );
    expect(failuresOf(rule("393"), returnOf(2024, { header: rows, episodes }))).toEqual([header(2, "1")]);
    const later = rows.map((r) => ({ ...r, SEX: r.SEX === "2" ? "F" : "M" }));
    expect(failuresOf(rule("393"), returnOf(2025, { header: later, episodes }))).toEqual([header(2, "1")]);
  });

  it("442: a child with an episode other than V3/V4 has a UPN", () => {
    const ret = returnOf(2024, {
      header: children({ UPN: "" }, { UPN: "" }, { UPN: "UN1" }, { UPN: "" }),
      episodes: [
        { CHILD: "1", LS: "C2" },
        { CHILD: "2", LS: "V3" },
        { CHILD: "3", LS: "C2" },
      ],
    });
    expect(failuresOf(rule("442"), ret)).toEqual([header(2, "1")]);
  });

  it("611: a mother has her child's DOB", () => {
    const rows = children(
      { MOTHER: "1", MC_DOB: "" },
      { MOTHER: "1", MC_DOB: "2020-01-01" },
      { MOTHER: "0" },
    );
    expect(failuresOf(rule("611"), returnOf(2024, { header: rows }))).toEqual([header(2, "1")]);
  });
});
