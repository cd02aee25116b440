/** Small, valid rows of transport-scenarios and transport-plans for the store's tests; `n` makes each key distinct. */
import {
  transportScenario as scenarioRow,
  type TransportPlan,
  type TransportScenario,
} from "../domain/transport/scenarios/model.js";

const POLICY_ROWS: TransportScenario[] = [
  scenarioRow("", "travel-training", {
    trained: ["P1", "P4"],
    trainingCost: 1_500_00,
    saving: "S4",
    adoptFrom: "2025-01-06",
    costCentre: "CC400",
  }),
  scenarioRow("", "pick-up-points", { walkingMetres: 800 }),
];

export function transportScenario(n: number, changes: Partial<TransportScenario> = {}): TransportScenario {
  const row = POLICY_ROWS[n % POLICY_ROWS.length] as (typeof POLICY_ROWS)[number];
  return { ...row, scenario: `Transport scenario ${n}`, note: n % 2 === 0 ? "" : "Pilot", ...changes };
}

export function transportPlan(n: number, changes: Partial<TransportPlan> = {}): TransportPlan {
  return {
    scenario: `Transport scenario ${n}`,
    solvedAt: "2024-10-31T09:15:00.000Z",
    seed: n,
    seconds: 12.5,
    on: "2024-10-31",
    currentDailyCost: 12_345_67,
    dailyCost: 10_000_00,
    oneOffCost: 3_000_00,
    year: "2024-25",
    annualSaving: 439_677_30,
    result: JSON.stringify({ scenario: `Transport scenario ${n}`, notes: ["A note; with a semicolon"] }),
    ...changes,
  };
}
