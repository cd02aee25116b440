/** Small, valid rows of the demand-costs register for the store's tests; `n` makes each key distinct. */
import type { DemandCostOverride } from "../domain/demand/costs/subtypes.js";
import { COST_SUBTYPES } from "../domain/demand/model.js";

/** In the store's order (by sub-type), so rows come back as they were made. */
const SUBTYPES = COST_SUBTYPES.map((s) => s.subtype).sort();

export function demandCost(n: number, changes: Partial<DemandCostOverride> = {}): DemandCostOverride {
  return {
    subtype: SUBTYPES[n % SUBTYPES.length] as DemandCostOverride["subtype"],
    weeklyCost: n % 2 === 0 ? 950_00 + 100 * n : null,
    proportion: n % 3 === 0 ? null : 40,
    ...changes,
  };
}
