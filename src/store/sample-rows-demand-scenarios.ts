/** Small, valid rows of the demand-scenarios register for the store's tests; `n` makes each key distinct. */
import { scenario } from "../domain/demand/scenarios/scenario.fixture.js";
import type { DemandScenario } from "../domain/demand/scenarios/scenario.js";

const ROWS: DemandScenario[] = [
  scenario({ kind: "step-down", number: 10, by: "2025-03-31", saving: "S3" }),
  scenario({ kind: "recruit-carers", number: 8, perCarer: 1.3, from: "2024-10-01", note: "Campaign" }),
  scenario({ kind: "reunify", percent: 5, saving: "S4" }),
  scenario({ kind: "prevent-entries", number: 12, from: "2024-06-01", by: "2026-03-31" }),
];

export function demandScenario(n: number, changes: Partial<DemandScenario> = {}): DemandScenario {
  return { ...(ROWS[n % ROWS.length] as DemandScenario), scenario: `Scenario ${n}`, ...changes };
}
