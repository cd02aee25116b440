/**
 * Demoshire's transport scenarios: the five policies of issue 7 priced against today's
 * arrangements. Shared routes evidence the SEND transport saving (S4). None is adopted, so the
 * demo forecast does not move, and no plan is kept: plans come from solving.
 */
import type { TransportScenario } from "../domain/transport/scenarios/model.js";

const NONE: Omit<TransportScenario, "scenario" | "policy" | "note"> = {
  walkingMetres: null,
  mileageRate: null,
  trained: [],
  trainCount: null,
  trainingCost: null,
  partner: null,
  saving: null,
  adoptFrom: null,
  costCentre: null,
};

/** The scenarios, each time afresh so a caller may change its copy. */
export function demoTransportScenarios(): TransportScenario[] {
  return [
    {
      ...NONE,
      scenario: "Shared routes",
      policy: "shared-routes",
      saving: "S4",
      note: "Today's pupils on routes planned to share vehicles wherever their needs allow.",
    },
    {
      ...NONE,
      scenario: "Pick-up points 800 m",
      policy: "pick-up-points",
      walkingMetres: 800,
      note: "Pupils able to walk meet at pick-up points no more than 800 m from home.",
    },
    {
      ...NONE,
      scenario: "Personal budgets 45p",
      policy: "personal-budgets",
      mileageRate: 45,
      note: "Parents offered 45p a mile where that costs less than the pupil's place on a route.",
    },
    {
      ...NONE,
      scenario: "Travel training 20 pupils",
      policy: "travel-training",
      trainCount: 20,
      trainingCost: 1_500_00,
      note: "Independent travel training for the 20 eligible pupils costing most today, £1,500 each.",
    },
    {
      ...NONE,
      scenario: "With Marchford",
      policy: "across-the-border",
      // Marchford's LA code (marchford.ts imports generate.ts, so it is not imported here).
      partner: "MARCH",
      note: "Routes planned with Marchford's, sharing vehicles across the border.",
    },
  ];
}
