import { describe, expect, it } from "vitest";
import { transportScenarioErrors } from "../domain/transport/scenario-check.js";
import { DEMOSHIRE_SEED, generateCouncil } from "./generate.js";
import { MARCHFORD } from "./marchford.js";

const { council, registers } = generateCouncil({ seed: DEMOSHIRE_SEED, scale: 1 });

describe("Demoshire's transport scenarios", () => {
  it("are the five policies, each with its parameter, and break no rule", () => {
    expect(
      registers.transportScenarios.map((s) => [
        s.scenario,
        s.policy,
        s.walkingMetres ?? s.mileageRate ?? s.trainCount ?? s.partner,
      ]),
    ).toEqual([
      ["Shared routes", "shared-routes", null],
      ["Pick-up points 800 m", "pick-up-points", 800],
      ["Personal budgets 45p", "personal-budgets", 45],
      ["Travel training 20 pupils", "travel-training", 20],
      ["With Marchford", "across-the-border", MARCHFORD.la],
    ]);
    expect(registers.transportScenarios[3]?.trainingCost).toBe(1_500_00);
    expect(transportScenarioErrors(registers, council.la)).toEqual([]);
  });

  it("evidence the SEND transport saving with shared routes, adopt nothing and keep no plan", () => {
    const evidenced = registers.transportScenarios.filter((s) => s.saving !== null);
    expect(evidenced.map((s) => [s.scenario, s.saving])).toEqual([["Shared routes", "S4"]]);
    expect(registers.savings.find((s) => s.ref === "S4")?.programme).toBe("SEND transport efficiencies");
    expect(registers.transportScenarios.filter((s) => s.adoptFrom !== null || s.costCentre !== null)).toEqual(
      [],
    );
    expect(registers.transportPlans).toEqual([]);
  });
});
