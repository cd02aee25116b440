import { describe, expect, it } from "vitest";
import { ADOPTION_RULES } from "./adoption.js";
import { failsIn, rows } from "./table-test-support.js";
import type { PlainTables } from "./test-support.js";

const fails = failsIn(ADOPTION_RULES);

describe("adoption", () => {
  it("333 fails a match without, or before, the date it was decided to place for adoption", () => {
    const table = rows(
      "ad1",
      { CHILD: "A", DATE_INT: "2024-06-01", DATE_MATCH: "2024-06-05" },
      { CHILD: "B", DATE_INT: "2024-06-03", DATE_MATCH: "2024-06-01" },
      { CHILD: "C", DATE_INT: "", DATE_MATCH: "2024-06-05" },
      { CHILD: "D", DATE_INT: "2024-06-02", DATE_MATCH: "" },
    );
    expect(fails("333", table)).toEqual(["ad1:3:B", "ad1:4:C"]);
    expect(
      fails("333", rows("ad1", { CHILD: "B", DATE_INT: "2024-06-01", DATE_MATCH: "2024-06-01" })),
    ).toEqual([]);
  });

  it("335 fails a foster-carer flag contradicting the adoptive placement", () => {
    const current: PlainTables = {
      episodes: [
        { CHILD: "A", PLACE: "A3", REC: "E11" },
        { CHILD: "B", PLACE: "A4", REC: "E12" },
        { CHILD: "C", PLACE: "A5", REC: "X1" },
        { CHILD: "D", PLACE: "A6", REC: "E11" },
      ],
      ad1: ["0", "1", "0", "0"].map((FOSTER_CARE, i) => ({ CHILD: "ABCD"[i] ?? "", FOSTER_CARE })),
    };
    expect(fails("335", current)).toEqual(["episodes:2:A", "episodes:3:B", "ad1:2:A", "ad1:3:B"]);
    expect(fails("335", { ...current, ad1: [{ CHILD: "A", FOSTER_CARE: "1" }] })).toEqual([]);
  });

  it("525 fails adoption details for a child whose placement for adoption was reversed", () => {
    const current: PlainTables = {
      "placed-adoption": [
        { CHILD: "A", DATE_PLACED_CEASED: "2024-06-01" },
        { CHILD: "B", DATE_PLACED_CEASED: "" },
        { CHILD: "C", DATE_PLACED_CEASED: "2024-07-01" },
      ],
      ad1: [{ CHILD: "A", DATE_INT: "2024-05-01" }, { CHILD: "B", DATE_INT: "2024-05-01" }, { CHILD: "C" }],
    };
    expect(fails("525", current)).toEqual(["placed-adoption:2:A", "ad1:2:A"]);
    expect(fails("525", { ...current, ad1: [{ CHILD: "B", LS_ADOPTR: "L1" }] })).toEqual([]);
  });

  it("557 fails leaving care unadopted after a decision to place for adoption without its reversal recorded", () => {
    const current: PlainTables = {
      episodes: [
        { CHILD: "A", PLACE: "A5", LS: "C2", REC: "E4A" },
        { CHILD: "B", PLACE: "U1", LS: "E1", REC: "E13" },
        { CHILD: "C", PLACE: "A4", LS: "E1", REC: "E11" },
        { CHILD: "D", PLACE: "A6", LS: "E1", REC: "X1" },
        { CHILD: "E", PLACE: "A3", LS: "E1", REC: "E8" },
      ],
      "placed-adoption": [
        { CHILD: "B", DATE_PLACED_CEASED: "2024-09-01", REASON_PLACED_CEASED: "" },
        { CHILD: "E", DATE_PLACED_CEASED: "2024-09-01", REASON_PLACED_CEASED: "RD1" },
      ],
    };
    expect(fails("557", current)).toEqual(["episodes:2:A", "episodes:3:B", "placed-adoption:2:B"]);
    expect(
      fails("557", { ...current, episodes: [{ CHILD: "E", PLACE: "A3", LS: "E1", REC: "E8" }] }),
    ).toEqual([]);
    expect(fails("557", { episodes: current.episodes })).toEqual([]); // not run without the table
  });

  it("1003 fails a decision to place for adoption before care started", () => {
    const current: PlainTables = {
      episodes: [
        { CHILD: "A", RNE: "S", DECOM: "2024-05-01" },
        { CHILD: "B", RNE: "P", DECOM: "2024-04-10" },
        { CHILD: "B", RNE: "S", DECOM: "2024-06-01" },
        { CHILD: "C", RNE: "S", DECOM: "2024-05-01" },
        { CHILD: "D", RNE: "P", DECOM: "2024-05-01" },
      ],
      "placed-adoption": [
        { CHILD: "A", DATE_PLACED: "2024-04-20" },
        { CHILD: "B", DATE_PLACED: "2024-05-01" },
        { CHILD: "C", DATE_PLACED: "2024-06-01" },
        { CHILD: "D", DATE_PLACED: "2024-01-01" },
      ],
    };
    expect(fails("1003", current)).toEqual([
      "episodes:2:A",
      "episodes:4:B",
      "placed-adoption:2:A",
      "placed-adoption:3:B",
    ]);
    expect(
      fails("1003", { ...current, "placed-adoption": [{ CHILD: "A", DATE_PLACED: "2024-05-01" }] }),
    ).toEqual([]);
  });
});

describe("previous permanence", () => {
  it("631 fails a code outside P1–P4 and Z1", () => {
    const table = rows(
      "prev-perm",
      ...["P0", "P1", "p1", "", "Z1"].map((PREV_PERM, i) => ({ CHILD: `C${i}`, PREV_PERM })),
    );
    expect(fails("631", table)).toEqual(["prev-perm:2:C0", "prev-perm:4:C2"]);
    expect(fails("631", rows("prev-perm", { CHILD: "A", PREV_PERM: "P4" }))).toEqual([]);
  });

  it("632 fails an unreadable order date, or one not before care started (ZZ read as the latest date)", () => {
    const current: PlainTables = {
      episodes: [
        { CHILD: "A", DECOM: "2024-06-01" },
        { CHILD: "B", DECOM: "2024-07-01" },
        { CHILD: "B", DECOM: "2024-05-01" },
        { CHILD: "C", DECOM: "2024-06-01" },
        { CHILD: "D", DECOM: "2024-06-01" },
        { CHILD: "E", DECOM: "2024-06-01" },
      ],
      "prev-perm": [
        { CHILD: "A", DATE_PERM: "xx/10/2011" },
        { CHILD: "B", DATE_PERM: "01/05/2024" },
        { CHILD: "C", DATE_PERM: "ZZ/05/2024" },
        { CHILD: "D", DATE_PERM: "ZZ/ZZ/ZZ" },
        { CHILD: "E", DATE_PERM: "ZZ/06/2024" },
        { CHILD: "F", DATE_PERM: "bad" },
      ],
    };
    expect(fails("632", current)).toEqual([
      "episodes:2:A",
      "episodes:4:B",
      "episodes:6:D",
      "episodes:7:E",
      "prev-perm:2:A",
      "prev-perm:3:B",
      "prev-perm:5:D",
      "prev-perm:6:E",
    ]);
    const before = ["30/04/2024", "ZZ/ZZ/2023", "15/ZZ/2023", "ZZ/ZZ/ZZZZ", ""];
    const ok: PlainTables = {
      episodes: before.map((_, i) => ({ CHILD: `C${i}`, DECOM: "2024-05-01" })),
      "prev-perm": before.map((DATE_PERM, i) => ({ CHILD: `C${i}`, DATE_PERM })),
    };
    expect(fails("632", ok)).toEqual([]);
  });

  it("635 fails an order date or LA without a previous permanence code", () => {
    const table = rows(
      "prev-perm",
      { CHILD: "A", PREV_PERM: "Z1" },
      { CHILD: "B", PREV_PERM: "", LA_PERM: "352" },
      { CHILD: "C", PREV_PERM: "", DATE_PERM: "01/05/2000" },
      { CHILD: "D", PREV_PERM: "P1", LA_PERM: "352", DATE_PERM: "05/05/2020" },
    );
    expect(fails("635", table)).toEqual(["prev-perm:3:B", "prev-perm:4:C"]);
    expect(fails("635", rows("prev-perm", { CHILD: "D", PREV_PERM: "P1", LA_PERM: "352" }))).toEqual([]);
  });
});
