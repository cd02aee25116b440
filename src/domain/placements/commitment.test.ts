import { describe, expect, it } from "vitest";
import { isRunningAt, placementCommitment } from "./commitment.js";
import type { Placement } from "./placement.js";

const placement: Placement = {
  placementRef: "P1",
  childRef: "C1",
  placeCode: "R1",
  providerCode: "PR4",
  provider: "Acme Homes",
  costCentre: "PL",
  start: "2024-05-01",
  plannedEnd: null,
  end: null,
  weeklyCost: 700_000,
  healthContribution: 140_000,
  educationContribution: 70_000,
  area: "out",
};

describe("placementCommitment", () => {
  it("runs from its start day until the day it ends", () => {
    expect(isRunningAt(placement, "2024-04-30")).toBe(false);
    expect(isRunningAt(placement, "2024-05-01")).toBe(true);
    expect(isRunningAt({ ...placement, end: "2024-10-31" }, "2024-10-30")).toBe(true);
    expect(isRunningAt({ ...placement, end: "2024-10-31" }, "2024-10-31")).toBe(false);
  });

  it("costs the net weekly cost for each day to 31 March", () => {
    // net 700000 − 140000 − 70000 = 490000 a week = 70000 a day; 1 Nov–31 Mar = 151 days
    expect(placementCommitment(placement, "2024-10-31", "2025-03-31")).toBe(10_570_000);
  });

  it("stops at its planned end, counting that day", () => {
    // 1–7 Nov = 7 days = one week
    expect(placementCommitment({ ...placement, plannedEnd: "2024-11-07" }, "2024-10-31", "2025-03-31")).toBe(
      490_000,
    );
    expect(placementCommitment({ ...placement, plannedEnd: "2024-10-15" }, "2024-10-31", "2025-03-31")).toBe(
      0,
    );
  });

  it("rounds once, half away from zero", () => {
    // 100001 × 3 ÷ 7 = 42857.57 → 42858
    const odd = { ...placement, weeklyCost: 100_001, healthContribution: 0, educationContribution: 0 };
    expect(placementCommitment({ ...odd, plannedEnd: "2024-11-03" }, "2024-10-31", "2025-03-31")).toBe(
      42_858,
    );
  });

  it("carries nothing once ended or before it starts", () => {
    expect(placementCommitment({ ...placement, end: "2024-09-30" }, "2024-10-31", "2025-03-31")).toBe(0);
    expect(placementCommitment({ ...placement, start: "2024-11-01" }, "2024-10-31", "2025-03-31")).toBe(0);
  });
});
