/**
 * Adopted optimised routes: a transport scenario's solved plan adopted from a date (its adoptFrom)
 * changes what transport costs from then. The forecast's "adopted-routes" driver is the plan's daily
 * cost less today's, on every school day from the adoption (or the period's day after, if later) to
 * 31 March, plus the plan's one-off cost (travel training) when the adoption falls in that span, on
 * the scenario's cost centre.
 */
import { maxDate } from "../calendar/dates.js";
import type { Pence } from "../money/money.js";
import type { DriverSource } from "../outturn/drivers.js";

export const adoptedPlans: DriverSource = {
  driver: "adopted-routes",
  kind: "transport",
  cost(ctx) {
    const byCostCentre = new Map<string, Pence>();
    const plans = new Map(ctx.registers.transportPlans.map((p) => [p.scenario, p]));
    for (const scenario of ctx.registers.transportScenarios) {
      const { adoptFrom, costCentre } = scenario;
      if (adoptFrom === null || adoptFrom > ctx.until) continue;
      const row = `transport-scenarios '${scenario.scenario}'`;
      const plan = plans.get(scenario.scenario);
      if (!plan) {
        ctx.warnings.push(
          `${row}: adopted from ${adoptFrom} but never solved (no transport-plans row); counted as £0`,
        );
        continue;
      }
      if (costCentre === null) {
        ctx.warnings.push(`${row}: adopted from ${adoptFrom} with no cost centre; counted as £0`);
        continue;
      }
      const days = ctx.schoolDays(maxDate(adoptFrom, ctx.from), ctx.until);
      const oneOff = adoptFrom >= ctx.from ? plan.oneOffCost : 0;
      const amount = (plan.dailyCost - plan.currentDailyCost) * days + oneOff;
      if (amount !== 0) byCostCentre.set(costCentre, (byCostCentre.get(costCentre) ?? 0) + amount);
    }
    return byCostCentre;
  },
};
