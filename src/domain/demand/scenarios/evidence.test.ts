import { describe, expect, it } from "vitest";
import type { SavingYear } from "../../savings/saving.js";
import type { ScenarioComparison } from "./compare.js";
import { scenarioEvidence } from "./evidence.js";
import { scenario } from "./scenario.fixture.js";

const year = (y: string, days: number, saving: number) => ({
  year: y,
  days,
  base: 900_000_00,
  scenario: 900_000_00 - saving,
  saving,
});

/** A scenario's comparison with only what the evidence reads: its savings by year and its last day. */
function compared(
  name: string,
  saving: string | null,
  years: ReturnType<typeof year>[],
  last: string,
): ScenarioComparison {
  const inCare = {
    total: 0,
    variance: 0,
    byCategory: { Fostering: 0, Residential: 0, Supported: 0, Other: 0 },
  };
  return {
    scenario: scenario({ scenario: name, kind: "step-down", number: 10, by: "2026-03-31", saving }),
    changes: { scenario: name, adjustments: [], shares: [], sentences: [] },
    populations: [{ date: last, end: true, base: inCare, scenario: inCare }],
    years,
  };
}

const target = (ref: string, y: string, pence: number): SavingYear => ({
  ref,
  year: y,
  target: pence,
  delivered: 0,
  forecast: pence,
});

describe("scenarios as evidence for a saving", () => {
  const comparisons = [
    compared(
      "Step down 10",
      "S7",
      [year("2024-25", 182, 150_000_00), year("2025-26", 365, 412_000_00)],
      "2026-03-31",
    ),
    compared(
      "Reunify 5%",
      "S7",
      [year("2024-25", 182, -12_000_00), year("2025-26", 365, 30_000_00)],
      "2026-03-31",
    ),
    compared("Recruit 8", "S2", [year("2025-26", 365, 99_000_00)], "2026-03-31"),
    compared("Unlinked", null, [year("2025-26", 365, 1_00)], "2026-03-31"),
  ];
  const targets = [
    target("S7", "2025-26", 500_000_00),
    target("S7", "2026-27", 600_000_00),
    target("S2", "2025-26", 100_000_00),
  ];

  it("gives, for each scenario naming the saving, its saving each year against the year's target, in words", () => {
    const evidence = scenarioEvidence("S7", comparisons, targets);
    expect(evidence.map((e) => e.sentence)).toEqual([
      "Scenario 'Step down 10' saves £150,000 in 2024-25 (the projection covers 182 of its 365 days) with no target for that year.",
      "Scenario 'Step down 10' saves £412,000 in 2025-26 against a target of £500,000: 82%.",
      "Scenario 'Step down 10' is not projected in 2026-27 (the projection ends on 31 Mar 2026), against a target of £600,000.",
      "Scenario 'Reunify 5%' costs £12,000 more than the base in 2024-25 (the projection covers 182 of its 365 days) with no target for that year: no saving.",
      "Scenario 'Reunify 5%' saves £30,000 in 2025-26 against a target of £500,000: 6%.",
      "Scenario 'Reunify 5%' is not projected in 2026-27 (the projection ends on 31 Mar 2026), against a target of £600,000.",
    ]);
    expect(evidence[1]).toMatchObject({
      scenario: "Step down 10",
      year: "2025-26",
      saving: 412_000_00,
      target: 500_000_00,
      share: 0.824,
    });
    expect(evidence[2]).toMatchObject({ saving: null, target: 600_000_00, share: null });
  });

  it("gives nothing for a saving no scenario names", () => {
    expect(scenarioEvidence("S9", comparisons, targets)).toEqual([]);
    expect(scenarioEvidence("S2", comparisons, targets).map((e) => e.share)).toEqual([0.99]);
  });
});
