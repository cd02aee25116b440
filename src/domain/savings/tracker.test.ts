import { describe, expect, it } from "vitest";
import { type CouncilRegisters, emptyRegisters } from "../registers.js";
import { post } from "../workforce/post-fixtures.js";
import type { Saving, SavingDriverLink, SavingYear } from "./saving.js";
import { savingsTracker } from "./tracker.js";

const YEAR = "2024-25";
const saving = (ref: string, fields: Partial<Saving> = {}): Saving => ({
  ref,
  category: "Reduce",
  programme: "Workforce savings",
  name: `Saving ${ref}`,
  description: "",
  owner: "",
  brag: "green",
  costCentre: null,
  ...fields,
});
const year = (ref: string, target: number, forecast = target, delivered = 0): SavingYear => ({
  ref,
  year: YEAR,
  target,
  delivered,
  forecast,
});
const link = (ref: string, fields: Partial<SavingDriverLink> = {}): SavingDriverLink => ({
  ref,
  driver: "agency-fte",
  baseline: 10,
  target: 2,
  from: "2024-04-01",
  by: "2025-03-31",
  ...fields,
});
/** `n` full-time agency posts in post throughout. */
const agency = (n: number) =>
  Array.from({ length: n }, (_, i) => post(`A${i}`, { status: "agency", start: "2020-01-01" }));

describe("evidence from a linked driver", () => {
  // From 10 on 1 Apr 2024 to 2 by 31 Mar 2025 (364 days): on 2024-09-30 (182 days) the plan expects 6.
  const at = "2024-09-30";
  const withAgency = (n: number, extra: Partial<CouncilRegisters> = {}): CouncilRegisters => ({
    ...emptyRegisters(),
    savings: [saving("S1")],
    savingYears: [year("S1", 100_000_00)],
    savingDrivers: [link("S1")],
    workforce: agency(n),
    ...extra,
  });
  const evidence = (r: CouncilRegisters, asAt = at) => {
    const tracked = savingsTracker(r, YEAR, asAt).savings[0];
    if (!tracked) throw new Error("S1 not tracked");
    return { tracked, e: tracked.evidence[0] };
  };

  it("is evidenced at exactly the evidence share (75%) of the planned movement, and behind just under it", () => {
    // 4 planned to date; 3 moved is 75%.
    expect(evidence(withAgency(7)).e).toMatchObject({
      expected: 6,
      actual: 7,
      share: 0.75,
      status: "evidenced",
    });
    const strict = withAgency(7, { assumptions: [{ name: "saving-evidence-share", value: 76, note: "" }] });
    expect(evidence(strict).e?.status).toBe("behind");
    expect(evidence(strict).tracked.unevidenced).toBe(true);
  });

  it("is behind when moved the right way but less, not moved when it has not moved or went the wrong way", () => {
    expect(evidence(withAgency(9)).e).toMatchObject({ share: 0.25, status: "behind" });
    expect(evidence(withAgency(10)).e).toMatchObject({ share: 0, status: "not-moved" });
    expect(evidence(withAgency(12)).e).toMatchObject({ share: -0.5, status: "not-moved" });
  });

  it("is not started before the plan's from date, and the target is expected from its by date", () => {
    const early = withAgency(10, { savingDrivers: [link("S1", { from: "2024-10-01" })] });
    expect(evidence(early).e).toMatchObject({ status: "not-started", share: null, expected: 10 });
    expect(evidence(withAgency(2), "2025-03-31").e).toMatchObject({
      expected: 2,
      share: 1,
      status: "evidenced",
    });
  });

  it("measures the baseline on the from date when none is entered", () => {
    const measured = withAgency(7, {
      savingDrivers: [link("S1", { baseline: null, from: "2024-06-01", by: "2024-08-31" })],
      // Three more agency posts ended on 2024-07-31: 10 on 1 June, 7 now.
      workforce: [
        ...agency(7),
        ...["X1", "X2", "X3"].map((r) => post(r, { status: "agency", end: "2024-07-31" })),
      ],
    });
    const { e } = evidence(measured);
    expect(e).toMatchObject({
      baseline: 10,
      baselineMeasured: true,
      expected: 2,
      actual: 7,
      status: "behind",
    });
    expect(e?.sentence).toBe(
      "Agency FTE: 7.0 on 2024-09-30 against 2.0 planned (from 10.0 on 2024-06-01, measured, to 2.0 by 2024-08-31); it has moved 37.5% of the way planned to date, less than the 75% needed: behind.",
    );
  });

  it("flags a green saving whose agency FTE has not moved as unevidenced, and one that moved enough as not", () => {
    const r = withAgency(10, {
      savings: [saving("S1"), saving("S2")],
      savingYears: [year("S1", 100_000_00), year("S2", 50_000_00)],
      // S1 planned 10 → 2 expects 6 on the day: 10 has not moved. S2 planned 12 → 8 expects 10: moved in full.
      savingDrivers: [link("S1"), link("S2", { baseline: 12, target: 8 })],
    });
    const tracker = savingsTracker(r, YEAR, at);
    expect(tracker.savings.map((s) => [s.saving.ref, s.evidence[0]?.status, s.unevidenced])).toEqual([
      ["S1", "not-moved", true],
      ["S2", "evidenced", false],
    ]);
    expect(tracker.unevidenced).toEqual(["S1"]);
  });

  it("flags only blue or green savings: amber and red ones are already reported at risk", () => {
    const rated = (brag: Saving["brag"]) =>
      savingsTracker(withAgency(10, { savings: [saving("S1", { brag })] }), YEAR, at).unevidenced;
    expect(rated("blue")).toEqual(["S1"]);
    expect(rated("green")).toEqual(["S1"]);
    expect(rated("amber")).toEqual([]);
    expect(rated("red")).toEqual([]);
  });
});

describe("savingsTracker", () => {
  const registers: CouncilRegisters = {
    ...emptyRegisters(),
    savings: [
      saving("S1", { brag: "amber", category: "Reduce", programme: "Placements" }),
      saving("S2", { brag: "green", category: "Transform" }),
      saving("S3", { brag: "red", category: "Reduce" }),
      saving("S4", { brag: "blue" }), // no target in 2024-25
    ],
    savingYears: [
      year("S1", 959_000_00, 620_000_00, 310_000_00),
      year("S2", 338_000_00, 400_000_00, 67_000_00), // forecast over target: nothing at risk
      year("S3", 200_000_00, 0),
      { ...year("S4", 100_000_00), year: "2025-26" },
      year("S9", 1_00),
    ],
    savingMilestones: [
      { ref: "S1", milestone: "Panel in place", due: "2024-06-30", completed: "2024-07-15" },
      { ref: "S1", milestone: "Step-downs agreed", due: "2024-10-31", completed: null },
      { ref: "S1", milestone: "Review", due: "2024-09-30", completed: null },
      { ref: "S9", milestone: "Ghost", due: "2024-09-30", completed: null },
    ],
    savingComments: [
      { ref: "S1", date: "2024-09-01", author: "SW", text: "Later" },
      { ref: "S1", date: "2024-05-01", author: "SW", text: "Earlier" },
      { ref: "S8", date: "2024-05-01", author: "SW", text: "Orphan" },
    ],
    savingDrivers: [link("S7")],
  };
  const tracker = savingsTracker(registers, YEAR, "2024-10-31");

  it("tracks the savings with a target in the year, in register order, with what is at risk", () => {
    expect(tracker.savings.map((s) => [s.saving.ref, s.atRisk])).toEqual([
      ["S1", 339_000_00],
      ["S2", 0],
      ["S3", 200_000_00],
    ]);
  });

  it("adds up by BRAG, category and programme, each to the total", () => {
    expect(tracker.total).toEqual({
      count: 3,
      target: 1_497_000_00,
      delivered: 377_000_00,
      forecast: 1_020_000_00,
      atRisk: 539_000_00,
    });
    expect(tracker.byBrag.amber).toMatchObject({ count: 1, atRisk: 339_000_00 });
    expect(tracker.byBrag.blue).toEqual({ count: 0, target: 0, delivered: 0, forecast: 0, atRisk: 0 });
    expect(tracker.byCategory.map((c) => [c.category, c.count, c.target])).toEqual([
      ["Reduce", 2, 1_159_000_00],
      ["Transform", 1, 338_000_00],
    ]);
    expect(tracker.byProgramme.map((p) => [p.programme, p.atRisk])).toEqual([
      ["Placements", 339_000_00],
      ["Workforce savings", 200_000_00],
    ]);
  });

  it("dates the milestones: done once completed, overdue when due before the as-at date, else due", () => {
    expect(tracker.savings[0]?.milestones.map((m) => [m.milestone, m.status])).toEqual([
      ["Panel in place", "done"],
      ["Review", "overdue"],
      ["Step-downs agreed", "due"], // due on the as-at date itself
    ]);
  });

  it("lists comments oldest first", () => {
    expect(tracker.savings[0]?.comments.map((c) => c.text)).toEqual(["Earlier", "Later"]);
  });

  it("warns of rows whose saving is not in the savings register", () => {
    expect(tracker.warnings).toEqual([
      "saving-years S9/2024-25: saving S9 is not in the savings register; left out",
      "saving-milestones S9/Ghost: saving S9 is not in the savings register; left out",
      "saving-comments S8/2024-05-01/SW: saving S8 is not in the savings register; left out",
      "saving-drivers S7/agency-fte: saving S7 is not in the savings register; left out",
    ]);
  });
});
