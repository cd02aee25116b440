import { describe, expect, it } from "vitest";
import { parsePeriodRef } from "../calendar/financial.js";
import { forecastContext } from "../outturn/context.js";
import { type CouncilRegisters, REGISTER_FIELD, REGISTER_NAMES } from "../registers.js";
import { highCostPlacements } from "./high-cost.js";
import { knownEvents } from "./known-events.js";
import type { Placement } from "./placement.js";

const base: Placement = {
  placementRef: "P",
  childRef: "C1",
  placeCode: "K2",
  providerCode: "PR4",
  provider: "Oakleaf Children's Homes",
  costCentre: "RES",
  start: "2024-01-01",
  plannedEnd: null,
  end: null,
  weeklyCost: 7_000_00,
  healthContribution: 700_00,
  educationContribution: 0,
  area: "out",
};
const q: Placement = {
  ...base,
  placementRef: "Q",
  childRef: "C2",
  provider: "Kestrel Care Ltd",
  weeklyCost: 5_000_00,
  healthContribution: 0,
};
const foster: Placement = {
  ...base,
  placementRef: "R",
  childRef: "C3",
  placeCode: "U4",
  providerCode: "PR1",
  provider: "In-house",
  costCentre: "FOS-INH",
  weeklyCost: 450_00,
  healthContribution: 0,
};

const none = Object.fromEntries(REGISTER_NAMES.map((name) => [REGISTER_FIELD[name], []]));
const registers = (changes: Partial<CouncilRegisters> = {}): CouncilRegisters => ({
  ...(none as unknown as CouncilRegisters),
  placements: [base, q, foster],
  placementPrices: [
    { placementRef: "P", from: "2024-04-01", weeklyCost: 7_000_00 },
    { placementRef: "P", from: "2025-01-01", weeklyCost: 7_350_00 },
    { placementRef: "P", from: "2025-04-01", weeklyCost: 8_000_00 },
  ],
  ...changes,
});

const P7 = parsePeriodRef("2024-25:P7");
const knownAt = (r: CouncilRegisters) => {
  const ctx = forecastContext(r, P7);
  return { cost: Object.fromEntries(knownEvents.cost(ctx)), warnings: ctx.warnings };
};
const move = {
  ref: "MV1",
  placementRef: "Q",
  date: "2025-02-01",
  toPlaceCode: "U4",
  toProviderCode: "PR1",
  toWeeklyCost: 450_00,
  note: "",
} as const;

describe("known events: uplifts and planned moves", () => {
  it("counts an uplift from 1 January but not one from 1 April", () => {
    // £350 more a week for 1 Jan–31 Mar 2025 = 90 days: 35,000p × 90 ÷ 7 = 450,000p; the April row is next year's
    expect(knownAt(registers()).cost).toEqual({ RES: 450_000, "FOS-INH": 0 });
  });

  it("stops a placement at its planned move and costs the new placement on its type's budget line", () => {
    // Q stops after 31 Jan: 1 Nov–31 Jan = 92 days × £5,000 ÷ 7 = 6,571,429p, against 151 days = 10,785,714p:
    // −4,214,285p, plus P's uplift 450,000p = −3,764,285p on RES. Foster from 1 Feb: 59 days × £450 ÷ 7 = 379,286p.
    const { cost } = knownAt(registers({ plannedMoves: [move] }));
    expect(cost).toEqual({ RES: -3_764_285, "FOS-INH": 379_286 });
  });

  it("reports moves it cannot forecast and prices nobody's unknown price rows", () => {
    const { cost, warnings } = knownAt(
      registers({
        plannedMoves: [
          move,
          { ...move, ref: "MV2", date: "2025-03-01" },
          { ...move, ref: "MV3", placementRef: "GONE" },
        ],
        placementPrices: [{ placementRef: "GONE", from: "2025-01-01", weeklyCost: 1 }],
      }),
    );
    expect(cost.RES).toBe(-4_214_285);
    expect(warnings).toEqual([
      "placement-prices GONE: no such placement; its prices are not counted",
      "planned-moves MV3: placement GONE is not running on 2024-10-31; not forecast",
      "planned-moves MV2: placement Q already moves on 2025-02-01 (MV1); not forecast",
    ]);
  });
});

describe("highCostPlacements", () => {
  it("lists placements at or over £5,000 a week with their cost this year at the prices in force", () => {
    const list = highCostPlacements(registers(), P7);
    expect(list.placements.map((p) => [p.placementRef, p.weeklyCost])).toEqual([
      ["P", 7_000_00],
      ["Q", 5_000_00],
    ]);
    // P: 1 Apr–31 Oct = 214 days at £6,300 net = 19,260,000p; then 61 days at £6,300 and 90 at £6,650:
    // (630,000 × 61 + 665,000 × 90) ÷ 7 = 14,040,000p; 1 Jan 2024–31 Oct 2024 = 305 days = 43.5 weeks
    expect(list.placements[0]).toMatchObject({
      provider: "Oakleaf Children's Homes",
      typeName: "Children's homes and secure",
      netWeeklyCost: 6_300_00,
      weeksSoFar: 43.5,
      costToDate: 19_260_000,
      remaining: 14_040_000,
      forecastThisYear: 33_300_000,
    });
  });

  it("uses the council's threshold, and ends a placement's cost at its planned move", () => {
    const raised = registers({
      assumptions: [{ name: "high-cost-weekly-threshold", value: 6_000_00, note: "" }],
      plannedMoves: [{ ...move, placementRef: "P" }],
    });
    const [p, ...others] = highCostPlacements(raised, P7).placements;
    expect(others).toEqual([]);
    // 1 Nov–31 Dec 61 days at £6,300 + 1–31 Jan 31 days at £6,650: (38,430,000 + 20,615,000) ÷ 7 = 8,435,000p
    expect(p?.remaining).toBe(8_435_000);
  });
});
