/**
 * The council's projection as the MTFP, the outturn's expected starters and the savings tracker
 * take it: councilDemand, made once per registers, history, date and settings (a monthly report
 * asks for it from three sections), and a projection that cannot be made as a reason, not an error.
 */
import { latestPeriodWithActuals } from "../../domain/budget/ledger.js";
import type { IsoDate } from "../../domain/calendar/dates.js";
import { periodEnd } from "../../domain/calendar/financial.js";
import type { DemandSettings } from "../../domain/demand/model.js";
import { DemandModelError } from "../../domain/demand/projection/estimate.js";
import type { CouncilRegisters } from "../../domain/registers.js";
import type { Ssda903History } from "../../domain/ssda903/history.js";
import { type CouncilDemand, councilDemand, coveredTo } from "./council-demand.js";

export type SharedDemand = { demand: CouncilDemand } | { unavailable: string };

const made = new WeakMap<CouncilRegisters, WeakMap<Ssda903History, Map<string, SharedDemand>>>();

/**
 * The day the council's data stands at: the end of its latest period with ledger actuals (an in-year
 * SSDA903 extract is taken to run to it), else the last day its returns cover.
 */
export function dataAsAt(registers: CouncilRegisters, history: Ssda903History): IsoDate | null {
  const period = latestPeriodWithActuals(registers.actuals);
  return period ? periodEnd(period) : coveredTo(history, "9999-12-31");
}

/** councilDemand, or why there is none: no SSDA903 returns, or a model or scenario that cannot run. */
export function sharedDemand(
  registers: CouncilRegisters,
  history: Ssda903History,
  asAt: IsoDate,
  asked: Partial<DemandSettings> = {},
): SharedDemand {
  const byHistory = made.get(registers) ?? new WeakMap<Ssda903History, Map<string, SharedDemand>>();
  made.set(registers, byHistory);
  const byKey = byHistory.get(history) ?? new Map<string, SharedDemand>();
  byHistory.set(history, byKey);
  const key = JSON.stringify([asAt, asked]);
  const found = byKey.get(key);
  if (found) return found;
  const result = makeDemand(registers, history, asAt, asked);
  byKey.set(key, result);
  return result;
}

function makeDemand(
  registers: CouncilRegisters,
  history: Ssda903History,
  asAt: IsoDate,
  asked: Partial<DemandSettings>,
): SharedDemand {
  if (history.years.length === 0) return { unavailable: "the council has no SSDA903 returns" };
  try {
    const demand = councilDemand(registers, history, asAt, asked);
    return demand ? { demand } : { unavailable: "the council has no SSDA903 returns" };
  } catch (error) {
    if (error instanceof DemandModelError || error instanceof RangeError) {
      return { unavailable: `the demand model could not run: ${error.message}` };
    }
    throw error;
  }
}
