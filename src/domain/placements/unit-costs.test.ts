import { describe, expect, it } from "vitest";
import type { Placement } from "./placement.js";
import { priceHistory, priceSpans } from "./prices.js";
import { placementType } from "./types.js";
import { SEED_REFERENCES, unitCostTrends } from "./unit-costs.js";

const home: Placement = {
  placementRef: "P",
  childRef: "C1",
  placeCode: "K2",
  providerCode: "PR4",
  provider: "Kestrel Care Ltd",
  costCentre: "RES",
  start: "2022-03-01",
  plannedEnd: null,
  end: null,
  weeklyCost: 5_500_00,
  healthContribution: 0,
  educationContribution: 0,
  area: "out",
};
const prices = [
  { placementRef: "P", from: "2022-10-01", weeklyCost: 5_000_00 },
  { placementRef: "P", from: "2022-03-01", weeklyCost: 4_000_00 },
];

describe("price in force", () => {
  it("is the latest row from on or before the day, else the placement's own weekly cost", () => {
    expect(priceSpans(home, priceHistory(prices), "2022-09-30", "2022-10-02")).toEqual([
      { from: "2022-09-30", to: "2022-09-30", weeklyCost: 4_000_00 },
      { from: "2022-10-01", to: "2022-10-02", weeklyCost: 5_000_00 },
    ]);
    expect(priceSpans(home, priceHistory([]), "2022-09-30", "2022-10-02")).toEqual([
      { from: "2022-09-30", to: "2022-10-02", weeklyCost: 5_500_00 },
    ]);
  });
});

describe("unitCostTrends", () => {
  it("averages each type's weekly price over the days it was in force", () => {
    const trends = unitCostTrends({ placements: [home], placementPrices: prices }, "2023-03-31");
    expect(trends.years).toEqual(["2021-22", "2022-23"]);
    // 2021-22: 1–31 March 2022 at £4,000; 31 of 365 days = 0.08 → 0.1 running on an average day.
    // 2022-23: 183 days at £4,000 (Apr–Sep) and 182 at £5,000: (400,000 × 183 + 500,000 × 182) ÷ 365 = 449,863.01p
    expect(trends.rows).toEqual([
      {
        year: "2021-22",
        type: "childrens-homes",
        typeName: "Children's homes and secure",
        averageRunning: 0.1,
        placements: 1,
        averageWeekly: 4_000_00,
      },
      {
        year: "2022-23",
        type: "childrens-homes",
        typeName: "Children's homes and secure",
        averageRunning: 1,
        placements: 1,
        averageWeekly: 449_863,
      },
    ]);
  });

  it("counts the as-at year only to the period end", () => {
    // 1 Apr–31 Oct 2024 = 214 days, all at £5,000: one placement running throughout
    const trends = unitCostTrends({ placements: [home], placementPrices: prices }, "2024-10-31");
    expect(trends.rows.at(-1)).toMatchObject({ year: "2024-25", averageRunning: 1, averageWeekly: 5_000_00 });
  });

  it("shows the seed's published figures as Herefordshire's, beside the council's own", () => {
    expect(SEED_REFERENCES.map((r) => [r.year, r.averageWeekly, r.council])).toEqual([
      ["2014-15", 2_310_00, "Herefordshire"],
      ["2022-23", 4_860_00, "Herefordshire"],
    ]);
  });
});

describe("placementType", () => {
  it("groups SSDA903 codes as the DfE does, with foster care by the council's own carers in-house", () => {
    expect(placementType({ placeCode: "U4", providerCode: "PR1" })).toBe("foster-in-house");
    expect(placementType({ placeCode: "U5", providerCode: "PR4" })).toBe("foster-ifa");
    expect(placementType({ placeCode: "U1", providerCode: "PR1" })).toBe("kinship");
    expect(placementType({ placeCode: "K1", providerCode: "PR2" })).toBe("childrens-homes");
    expect(placementType({ placeCode: "K3", providerCode: "PR4" })).toBe("supported");
    expect(placementType({ placeCode: "S1", providerCode: "PR5" })).toBe("other-residential");
  });
});
