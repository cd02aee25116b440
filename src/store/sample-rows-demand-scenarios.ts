/** Small, valid rows of the demand-scenarios register for the store's tests; `n` makes each key distinct. */
import type { DemandScenario } from "../domain/demand/scenarios/scenario.js";

const ROWS: Omit<DemandScenario, "scenario">[] = [
  {
    kind: "step-down",
    number: 10,
    perCarer: null,
    percent: null,
    from: null,
    by: "2025-03-31",
    saving: "S3",
    note: "",
  },
  {
    kind: "recruit-carers",
    number: 8,
    perCarer: 1.3,
    percent: null,
    from: "2024-10-01",
    by: null,
    saving: null,
    note: "Campaign",
  },
  { kind: "reunify", number: null, perCarer: null, percent: 5, from: null, by: null, saving: "S4", note: "" },
  {
    kind: "prevent-entries",
    number: 12,
    perCarer: null,
    percent: null,
    from: "2024-06-01",
    by: "2026-03-31",
    saving: null,
    note: "",
  },
];

export function demandScenario(n: number, changes: Partial<DemandScenario> = {}): DemandScenario {
  return {
    scenario: `Scenario ${n}`,
    ...(ROWS[n % ROWS.length] as Omit<DemandScenario, "scenario">),
    ...changes,
  };
}
