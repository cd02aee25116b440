import { describe, expect, it } from "vitest";
import type { Placement } from "../placements/placement.js";
import { type CouncilRegisters, emptyRegisters } from "../registers.js";
import { route } from "../transport/transport-fixtures.js";
import { post } from "../workforce/post-fixtures.js";
import { SAVING_DRIVER_NAMES, SAVING_DRIVERS } from "./drivers.js";

const ON = "2024-10-31";

const placement = (placementRef: string, fields: Partial<Placement>): Placement => ({
  placementRef,
  childRef: `C-${placementRef}`,
  placeCode: "K2",
  providerCode: "PR4",
  provider: "Acme Homes",
  costCentre: "PL",
  start: "2024-01-01",
  plannedEnd: null,
  end: null,
  weeklyCost: 0,
  healthContribution: 0,
  educationContribution: 0,
  area: "out",
  ...fields,
});

const registers: CouncilRegisters = {
  ...emptyRegisters(),
  placements: [
    placement("P1", { childRef: "A", weeklyCost: 600_000 }), // children's home, high-cost after uplift
    placement("P2", { childRef: "A", placeCode: "R1", weeklyCost: 400_000, start: "2024-10-31" }), // starts on the day
    placement("P3", { childRef: "B", placeCode: "U4", providerCode: "PR4", weeklyCost: 90_000 }), // IFA
    placement("P4", { childRef: "C", placeCode: "U4", providerCode: "PR1", weeklyCost: 40_000 }), // in-house
    placement("P5", { childRef: "D", weeklyCost: 800_000, end: "2024-10-31" }), // ended on the day: not running
    placement("P6", { childRef: "E", weeklyCost: 800_000, start: "2024-11-01" }), // not started
  ],
  placementPrices: [
    { placementRef: "P1", from: "2024-04-01", weeklyCost: 450_000 },
    { placementRef: "P1", from: "2024-10-01", weeklyCost: 520_000 },
    { placementRef: "P1", from: "2024-12-01", weeklyCost: 560_000 }, // a known uplift, not yet in force
  ],
  workforce: [
    post("W1", { status: "agency", fte: 0.6 }),
    post("W2", { status: "agency", fte: 0.8, role: "Team manager" }),
    post("W3", { status: "permanent", fte: 1, role: "Supervising social worker" }),
    post("W4", { status: "vacant", fte: 0.5 }),
    post("W5", { status: "agency", fte: 1, end: "2024-10-31" }), // in post to the end of its last day
    post("W6", { status: "agency", fte: 1, end: "2024-10-30" }),
    post("W7", { status: "permanent", fte: 1, role: "Family support worker" }),
  ],
  htstRoutes: [
    route("R1", { dailyCost: 10_000, assistantDailyCost: 2_500 }),
    route("R2", { dailyMiles: 20, ratePerMile: 150, occupancy: "shared" }),
    route("R3", { dailyCost: 5_000, end: "2024-10-30" }),
    route("R4", { dailyCost: 8_000, start: "2024-10-31", end: "2024-10-31" }),
    route("R5", { occupancy: "single" }), // no price: counts, costs nothing
  ],
  routeRetenders: [{ routeRef: "R4", date: "2024-10-01", newDailyCost: 9_000, note: "" }],
};

const measure = (name: (typeof SAVING_DRIVER_NAMES)[number]) => SAVING_DRIVERS[name].measure(registers, ON);

describe("saving drivers measured on a date", () => {
  it("has a label and unit for every driver name", () => {
    for (const name of SAVING_DRIVER_NAMES) {
      expect(SAVING_DRIVERS[name].label).not.toBe("");
      expect(["count", "fte", "pence"]).toContain(SAVING_DRIVERS[name].unit);
    }
  });

  it("counts each looked-after child once, over the placements running on the day", () => {
    // A (P1 and P2), B, C; D's placement ended on the day, E's has not started.
    expect(measure("looked-after-children")).toBe(3);
  });

  it("counts residential placements and their weekly cost at the price in force on the day", () => {
    expect(measure("residential-placements")).toBe(2); // P1 (K2) and P2 (R1)
    expect(measure("residential-weekly-cost")).toBe(520_000 + 400_000);
  });

  it("counts placements at or above the high-cost threshold at the price in force", () => {
    expect(measure("high-cost-placements")).toBe(1); // P1 at £5,200; P2 at £4,000 is below £5,000
    const lower = {
      ...registers,
      assumptions: [{ name: "high-cost-weekly-threshold" as const, value: 400_000, note: "" }],
    };
    expect(SAVING_DRIVERS["high-cost-placements"].measure(lower, ON)).toBe(2); // at the threshold counts
  });

  it("splits foster placements into IFA and in-house by provider", () => {
    expect(measure("ifa-placements")).toBe(1);
    expect(measure("in-house-foster-placements")).toBe(1);
  });

  it("adds agency FTE and social worker FTE of posts in post on the day, exactly", () => {
    expect(measure("agency-fte")).toBe(2.4); // 0.6 + 0.8 + 1 (W5's last day), not W6
    // Social worker roles of any status: W1, W3 (supervising), W4 (vacant), W5.
    expect(measure("social-worker-fte")).toBe(3.1);
  });

  it("adds the daily cost of routes running on the day, re-tendered prices included", () => {
    // R1 £100 + £25 assistant; R2 20 miles × £1.50; R4 re-let at £90; R5 unpriced.
    expect(measure("transport-daily-cost")).toBe(12_500 + 3_000 + 9_000);
    expect(measure("transport-routes")).toBe(4);
    expect(measure("single-occupancy-routes")).toBe(3);
  });
});
