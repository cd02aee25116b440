/**
 * The MTFP's demand pressure from the council's projection: the same model, reference period and
 * start as the demand page, run on to the end of the last plan year (at most four years), costed at
 * the council's unit costs without inflation (the plan's contract inflation prices that, so it is
 * not counted twice). Used only when the council has SSDA903 returns and the projection prices at
 * least one plan year and the year before it as whole years; otherwise the plan is as before.
 */
import { type IsoDate, toDay } from "../../domain/calendar/dates.js";
import { yearEnd } from "../../domain/calendar/financial.js";
import { mtfpDemandCosts, projectedCost } from "../../domain/demand/costs/projected.js";
import { MAX_DAYS } from "../../domain/demand/projection/project.js";
import { longDate } from "../../domain/demand/words.js";
import { type MtfpDemandCosts, projectedGrowth } from "../../domain/mtfp/demand-pressure.js";
import type { MtfpPlan, MtfpPlanOptions } from "../../domain/mtfp/plan.js";
import { planYears } from "../../domain/mtfp/plan-years.js";
import type { CouncilRegisters } from "../../domain/registers.js";
import type { Ssda903History } from "../../domain/ssda903/history.js";
import { demandSettings } from "./council-demand.js";
import { sharedDemand } from "./shared-demand.js";

/** The projected placement cost by whole financial year for the plan, or null when it prices no plan year. */
export function planDemandCosts(
  registers: CouncilRegisters,
  history: Ssda903History | undefined,
  asAt: IsoDate | null,
): MtfpDemandCosts | null {
  if (!history || asAt === null) return null;
  if (registers.mtfpLines.length === 0 && registers.mtfpAssumptions.length === 0) return null;
  const years = planYears(registers);
  const last = years.at(-1);
  const settings = demandSettings(history, asAt);
  if (!last || !settings) return null;
  const days = Math.min(MAX_DAYS, Math.max(settings.days, toDay(yearEnd(last)) - toDay(settings.start)));
  const shared = sharedDemand(registers, history, asAt, { days });
  if ("unavailable" in shared) return null;
  const { projection, basis, settings: used } = shared.demand;
  const words =
    `the demand model's projection from ${longDate(used.start)}, at rates over ${longDate(used.referenceStart)} ` +
    `to ${longDate(used.referenceEnd)} and unit costs to ${longDate(basis.unitCostsTo)}, before inflation`;
  const costs = mtfpDemandCosts(projectedCost(projection, basis, null), words);
  return years.some((y) => projectedGrowth(costs, y) !== null) ? costs : null;
}

/** The plan's options: the demand costs when the projection prices a plan year, else none. */
export function planOptions(
  registers: CouncilRegisters,
  history: Ssda903History | undefined,
  asAt: IsoDate | null,
): MtfpPlanOptions {
  const demandCosts = planDemandCosts(registers, history, asAt);
  return demandCosts ? { demandCosts } : {};
}

/** "Demand on placements in 2026-27 and 2027-28 is projected by the demand model: …", or null. */
export function demandModelNote(plan: MtfpPlan): string | null {
  const model = plan.demandModel;
  if (!model || model.years.length === 0) return null;
  const years =
    model.years.length === 1
      ? model.years[0]
      : `${model.years.slice(0, -1).join(", ")} and ${model.years.at(-1)}`;
  const rest =
    model.years.length < plan.years.length ? "; the other years use the demand-growth assumption" : "";
  return `Demand on placements in ${years} is projected by the demand model: ${model.basis}${rest}.`;
}
