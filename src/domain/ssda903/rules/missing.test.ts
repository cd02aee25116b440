import { describe, expect, it } from "vitest";
import { MISSING_RULES } from "./missing.js";
import { failsIn, rows } from "./table-test-support.js";

const fails = failsIn(MISSING_RULES);

describe("missing", () => {
  it("565 fails a start date without the missing type", () => {
    const table = rows(
      "missing",
      { CHILD: "A", MISSING: "M", MIS_START: "" },
      { CHILD: "B", MISSING: "", MIS_START: "2024-05-01" },
      { CHILD: "C", MISSING: "A", MIS_START: "2024-05-01" },
      { CHILD: "D", MISSING: "", MIS_START: "" },
    );
    expect(fails("565", table)).toEqual(["missing:3:B"]);
    expect(fails("565", rows("missing", { CHILD: "B", MISSING: "M", MIS_START: "2024-05-01" }))).toEqual([]);
  });

  it("567 fails a period ending before it starts", () => {
    const table = rows(
      "missing",
      { CHILD: "A", MIS_START: "2024-06-01", MIS_END: "2024-06-05" },
      { CHILD: "B", MIS_START: "2024-06-03", MIS_END: "2024-06-01" },
      { CHILD: "C", MIS_START: "2024-06-02", MIS_END: "" },
      { CHILD: "D", MIS_START: "", MIS_END: "2024-06-05" },
    );
    expect(fails("567", table)).toEqual(["missing:3:B"]);
    expect(
      fails("567", rows("missing", { CHILD: "B", MIS_START: "2024-06-01", MIS_END: "2024-06-01" })),
    ).toEqual([]);
  });

  it("574 fails a period starting while the previous is open or before it ended", () => {
    const m = (CHILD: string, MIS_START: string, MIS_END: string) => ({ CHILD, MIS_START, MIS_END });
    const table = rows(
      "missing",
      m("A", "2024-06-01", "2024-06-05"),
      m("A", "2024-06-04", ""),
      m("B", "2024-06-03", "2024-06-04"),
      m("B", "2024-06-04", ""),
      m("B", "2024-06-07", "2024-06-09"),
      m("C", "2024-06-02", "2024-06-04"),
      m("C", "2024-06-03", "2024-06-09"),
      m("D", "2024-06-06", "2024-06-08"),
      m("D", "2024-06-10", "2024-06-10"),
      m("D", "2024-06-08", "2024-08-10"),
      m("E", "", "2024-06-05"),
      m("E", "", "2024-06-05"),
    );
    expect(fails("574", table)).toEqual(["missing:2:A", "missing:6:B", "missing:8:C", "missing:11:D"]);
    const apart = rows("missing", m("A", "2024-06-01", "2024-06-05"), m("A", "2024-06-05", "2024-06-07"));
    expect(fails("574", apart)).toEqual([]);
  });

  describe("577 missing periods inside a period of care", () => {
    const episodes: Record<string, string>[] = [
      { CHILD: "A", DECOM: "2024-04-10", DEC: "2024-08-01", REC: "E4A" },
      { CHILD: "B", DECOM: "2024-05-01", DEC: "" },
      { CHILD: "C", DECOM: "2024-05-01", DEC: "2024-07-01", REC: "E4A" },
      { CHILD: "C", DECOM: "2024-09-01", DEC: "" },
      { CHILD: "E", DECOM: "2024-06-01", DEC: "2024-07-01", REC: "E4A" },
      { CHILD: "E", DECOM: "2024-05-01", DEC: "2024-06-01", REC: "X1" },
    ];
    it("fails an open period after care ended, and one outside every period of care", () => {
      const missing = [
        { CHILD: "A", MIS_START: "2024-06-01", MIS_END: "" },
        { CHILD: "B", MIS_START: "2024-06-01", MIS_END: "" },
        { CHILD: "C", MIS_START: "2024-06-01", MIS_END: "2024-06-10" },
        { CHILD: "C", MIS_START: "2024-06-20", MIS_END: "2024-08-15" },
        { CHILD: "D", MIS_START: "2024-06-01", MIS_END: "" },
        { CHILD: "E", MIS_START: "2024-06-15", MIS_END: "2024-06-20" },
        { CHILD: "E", MIS_START: "2024-04-01", MIS_END: "" },
        { CHILD: "B", MIS_START: "2024-04-20", MIS_END: "" },
      ];
      expect(fails("577", { episodes, missing })).toEqual([
        "missing:2:A",
        "missing:5:C",
        "missing:8:E",
        "missing:9:B",
      ]);
    });
    it("passes a period that ended while looked after", () => {
      const missing = [{ CHILD: "A", MIS_START: "2024-06-01", MIS_END: "2024-08-01" }];
      expect(fails("577", { episodes, missing })).toEqual([]);
    });
  });

  describe("581 missing only while looked after", () => {
    const episodes = [
      { CHILD: "A", DECOM: "2024-06-01", DEC: "2024-06-10" },
      { CHILD: "B", DECOM: "2024-06-06", DEC: "2024-06-10" },
      { CHILD: "C", DECOM: "2024-06-08", DEC: "2024-06-10" },
      { CHILD: "C", DECOM: "2024-06-12", DEC: "" },
      { CHILD: "D", DECOM: "2024-06-15", DEC: "2024-06-20" },
    ];
    it("fails a start before, between or after episodes, or with no start", () => {
      const missing = [
        { CHILD: "A", MIS_START: "2024-06-01" },
        { CHILD: "B", MIS_START: "2024-06-05" },
        { CHILD: "C", MIS_START: "2024-06-11" },
        { CHILD: "C", MIS_START: "2024-06-19" },
        { CHILD: "D", MIS_START: "2024-06-21" },
        { CHILD: "E", MIS_START: "2024-01-01" },
        { CHILD: "A", MIS_START: "" },
      ];
      expect(fails("581", { episodes, missing })).toEqual([
        "missing:3:B",
        "missing:4:C",
        "missing:6:D",
        "missing:8:A",
      ]);
    });
    it("passes a start on an episode's last day", () => {
      expect(fails("581", { episodes, missing: [{ CHILD: "A", MIS_START: "2024-06-10" }] })).toEqual([]);
    });
  });

  it("1006 fails a missing type other than M or A", () => {
    const table = rows(
      "missing",
      ...["M", "A", "AWAY", "m", ""].map((MISSING, i) => ({ CHILD: `C${i}`, MISSING })),
    );
    expect(fails("1006", table)).toEqual(["missing:4:C2", "missing:5:C3"]);
    expect(fails("1006", rows("missing", { CHILD: "A", MISSING: "A" }))).toEqual([]);
  });
});
