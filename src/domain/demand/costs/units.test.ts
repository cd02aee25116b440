import { describe, expect, it } from "vitest";
import { addYears } from "../../calendar/dates.js";
import type { Placement } from "../../placements/placement.js";
import { costSubtypeOf } from "./subtypes.js";
import { measuredUnitCosts } from "./units.js";

const placement = (ref: string, changes: Partial<Placement>): Placement => ({
  placementRef: ref,
  childRef: `C-${ref}`,
  placeCode: "U4",
  providerCode: "PR4",
  provider: "Provider",
  costCentre: "CS4110",
  start: "2023-01-01",
  plannedEnd: null,
  end: null,
  weeklyCost: 800_00,
  healthContribution: 0,
  educationContribution: 0,
  area: "in",
  ...changes,
});

describe("cost sub-types from PLACE and PLACE_PROVIDER", () => {
  it("splits fostering and residential by provider: PR1–PR3 in-house, PR4–PR5 bought in", () => {
    expect(
      [
        ["U2", "PR1"],
        ["U5", "PR1"],
        ["U5", "PR3"],
        ["U6", "PR5"],
        ["R1", "PR2"],
        ["S1", "PR4"],
        ["H5", "PR4"],
        ["K3", "PR4"],
        ["K1", "PR1"],
        ["P1", "PR0"],
        ["A4", "PR1"],
        ["T1", null],
      ].map(([place, provider]) => costSubtypeOf(place as string, provider as string | null)),
    ).toEqual([
      "Fostering (Friend/Relative)",
      "Fostering (In-house)",
      "Fostering (In-house)",
      "Fostering (IFA)",
      "Residential (In-house)",
      "Residential (External)",
      "Supported accommodation",
      "Supported accommodation",
      "Secure home",
      "Placed with family",
      "Other",
      "Other",
    ]);
  });

  it("leaves foster or residential care with no provider PR1–PR5 unsplit; the peer calls it, and K3, Other", () => {
    expect(costSubtypeOf("U4", "PR0")).toBeNull();
    expect(costSubtypeOf("K2", "")).toBeNull();
    expect(costSubtypeOf("U4", "PR0", "peer")).toBe("Other");
    expect(costSubtypeOf("K3", "PR4", "peer")).toBe("Other");
  });
});

describe("measuredUnitCosts", () => {
  const registers = {
    placements: [
      // IFA: £800 to 30 September 2023, £900 after; all 366 days of the 12 months.
      placement("A", {}),
      // IFA: 31 days in January 2024 at £1,000.
      placement("B", {
        placeCode: "U6",
        providerCode: "PR5",
        start: "2024-01-01",
        end: "2024-01-31",
        weeklyCost: 1_000_00,
      }),
      // In-house (another council's carer, PR2), £450 throughout.
      placement("C", { placeCode: "U5", providerCode: "PR2", weeklyCost: 450_00 }),
      // External residential that ended before the 12 months: not counted.
      placement("D", { placeCode: "K2", providerCode: "PR4", end: "2023-03-31", weeklyCost: 5_000_00 }),
      // Foster care with parents as provider: no sub-type.
      placement("E", { placeCode: "U4", providerCode: "PR0" }),
    ],
    placementPrices: [{ placementRef: "A", from: "2023-10-01", weeklyCost: 900_00 }],
  };
  const measured = measuredUnitCosts(registers, "2024-03-31");

  it("averages the gross weekly price over the 12 months to the as-at date, weighted by days", () => {
    expect([measured.from, measured.to]).toEqual(["2023-04-01", "2024-03-31"]);
    // (80,000p × 183 + 90,000p × 183 + 100,000p × 31) ÷ 397 days = 86,171.28p
    expect(measured.costs.find((c) => c.subtype === "Fostering (IFA)")).toEqual({
      subtype: "Fostering (IFA)",
      weeklyCost: 86_171,
      placements: 2,
      placementDays: 397,
    });
    expect(measured.costs.find((c) => c.subtype === "Fostering (In-house)")?.weeklyCost).toBe(450_00);
  });

  it("gives a sub-type with no placement no unit cost, and says what it left out", () => {
    expect(measured.costs.find((c) => c.subtype === "Residential (External)")).toEqual({
      subtype: "Residential (External)",
      weeklyCost: null,
      placements: 0,
      placementDays: 0,
    });
    expect(measured.warnings).toEqual([
      "1 fostering or residential placement from 2023-04-01 to 2024-03-31 had no provider PR1–PR5 to say whether in-house or bought in: it is left out of the unit costs",
    ]);
  });

  it("counts 12 months back from 29 February as from 1 March", () => {
    expect(addYears("2024-02-29", -1)).toBe("2023-02-28");
    expect(measuredUnitCosts({ placements: [], placementPrices: [] }, "2024-02-29").from).toBe("2023-03-01");
  });
});
