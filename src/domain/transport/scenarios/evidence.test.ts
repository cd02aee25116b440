import { describe, expect, it } from "vitest";
import type { SavingYear } from "../../savings/saving.js";
import { scenario } from "./evaluate.fixture.js";
import { transportEvidence } from "./evidence.js";
import type { TransportPlan } from "./model.js";

const plan = (name: string, annualSaving: number): TransportPlan => ({
  scenario: name,
  solvedAt: "2024-11-14T09:30:00Z",
  seed: 1,
  seconds: 60,
  on: "2024-11-13",
  currentDailyCost: 0,
  dailyCost: 0,
  oneOffCost: 0,
  year: "2024-25",
  annualSaving,
  result: "{}",
});
const target = (ref: string, year: string, amount: number): SavingYear => ({
  ref,
  year,
  target: amount,
  delivered: 0,
  forecast: amount,
});

describe("transportEvidence", () => {
  const scenarios = [
    scenario({ scenario: "Shared routes", saving: "S1" }),
    scenario({ scenario: "Budgets", saving: "S1" }),
    scenario({ scenario: "Unsolved", saving: "S1" }),
    scenario({ scenario: "Other", saving: "S2" }),
  ];
  const plans = [plan("Shared routes", 1_200_000_00), plan("Budgets", -5_000_00), plan("Other", 1_00)];

  it("sets each solved scenario naming the saving against the target for its plan's year", () => {
    const evidence = transportEvidence("S1", scenarios, plans, [target("S1", "2024-25", 400_000_00)]);
    expect(evidence).toEqual([
      {
        scenario: "Shared routes",
        year: "2024-25",
        saving: 1_200_000_00,
        target: 400_000_00,
        share: 3,
        days: 365,
        yearDays: 365,
        sentence:
          "Scenario 'Shared routes' saves £1,200,000 in 2024-25 against a target of £400,000 (300%), solved on 14 Nov 2024 against today's arrangements on 13 Nov 2024.",
      },
      expect.objectContaining({
        scenario: "Budgets",
        saving: -5_000_00,
        sentence:
          "Scenario 'Budgets' costs £5,000 more than today's arrangements in 2024-25 against a target of £400,000: no saving, solved on 14 Nov 2024 against today's arrangements on 13 Nov 2024.",
      }),
    ]);
  });

  it("says when the saving has no target in the plan's year", () => {
    const [evidence] = transportEvidence("S1", scenarios.slice(0, 1), plans, [target("S1", "2025-26", 1_00)]);
    expect(evidence).toMatchObject({ target: null, share: null });
    expect(evidence?.sentence).toContain(
      "saves £1,200,000 in 2024-25 with no target for that year, solved on",
    );
  });
});
