import { describe, expect, it } from "vitest";
import { sexCodes } from "./code-lists.js";
import { CODE_RULES } from "./codes.js";
import type { ValidationRule } from "./rule.js";
import { failuresOf, returnOf } from "./test-support.js";

function rule(code: string): ValidationRule {
  const found = CODE_RULES.find((r) => r.code === code);
  if (!found) throw new Error(`no code rule ${code}`);
  return found;
}
const at = (table: string, row: number, child: string) => ({ table, row, child });
/** Episodes of children "1", "2", … (file rows 2, 3, …) with the given values. */
const episodes = (...rows: Record<string, string>[]) => ({
  episodes: rows.map((values, i) => ({ CHILD: String(i + 1), ...values })),
});

/** A return every code rule passes, in the SEX codes of its year. */
function cleanReturn(year: number) {
  const { male, female } = sexCodes(year);
  const y = year - 1;
  return returnOf(year, {
    header: [
      { CHILD: "1", SEX: male, DOB: "2010-05-01", ETHNIC: "WBRI", UPN: "A123456789012" },
      {
        CHILD: "2",
        SEX: female,
        DOB: "2008-01-01",
        ETHNIC: "NOBT",
        UPN: "UN5",
        MOTHER: "1",
        MC_DOB: "2023-01-01",
      },
    ],
    episodes: [
      { CHILD: "1", DECOM: `${y}-05-01`, RNE: "S", LS: "C2", CIN: "N1", PLACE: "U1", PLACE_PROVIDER: "PR1" },
      {
        CHILD: "2",
        DECOM: `${y}-06-01`,
        RNE: "S",
        LS: "V2",
        CIN: "N4",
        PLACE: "T0",
        DEC: `${y}-07-01`,
        REC: "E4A",
      },
      { CHILD: "2", DECOM: `${y}-07-01`, RNE: "P", LS: "V2", CIN: "N4", PLACE: "K2", PLACE_PROVIDER: "PR4" },
    ],
    reviews: [
      { CHILD: "1", REVIEW: `${y}-06-01`, REVIEW_CODE: "PN1" },
      { CHILD: "2", REVIEW: "", REVIEW_CODE: "" },
    ],
    missing: [{ CHILD: "1", MISSING: "M", MIS_START: `${y}-08-01` }],
    uasc: [{ CHILD: "2", SEX: female, DOB: "2008-01-01", DUC: "2026-01-01" }],
  });
}

describe("CODE_RULES", () => {
  it("has each DfE code once, with the validator's message", () => {
    const messages = Object.fromEntries(CODE_RULES.map((r) => [r.code, r.message]));
    expect(CODE_RULES.map((r) => r.code).sort()).toEqual(
      "101 103 104 143 144 145 146 149 1009 167 168 171 174 209 210 304 393 442 611 INT09 INT18 INT21 INT36"
        .split(" ")
        .sort(),
    );
    expect(messages["101"]).toBe("The child or young person’s reported sex is not valid.");
    expect(messages["146"]).toBe("Placement type code is not a valid code.");
    expect(messages.INT36).toBe("Internal Check: Child should only exist once in UASC.");
  });

  it.each([2024, 2025, 2026])("passes a clean %i return on every rule", (year) => {
    for (const r of CODE_RULES)
      expect({ code: r.code, failures: failuresOf(r, cleanReturn(year)) }).toEqual({
        code: r.code,
        failures: [],
      });
  });
});

describe("episode and review code rules", () => {
  it("143: RNE is S, P, L, T, U or B; blank passes", () => {
    const ret = returnOf(2024, episodes({ RNE: "S" }, { RNE: "p" }, { RNE: "SP" }, { RNE: "" }));
    expect(failuresOf(rule("143"), ret)).toEqual([at("episodes", 3, "2"), at("episodes", 4, "3")]);
  });

  it("144: LS is a legal status code; blank passes", () => {
    const ret = returnOf(
      2024,
      episodes({ LS: "C1" }, { LS: "c1" }, { LS: "section 20" }, { LS: "" }, { LS: "J3" }),
    );
    expect(failuresOf(rule("144"), ret)).toEqual([at("episodes", 3, "2"), at("episodes", 4, "3")]);
  });

  it("145: CIN is N1–N8; blank passes", () => {
    const ret = returnOf(
      2024,
      episodes({ CIN: "N0" }, { CIN: "N1" }, { CIN: "N9" }, { CIN: "n8" }, { CIN: "" }),
    );
    expect(failuresOf(rule("145"), ret)).toEqual([
      at("episodes", 2, "1"),
      at("episodes", 4, "3"),
      at("episodes", 5, "4"),
    ]);
  });

  it("146: PLACE follows the year's list: K3 from 2024-25, Z11–Z14 replacing H5, P2 and Z1 from 2025-26", () => {
    const places = episodes(
      { PLACE: "H5" },
      { PLACE: "K3" },
      { PLACE: "Z1" },
      { PLACE: "Z11" },
      { PLACE: "t3" },
    );
    const failing = (year: number) => failuresOf(rule("146"), returnOf(year, places)).map((f) => f.child);
    expect(failing(2024)).toEqual(["2", "4", "5"]);
    expect(failing(2025)).toEqual(["4", "5"]);
    expect(failing(2026)).toEqual(["1", "3", "5"]);
    expect(failuresOf(rule("146"), returnOf(2026, episodes({ PLACE: "P2" }, { PLACE: "" })))).toEqual([
      at("episodes", 2, "1"),
    ]);
  });

  it("149: REC is a reason-ceased code; blank passes", () => {
    const ret = returnOf(2024, episodes({ REC: "E4A" }, { REC: "E4b" }, { REC: "X" }, { REC: "" }));
    expect(failuresOf(rule("149"), ret)).toEqual([at("episodes", 3, "2"), at("episodes", 4, "3")]);
  });

  it("1009: REASON_PLACE_CHANGE is a reason code; blank passes", () => {
    const codes = ["CARPL", "OTHER", "other", "NA", ""].map((c) => ({ REASON_PLACE_CHANGE: c }));
    expect(failuresOf(rule("1009"), returnOf(2024, episodes(...codes)))).toEqual([
      at("episodes", 4, "3"),
      at("episodes", 5, "4"),
    ]);
  });

  it("167: a review has a PN0–PN7 participation code, and a row with no review has none", () => {
    const ret = returnOf(2024, {
      reviews: [
        { CHILD: "1", REVIEW: "2023-06-01", REVIEW_CODE: "PN0" },
        { CHILD: "2", REVIEW: "2023-06-01", REVIEW_CODE: "pn0" },
        { CHILD: "3", REVIEW: "2023-06-01", REVIEW_CODE: "" },
        { CHILD: "4", REVIEW: "", REVIEW_CODE: "" },
        { CHILD: "5", REVIEW: "", REVIEW_CODE: "PN1" },
      ],
    });
    expect(failuresOf(rule("167"), ret)).toEqual([
      at("reviews", 3, "2"),
      at("reviews", 4, "3"),
      at("reviews", 6, "5"),
    ]);
  });
});
