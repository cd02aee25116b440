/**
 * The scenarios wired to the model and the costing: the base from a council's history (estimateRates,
 * stockOn, projectFrom), the projection of a scenario's adjustments from the same rates and stock,
 * and the costing of a projection with given sub-type shares (projectedCost).
 */
import type { IsoDate } from "../../calendar/dates.js";
import type { Ssda903History } from "../../ssda903/history.js";
import type { DemandCostBasis } from "../costs/basis.js";
import { type CostInflation, projectedCost } from "../costs/projected.js";
import type { CostSubtype, DemandSettings } from "../model.js";
import { estimateRates } from "../projection/estimate.js";
import { projectFrom } from "../projection/project.js";
import { stockOn } from "../projection/stock.js";
import type { CostByYear, ProjectWith } from "./compare.js";
import type { ScenarioBase, SubtypeShares } from "./scenario.js";

/** Each sub-type's share of its category in the costing's basis (a sub-type with no share left out). */
export function basisShares(basis: DemandCostBasis): SubtypeShares {
  return new Map(
    basis.subtypes.flatMap((s): [CostSubtype, number][] =>
      s.proportion === null ? [] : [[s.subtype, s.proportion]],
    ),
  );
}

/** The costing (costs/projected.ts projectedCost) as the comparison needs it: each financial year's total with the shares given. */
export function costByYear(basis: DemandCostBasis, inflation: CostInflation = null): CostByYear {
  return (projection, shares) => {
    const subtypes = basis.subtypes.map((s) => ({ ...s, proportion: shares.get(s.subtype) ?? s.proportion }));
    const cost = projectedCost(projection, { ...basis, subtypes }, inflation);
    return new Map(cost.years.map((y) => [y.year, y.total]));
  };
}

/** The base from a council's history, and the projection of a scenario's adjustments from it. */
export function scenarioModel(
  history: Ssda903History,
  settings: DemandSettings,
  basis: DemandCostBasis,
): { base: ScenarioBase; project: ProjectWith; initial: number[] } {
  const rates = estimateRates(history, settings);
  const stock = stockOn(history, settings.start as IsoDate, settings);
  const initial = rates.states.map((state) => stock.get(state) ?? 0);
  const projection = projectFrom(rates, initial, settings);
  const project: ProjectWith = (adjustments) => projectFrom(rates, initial, settings, adjustments);
  return { base: { rates, projection, shares: basisShares(basis) }, project, initial };
}
