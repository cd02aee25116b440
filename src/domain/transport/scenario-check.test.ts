import { describe, expect, it } from "vitest";
import { budgetLine } from "../../store/sample-rows.js";
import { saving } from "../../store/sample-rows-savings-mtfp.js";
import { transportPlan, transportScenario } from "../../store/sample-rows-transport-scenarios.js";
import { need } from "./book.fixture.js";
import { type ScenarioBook, scenarioRowErrors, transportScenarioErrors } from "./scenario-check.js";
import type { TransportScenario } from "./scenarios/model.js";

const BLANK = { ...transportScenario(1), walkingMetres: null };
const of = (policy: TransportScenario["policy"], fields: Partial<TransportScenario> = {}) => ({
  ...BLANK,
  scenario: "Plan A",
  policy,
  ...fields,
});

/** A book holding pupils P1 and P4, saving S4 and cost centre CC400, with the given rows. */
function book(
  scenarios: TransportScenario[],
  plans = [transportPlan(1, { scenario: "Plan A" })],
): ScenarioBook {
  return {
    transportScenarios: scenarios,
    transportPlans: plans,
    transportNeeds: [need("P1"), need("P4")],
    savings: [saving(4, { ref: "S4" })],
    budgetLines: [budgetLine(1, { costCentre: "CC400" })],
  };
}
const errors = (...scenarios: TransportScenario[]) => transportScenarioErrors(book(scenarios), "DEMO");

describe("a transport scenario's parameters fit its policy", () => {
  it("accepts each policy with just the parameters it uses", () => {
    for (const row of [
      of("shared-routes", { saving: "S4" }),
      of("pick-up-points", { walkingMetres: 800 }),
      of("personal-budgets", { mileageRate: 45 }),
      of("travel-training", { trainCount: 20, trainingCost: 1_500_00 }),
      of("travel-training", { trained: ["P1", "P4"], trainingCost: 0 }),
      of("across-the-border", { partner: "MARCH", adoptFrom: "2025-01-06", costCentre: "CC400" }),
    ])
      expect(errors(row)).toEqual([]);
  });

  it("names a parameter the policy needs that is blank", () => {
    expect(errors(of("pick-up-points"))).toEqual([
      "transport-scenarios Plan A: Walking distance (m) is blank, but must be given for pick-up-points",
    ]);
    expect(errors(of("personal-budgets"))).toEqual([
      "transport-scenarios Plan A: Mileage rate (£ a mile) is blank, but must be given for personal-budgets",
    ]);
    expect(errors(of("across-the-border"))).toEqual([
      "transport-scenarios Plan A: Partner LA is blank, but must be given for across-the-border",
    ]);
  });

  it("needs travel training's cost, and its pupils or how many to train, not both", () => {
    expect(errors(of("travel-training"))).toEqual([
      "transport-scenarios Plan A: Training cost (£ a pupil) is blank, but must be given for travel-training",
      "transport-scenarios Plan A: Pupils to train is blank, but must be given for travel-training when Trained pupils is blank",
    ]);
    expect(errors(of("travel-training", { trained: ["P1"], trainCount: 5, trainingCost: 1_00 }))).toEqual([
      "transport-scenarios Plan A: Pupils to train is 5, but must be blank when Trained pupils names the pupils",
    ]);
  });

  it("names a parameter the policy does not use, with its value", () => {
    expect(errors(of("shared-routes", { mileageRate: 45, trained: ["P1"], partner: "MARCH" }))).toEqual([
      "transport-scenarios Plan A: Mileage rate (£ a mile) is £0.45, but must be blank for shared-routes",
      'transport-scenarios Plan A: Trained pupils is "P1", but must be blank for shared-routes',
      'transport-scenarios Plan A: Partner LA is "MARCH", but must be blank for shared-routes',
    ]);
  });

  it("gives the row rules by field, for the register file to place in its columns", () => {
    expect(scenarioRowErrors(of("pick-up-points", { walkingMetres: 800, adoptFrom: "2025-01-06" }))).toEqual([
      { field: "costCentre", rule: "must be given with Adopt from" },
    ]);
  });
});

describe("a transport scenario's rules across registers", () => {
  it("refuses a partner that is the council itself", () => {
    expect(errors(of("across-the-border", { partner: "DEMO" }))).toEqual([
      'transport-scenarios Plan A: Partner LA is "DEMO", but must be another council, not this one',
    ]);
  });

  it("names trained pupils with no row in transport-needs", () => {
    expect(errors(of("travel-training", { trained: ["P1", "P7", "P9"], trainingCost: 0 }))).toEqual([
      'transport-scenarios Plan A: Trained pupils is "P1; P7; P9", but P7, P9 must each have a row in transport-needs',
    ]);
  });

  it("names a saving that is not in the savings register", () => {
    expect(errors(of("shared-routes", { saving: "S9" }))).toEqual([
      'transport-scenarios Plan A: Saving is "S9", but must be a Ref in the savings register',
    ]);
  });

  it("needs a cost centre with an adoption date, and one a budget line has", () => {
    expect(errors(of("shared-routes", { adoptFrom: "2025-01-06" }))).toEqual([
      "transport-scenarios Plan A: Cost centre is blank, but must be given with Adopt from",
    ]);
    expect(errors(of("shared-routes", { adoptFrom: "2025-01-06", costCentre: "ZZ9" }))).toEqual([
      'transport-scenarios Plan A: Cost centre is "ZZ9", but must be the cost centre of a line in budget-lines',
    ]);
  });

  it("names a plan whose scenario is not in transport-scenarios", () => {
    const plans = [transportPlan(1, { scenario: "Plan A" }), transportPlan(2, { scenario: "Gone" })];
    expect(transportScenarioErrors(book([of("shared-routes")], plans), "DEMO")).toEqual([
      'transport-plans Gone: Scenario is "Gone", but must be a scenario in transport-scenarios',
    ]);
  });
});
