/**
 * Demoshire's transport scenarios: the five policies of issue 7 priced against today's
 * arrangements. Shared routes evidence the SEND transport saving (S4). None is adopted, so the
 * demo forecast does not move, and no plan is kept: plans come from solving.
 */
import { type TransportScenario, transportScenario } from "../domain/transport/scenarios/model.js";

/** The scenarios, each time afresh so a caller may change its copy. */
export function demoTransportScenarios(): TransportScenario[] {
  return [
    transportScenario("Shared routes", "shared-routes", {
      saving: "S4",
      note: "Today's pupils on routes planned to share vehicles wherever their needs allow.",
    }),
    transportScenario("Pick-up points 800 m", "pick-up-points", {
      walkingMetres: 800,
      note: "Pupils able to walk meet at pick-up points no more than 800 m from home.",
    }),
    transportScenario("Personal budgets 45p", "personal-budgets", {
      mileageRate: 45,
      note: "Parents offered 45p a mile where that costs less than the pupil's place on a route.",
    }),
    transportScenario("Travel training 20 pupils", "travel-training", {
      trainCount: 20,
      trainingCost: 1_500_00,
      note: "Independent travel training for the 20 eligible pupils costing most today, £1,500 each.",
    }),
    transportScenario("With Marchford", "across-the-border", {
      // Marchford's LA code (marchford.ts imports generate.ts, so it is not imported here).
      partner: "MARCH",
      note: "Routes planned with Marchford's, sharing vehicles across the border.",
    }),
  ];
}
