/** A hand-made cost basis for the demand costs' tests, measured over 2023-24. */
import { COST_SUBTYPES, type CostSubtype } from "../model.js";
import type { DemandCostBasis } from "./basis.js";

/** A basis with the given sub-types' weekly costs and shares; every other has no cost and no share. */
export function basis(
  given: Partial<Record<CostSubtype, [weeklyCost: number | null, proportion: number | null]>>,
): DemandCostBasis {
  return {
    unitCostsFrom: "2023-04-01",
    unitCostsTo: "2024-03-31",
    proportionsFrom: "2023-03-31",
    proportionsTo: "2024-03-31",
    subtypes: COST_SUBTYPES.map(({ subtype, category }) => {
      const [weeklyCost, proportion] = given[subtype] ?? [null, null];
      return {
        subtype,
        category,
        weeklyCost,
        costFrom: weeklyCost === null ? "none" : "measured",
        placements: 0,
        proportion,
        proportionFrom: proportion === null ? "none" : "measured",
      };
    }),
    warnings: [],
  };
}
