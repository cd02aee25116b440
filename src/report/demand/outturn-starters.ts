/**
 * The outturn's expected starters from the council's projection: the same model, reference period
 * and start as the demand page (run on to 31 March where 24 months fall short), the starters it
 * projects into each placement category in each month left (entries, moves from another category,
 * and moves within one at the rate the reference period shows), split across Outturn's placement
 * types by the cost sub-types' shares (domain/demand/costs/). The forecast uses them when the
 * council's "expected-starters-source" is 1.
 */
import { addDays, toDay } from "../../domain/calendar/dates.js";
import { type PeriodRef, periodEnd, yearEnd } from "../../domain/calendar/financial.js";
import { replacementRates } from "../../domain/demand/costs/replacements.js";
import { projectedStarters } from "../../domain/demand/costs/starters.js";
import { placementTypeShares } from "../../domain/demand/costs/type-shares.js";
import { MAX_DAYS } from "../../domain/demand/projection/project.js";
import { longDate } from "../../domain/demand/words.js";
import type { StarterProjection } from "../../domain/placements/projected-starters.js";
import type { CouncilRegisters } from "../../domain/registers.js";
import type { Ssda903History } from "../../domain/ssda903/history.js";
import { demandSettings } from "./council-demand.js";
import { sharedDemand } from "./shared-demand.js";

/** The model's starters in each month after the period to 31 March, or why there are none. */
export function starterProjection(
  registers: CouncilRegisters,
  history: Ssda903History,
  at: PeriodRef,
): StarterProjection {
  const asAt = periodEnd(at);
  const settings = demandSettings(history, asAt);
  if (!settings) return { unavailable: "the council has no SSDA903 returns" };
  const until = yearEnd(at.year);
  const needed = toDay(until) - toDay(settings.start);
  if (needed > MAX_DAYS) {
    return {
      unavailable: `its SSDA903 returns end on ${longDate(settings.start)}, more than four years before ${longDate(until)}`,
    };
  }
  const shared = sharedDemand(registers, history, asAt, needed > settings.days ? { days: needed } : {});
  if ("unavailable" in shared) return shared;
  const { projection, basis, settings: used } = shared.demand;
  const shares = placementTypeShares(history, basis, used.compatibility);
  const within = replacementRates(history, used).rates;
  const words = `the demand model's projection from ${longDate(used.start)}, at rates over ${longDate(used.referenceStart)} to ${longDate(used.referenceEnd)}`;
  return projectedStarters(projection, shares, { firstMonth: addDays(asAt, 1), until, within }, words);
}
