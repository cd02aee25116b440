import { describe, expect, it } from "vitest";
import type { Placement } from "../../placements/placement.js";
import type { Ssda903History } from "../../ssda903/history.js";
import { REFERENCE_SETTINGS } from "../settings.fixture.js";
import { demandCostBasis } from "./basis.js";

describe("demandCostBasis from the registers and the 903 history", () => {
  const placement = (
    ref: string,
    placeCode: Placement["placeCode"],
    providerCode: Placement["providerCode"],
    weeklyCost: number,
  ): Placement => ({
    placementRef: ref,
    childRef: `C-${ref}`,
    placeCode,
    providerCode,
    provider: "",
    costCentre: "CS4110",
    start: "2023-01-01",
    plannedEnd: null,
    end: null,
    weeklyCost,
    healthContribution: 0,
    educationContribution: 0,
    area: "in",
  });
  const episode = (child: string, place: string, placeProvider: string) => ({
    child,
    decom: "2023-01-01",
    dec: null,
    rne: "S",
    ls: "C2",
    cin: "N1",
    place,
    placeProvider,
    rec: "",
    reasonPlaceChange: "",
    homePost: "",
    plPost: "",
    urn: "",
  });
  const history: Ssda903History = {
    years: [2024],
    artefacts: [],
    children: [
      ["a", "U4", "PR1"],
      ["b", "U4", "PR4"],
      ["c", "U4", "PR4"],
      ["d", "U1", "PR1"],
    ].map(([id, place, provider]) => ({
      child: id as string,
      sex: "1",
      dob: "2012-01-01",
      ethnic: "WBRI",
      uasc: false,
      episodes: [episode(id as string, place as string, provider as string)],
      missing: [],
    })),
  };
  const registers = {
    placements: [placement("A", "U4", "PR1", 400_00), placement("B", "U4", "PR4", 900_00)],
    placementPrices: [],
    demandCosts: [
      { subtype: "Fostering (IFA)" as const, weeklyCost: 1_000_00, proportion: null },
      { subtype: "Fostering (Friend/Relative)" as const, weeklyCost: null, proportion: 40 },
    ],
  };
  const b = demandCostBasis(registers, history, REFERENCE_SETTINGS, "2024-03-31");
  const row = (subtype: string) => b.subtypes.find((s) => s.subtype === subtype);

  it("measures costs and shares, the entered ones in their place, the rest rescaled to fill 100%", () => {
    expect(row("Fostering (In-house)")).toMatchObject({
      weeklyCost: 400_00,
      costFrom: "measured",
      placements: 1,
    });
    expect(row("Fostering (IFA)")).toMatchObject({
      weeklyCost: 1_000_00,
      costFrom: "entered",
      proportionFrom: "measured",
    });
    // Measured: in-house 1/4, IFA 2/4, friend/relative 1/4; 40% entered leaves 60% for the other 3/4: × 0.8.
    expect(
      b.subtypes
        .filter((s) => s.category === "Fostering")
        .map((s) => [s.subtype, Number(s.proportion?.toFixed(6))]),
    ).toEqual([
      ["Fostering (Friend/Relative)", 0.4],
      ["Fostering (In-house)", 0.2],
      ["Fostering (IFA)", 0.4],
    ]);
    // Supported has one sub-type: its whole share, though the history has none.
    expect(row("Supported accommodation")).toMatchObject({
      proportion: 1,
      proportionFrom: "only",
      weeklyCost: null,
    });
  });

  it("invents no unit cost: a sub-type with none is named and its share left uncosted", () => {
    expect(row("Fostering (Friend/Relative)")).toMatchObject({ weeklyCost: null, costFrom: "none" });
    expect(b.warnings).toContain(
      "Fostering (Friend/Relative) has no unit cost: no placement of it ran from 2023-04-01 to 2024-03-31 and none is entered in the demand-costs register; its 40% share of Fostering is left uncosted",
    );
    expect(b.warnings).toContain(
      "Residential has no shares by sub-type: no child was in it from 2023-03-31 to 2024-03-31 and none are entered; its projected cost is left out",
    );
  });
});
