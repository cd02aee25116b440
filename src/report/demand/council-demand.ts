/**
 * A council's demand projection as the pages, the pack, the CLI and the MTFP use it: settings from
 * what its SSDA903 returns cover (or those asked for), the projection with its bands, its cost from
 * the council's own prices, the backtest beside it, and the saved scenarios compared with it.
 * One place, so every output shows the same figures.
 */
import { addYears, type IsoDate, toDay } from "../../domain/calendar/dates.js";
import { type Backtest, backtest } from "../../domain/demand/backtest/backtest.js";
import { type DemandCostBasis, demandCostBasis } from "../../domain/demand/costs/basis.js";
import { type ProjectedCost, projectedCost } from "../../domain/demand/costs/projected.js";
import type { DemandProjection, DemandSettings } from "../../domain/demand/model.js";
import { compareScenarios, type ScenarioComparison } from "../../domain/demand/scenarios/compare.js";
import { costByYear, scenarioModel } from "../../domain/demand/scenarios/wiring.js";
import type { CouncilRegisters } from "../../domain/registers.js";
import type { Ssda903History } from "../../domain/ssda903/history.js";
import { collectionYearSpan } from "../../domain/ssda903/tables.js";

export interface CouncilDemand {
  settings: DemandSettings;
  projection: DemandProjection;
  basis: DemandCostBasis;
  cost: ProjectedCost;
  backtest: Backtest;
  scenarios: ScenarioComparison[];
}

/** The last day the returns cover: the last collection year's 31 March, or `asAt` for an in-year extract. */
export function coveredTo(history: Ssda903History, asAt: IsoDate): IsoDate | null {
  const last = history.years.at(-1);
  if (last === undefined) return null;
  const yearEnd = collectionYearSpan(last).end;
  return asAt < yearEnd ? asAt : yearEnd;
}

/**
 * The settings a council sees first: the 12 months to the last day its returns cover as the
 * reference period, projected 24 months from that day; anything asked for replaces them.
 */
export function demandSettings(
  history: Ssda903History,
  asAt: IsoDate,
  asked: Partial<DemandSettings> = {},
): DemandSettings | null {
  const end = coveredTo(history, asAt);
  if (end === null) return null;
  const start = asked.start ?? end;
  return {
    referenceStart: asked.referenceStart ?? addYears(asked.referenceEnd ?? end, -1),
    referenceEnd: asked.referenceEnd ?? end,
    start,
    days: asked.days ?? toDay(addYears(start, 2)) - toDay(start),
    compatibility: asked.compatibility ?? "outturn",
  };
}

/** The council's projection and all that goes with it; null when it has no SSDA903 returns. */
export function councilDemand(
  registers: CouncilRegisters,
  history: Ssda903History,
  asAt: IsoDate,
  asked: Partial<DemandSettings> = {},
): CouncilDemand | null {
  const settings = demandSettings(history, asAt, asked);
  if (!settings) return null;
  const basis = demandCostBasis(registers, history, settings, settings.start);
  const inflation = { mtfp: registers.mtfpAssumptions };
  const model = scenarioModel(history, settings, basis);
  const projection = model.base.projection;
  return {
    settings,
    projection,
    basis,
    cost: projectedCost(projection, basis, inflation),
    backtest: backtest(history, settings, { inYearEnd: coveredTo(history, asAt) as IsoDate }),
    scenarios: compareScenarios(
      registers.demandScenarios,
      model.base,
      model.project,
      costByYear(basis, inflation),
    ),
  };
}
