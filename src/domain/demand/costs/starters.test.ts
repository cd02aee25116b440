import { describe, expect, it } from "vitest";
import { child, historyOf } from "../projection/history.fixture.js";
import { projection, STEADY } from "../scenarios/scenario.fixture.js";
import { basis } from "./basis.fixture.js";
import { replacementRates } from "./replacements.js";
import { categoryStarters, projectedStarters } from "./starters.js";
import { placementTypeShares } from "./type-shares.js";

const REFERENCE = { referenceStart: "2023-03-31", referenceEnd: "2024-03-31" };

/** A child's episodes with a provider: [DECOM, DEC, PLACE, PLACE_PROVIDER, RNE]. */
function placed(id: string, episodes: [string, string | null, string, string, string][]) {
  const c = child(
    id,
    "2010-01-01",
    episodes.map(([decom, dec, place]) => [decom, dec, place]),
  );
  return {
    ...c,
    episodes: c.episodes.map((e, i) => ({
      ...e,
      placeProvider: episodes[i]?.[3] ?? "PR1",
      rne: episodes[i]?.[4] ?? "P",
    })),
  };
}

describe("the projection's new placements", () => {
  it("are the entries and the moves in from another category, not a move within one", () => {
    // Fostering: entries 0.02 + 0.01 a day, and 0.0005 × 6 in residential stepping down = 0.033.
    // The 10 to 16 → 16 to 18+ fostering move is ageing, not a new placement. Residential: 0.01.
    const [first] = categoryStarters(STEADY);
    expect(Array.from(first ?? [])).toEqual([expect.closeTo(0.033, 12), expect.closeTo(0.01, 12), 0, 0]);
    // With 1 in 1,000 children a day moving between foster placements: + 0.001 × 100 fostered.
    expect(categoryStarters(STEADY, [0.001])[0]?.[0]).toBeCloseTo(0.133, 12);
  });

  it("read the stock of the day before, so the first day starts from the start day's stock", () => {
    // Residential is 6 on the start day and 0 after it: only day 1 has its step-downs.
    const falling = projection((state, day) => (state === "10 to 16 - Residential" && day === 0 ? 6 : 0));
    const days = categoryStarters(falling);
    expect(days[0]?.[0]).toBeCloseTo(0.033, 12);
    expect(days[1]?.[0]).toBeCloseTo(0.03, 12);
  });

  it("are summed by calendar month and shared across placement types, up to the month holding 31 March", () => {
    const shares = [
      { type: "foster-ifa" as const, category: "Fostering" as const, share: 0.6, weeklyCost: 1_000_00 },
      { type: "foster-in-house" as const, category: "Fostering" as const, share: 0.4, weeklyCost: 500_00 },
      { type: "childrens-homes" as const, category: "Residential" as const, share: 1, weeklyCost: 5_000_00 },
    ];
    const out = projectedStarters(STEADY, shares, { firstMonth: "2024-04-01", until: "2024-05-31" }, "words");
    expect(out.months.map((m) => m.start)).toEqual(["2024-04-01", "2024-05-01"]);
    // April: 30 days × 0.033 × 0.6 into IFA; May 31 days; homes 30 × 0.01.
    expect(out.months[0]?.byType["foster-ifa"]).toBeCloseTo(30 * 0.033 * 0.6, 12);
    expect(out.months[1]?.byType["foster-in-house"]).toBeCloseTo(31 * 0.033 * 0.4, 12);
    expect(out.months[0]?.byType["childrens-homes"]).toBeCloseTo(0.3, 12);
    expect(out.weeklyCost).toEqual({
      "foster-ifa": 1_000_00,
      "foster-in-house": 500_00,
      "childrens-homes": 5_000_00,
    });
    // A projection of 45 days holds April whole but not May.
    const short = projection(() => 1, "2024-03-31", 45);
    expect(
      projectedStarters(short, shares, { firstMonth: "2024-04-01", until: "2025-03-31" }, "").months,
    ).toHaveLength(1);
  });
});

describe("placement types' shares of a category", () => {
  it("split each sub-type's share by its child-days of each type, and fall back on the sub-type's own type", () => {
    const history = historyOf(
      // 367 child-days of K2 and 183 of R1 in the reference period, both external.
      placed("A", [["2023-01-01", null, "K2", "PR4", "S"]]),
      placed("B", [["2023-01-01", "2023-09-30", "R1", "PR4", "S"]]),
      placed("C", [["2023-01-01", null, "U4", "PR1", "S"]]),
    );
    const shares = placementTypeShares(
      history,
      basis({
        "Residential (External)": [5_000_00, 1],
        "Fostering (In-house)": [400_00, 0.5],
        // Entered with no child in it: its share goes to IFA foster care.
        "Fostering (IFA)": [900_00, 0.5],
      }),
      "outturn",
    );
    expect(shares).toEqual([
      { type: "foster-in-house", category: "Fostering", share: 0.5, weeklyCost: 400_00 },
      { type: "foster-ifa", category: "Fostering", share: 0.5, weeklyCost: 900_00 },
      { type: "childrens-homes", category: "Residential", share: 367 / 550, weeklyCost: 5_000_00 },
      { type: "other-residential", category: "Residential", share: 183 / 550, weeklyCost: 5_000_00 },
    ]);
  });
});

describe("moves within a category", () => {
  it("count a new placement of the same category the day the last ended, but not a change of legal status", () => {
    const history = historyOf(
      // X moves foster carers on 1 June 2023: a move within fostering.
      placed("X", [
        ["2023-01-01", "2023-06-01", "U4", "PR1", "S"],
        ["2023-06-01", null, "U5", "PR1", "P"],
      ]),
      // Y moves from fostering to a home: a move between categories, which the model's rates hold.
      placed("Y", [
        ["2023-01-01", "2023-07-01", "U4", "PR1", "S"],
        ["2023-07-01", null, "K2", "PR4", "P"],
      ]),
      // Z's legal status changes on 1 August 2023 (RNE L): the same placement.
      placed("Z", [
        ["2023-01-01", "2023-08-01", "U4", "PR1", "S"],
        ["2023-08-01", null, "U4", "PR1", "L"],
      ]),
    );
    const within = replacementRates(history, REFERENCE);
    expect(within.moves).toEqual([1, 0, 0, 0]);
    // Fostering child-days 31 March 2023 to 31 March 2024: X 367, Y 92 (to 30 June), Z 367.
    expect(within.childDays).toEqual([826, 275, 0, 0]);
    expect(within.rates[0]).toBeCloseTo(1 / 826, 15);
  });
});
