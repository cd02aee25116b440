/**
 * Demoshire's registers as they stood at an earlier period end, rebuilt from the simulation's
 * history, so the demo's closed periods have the forecasts the council would have made then.
 *
 * As known at the period end:
 * - placements, posts, routes and pupils that had started by then; an end after the period end was
 *   not known yet, so the row runs on (a placement keeps the planned end set when it started);
 * - placements at the weekly price, and permanent and vacant posts at the pay, in force then, and
 *   the placement price history up to then;
 * - budget lines and budget assumptions of the years to then, actuals and manual adjustments of the
 *   periods to then, and the conversion plans of the period's year;
 * - planned moves and route re-tenders are not simulated for past periods, so none are known;
 * - the term calendar and the council's assumptions as they are now;
 * - the savings registers and the MTFP as they are now: they are plans and their latest position,
 *   not dated history (the 2024-25 budget lines were approved net of the savings from the start);
 * - the measure settings as they are now, measure values of the periods to then, comments made by then;
 * - the postcode grid, the demand costs and the demand scenarios as they are now;
 * - the transport schools and vehicles as they are now, and the transport needs of the pupils who
 *   had started by then (pupils who left before the as-at date are not in the book);
 * - the transport scenarios and plans as they are now;
 * - the scrutiny registers as they are now: a forecast never reads them.
 */
import type { IsoDate } from "../domain/calendar/dates.js";
import {
  comparePeriods,
  type PeriodRef,
  parsePeriodRef,
  periodEnd,
  periodOf,
} from "../domain/calendar/financial.js";
import type { CouncilRegisters } from "../domain/registers.js";
import type { SimulatedCouncil } from "./generate.js";

/** A row's end as known on `day`: an end after it is not known yet. */
const knownEnd = (end: IsoDate | null, day: IsoDate) => (end !== null && end <= day ? end : null);

/** The latest of `history` in force on `day` (each from its `from`), else the first. */
function inForce<T extends { from: IsoDate }>(history: readonly T[], day: IsoDate): T | undefined {
  let found = history[0];
  for (const entry of history) if (entry.from <= day) found = entry;
  return found;
}

export function registersAsAt(simulated: SimulatedCouncil, period: PeriodRef): CouncilRegisters {
  const day = periodEnd(period);
  const now = simulated.registers;
  const byThen = <T extends { year: string; period: number }>(rows: readonly T[]) =>
    rows.filter((row) => comparePeriods({ year: row.year, period: row.period } as PeriodRef, period) <= 0);
  const yearsToThen = <T extends { year: string }>(rows: readonly T[]) =>
    rows.filter((r) => r.year <= period.year);

  const placements = simulated.placements
    .filter(({ placement }) => placement.start <= day)
    .map(({ placement, prices }) => {
      const price = inForce(prices, day);
      return {
        ...placement,
        end: knownEnd(placement.end, day),
        ...(price && {
          weeklyCost: price.weeklyCost,
          healthContribution: price.healthContribution,
          educationContribution: price.educationContribution,
        }),
      };
    });
  const placed = new Set(placements.map((p) => p.placementRef));
  const workforce = simulated.posts
    .filter(({ post }) => post.start <= day)
    .map(({ post, pay }) => ({
      ...post,
      end: knownEnd(post.end, day),
      annualCost: inForce(pay, day)?.annualCost ?? post.annualCost,
    }));
  const started = <T extends { start: IsoDate; end: IsoDate | null }>(rows: readonly T[]) =>
    rows.filter((row) => row.start <= day).map((row) => ({ ...row, end: knownEnd(row.end, day) }));

  const htstPupils = started(now.htstPupils);
  const pupilsThen = new Set(htstPupils.map((p) => p.pupilRef));
  return {
    budgetLines: yearsToThen(now.budgetLines),
    actuals: byThen(now.actuals),
    placements,
    workforce,
    htstRoutes: started(now.htstRoutes),
    htstPupils,
    terms: now.terms,
    closures: now.closures,
    assumptions: now.assumptions,
    budgetAssumptions: yearsToThen(now.budgetAssumptions),
    adjustments: byThen(now.adjustments),
    placementPrices: now.placementPrices.filter((p) => p.from <= day && placed.has(p.placementRef)),
    plannedMoves: [],
    conversionPlans: now.conversionPlans.filter((plan) => periodOf(plan.effectiveDate).year === period.year),
    routeRetenders: [],
    savings: now.savings,
    savingYears: now.savingYears,
    savingMilestones: now.savingMilestones,
    savingComments: now.savingComments,
    savingDrivers: now.savingDrivers,
    mtfpLines: now.mtfpLines,
    mtfpAssumptions: now.mtfpAssumptions,
    mtfpScenarios: now.mtfpScenarios,
    measureSettings: now.measureSettings,
    measureValues: now.measureValues.filter((v) => comparePeriods(parsePeriodRef(v.period), period) <= 0),
    measureComments: now.measureComments.filter((c) => c.date <= day),
    postcodeGrid: now.postcodeGrid,
    demandCosts: now.demandCosts,
    demandScenarios: now.demandScenarios,
    transportSchools: now.transportSchools,
    transportVehicles: now.transportVehicles,
    transportNeeds: now.transportNeeds
      .filter((need) => pupilsThen.has(need.pupilRef))
      .map((need) => ({
        ...need,
        cannotTravelWith: need.cannotTravelWith.filter((ref) => pupilsThen.has(ref)),
      })),
    transportScenarios: now.transportScenarios,
    transportPlans: now.transportPlans,
    scrutinyQuestions: now.scrutinyQuestions,
    scrutinyRecommendations: now.scrutinyRecommendations,
    scrutinyActions: now.scrutinyActions,
    workProgramme: now.workProgramme,
    scrutinyLinks: now.scrutinyLinks,
    committeeReports: now.committeeReports,
  };
}
