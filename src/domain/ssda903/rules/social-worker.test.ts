import { describe, expect, it } from "vitest";
import { SOCIAL_WORKER_RULES } from "./social-worker.js";
import { failsIn, rows } from "./table-test-support.js";

const fails = failsIn(SOCIAL_WORKER_RULES);

describe("social worker episodes", () => {
  it("SW06STG2 fails an episode starting after 31 March", () => {
    const table = rows(
      "sw-episodes",
      { CHILD: "A", SW_DECOM: "2025-04-01" },
      { CHILD: "B", SW_DECOM: "2025-03-31" },
      { CHILD: "C", SW_DECOM: "" },
    );
    expect(fails("SW06STG2", table)).toEqual(["sw-episodes:2:A"]);
    expect(fails("SW06STG2", rows("sw-episodes", { CHILD: "B", SW_DECOM: "2025-03-31" }))).toEqual([]);
  });

  it("SW07STG2 fails an end date before the reporting period or after 31 March", () => {
    const table = rows(
      "sw-episodes",
      ...["2025-04-01", "2023-03-31", "2023-04-01", "2025-03-31", ""].map((SW_DEC, i) => ({
        CHILD: `C${i}`,
        SW_DEC,
      })),
    );
    expect(fails("SW07STG2", table)).toEqual(["sw-episodes:2:C0", "sw-episodes:3:C1"]);
    expect(fails("SW07STG2", rows("sw-episodes", { CHILD: "A", SW_DEC: "2023-04-01" }))).toEqual([]);
  });

  it("SW09STG2 fails an episode ending the day it began", () => {
    const table = rows(
      "sw-episodes",
      { CHILD: "A", SW_DECOM: "2024-06-01", SW_DEC: "2024-06-01" },
      { CHILD: "B", SW_DECOM: "2024-06-01", SW_DEC: "2024-06-02" },
      { CHILD: "C", SW_DECOM: "", SW_DEC: "" },
    );
    expect(fails("SW09STG2", table)).toEqual(["sw-episodes:2:A"]);
    expect(
      fails("SW09STG2", rows("sw-episodes", { CHILD: "B", SW_DECOM: "2024-06-01", SW_DEC: "2024-06-02" })),
    ).toEqual([]);
  });

  it("SW10STG2 fails an episode not starting within 7 days of the previous one's end", () => {
    const sw = (CHILD: string, SW_DECOM: string, SW_DEC: string, SW_REASON = "MGMTDEC") => ({
      CHILD,
      SW_DECOM,
      SW_DEC,
      SW_REASON,
    });
    const table = rows(
      "sw-episodes",
      sw("1", "2024-01-01", "2024-01-09"),
      sw("1", "2024-01-02", "2024-01-03"),
      sw("2", "2023-01-01", "2024-01-09"),
      sw("2", "2024-01-01", "2024-01-10"),
      sw("3", "2024-01-10", "2024-01-20"),
      sw("3", "2024-01-10", "2024-01-11"),
      sw("3", "2024-01-18", "2024-01-20"),
      sw("3", "2024-01-30", "2024-01-31"),
      sw("6", "2023-01-01", "2024-01-09"),
      sw("6", "2024-01-01", "2024-01-10", "FCONTA"),
      sw("7", "2024-01-01", ""),
      sw("7", "2024-02-01", "2024-03-01"),
      sw("8", "2024-01-01", "2024-01-09"),
      sw("8", "2024-01-17", ""),
    );
    expect(fails("SW10STG2", table)).toEqual([
      "sw-episodes:5:2",
      "sw-episodes:9:3",
      "sw-episodes:13:7",
      "sw-episodes:15:8",
    ]);
    expect(
      fails("SW10STG2", rows("sw-episodes", sw("1", "2024-01-01", "2024-01-09"), sw("1", "2024-01-16", ""))),
    ).toEqual([]);
  });
});
