/**
 * The staffing drivers that follow the posts: the vacancy factor on what the posts cost, and the
 * agency premium that conversion plans save.
 */
import { assumptionValue } from "../assumptions.js";
import { type Pence, scale } from "../money/money.js";
import type { DriverSource } from "../outturn/drivers.js";
import { planSavings } from "./conversion.js";

/** −(the "vacancy-factor" %) × the posts driver's amount on each line, rounded once per line. */
export function vacancyAllowance(postsCost: Pence, percent: number): Pence {
  return scale(postsCost, -percent / 100);
}

export const vacancyFactor: DriverSource = {
  driver: "vacancy-factor",
  kind: "staffing",
  cost(ctx) {
    const percent = assumptionValue(ctx.registers.assumptions, "vacancy-factor");
    const byCostCentre = new Map<string, Pence>();
    if (percent === 0) return byCostCentre;
    for (const [costCentre, postsCost] of ctx.priced.get("posts") ?? []) {
      byCostCentre.set(costCentre, vacancyAllowance(postsCost, percent));
    }
    return byCostCentre;
  },
};

/** Minus the premium each conversion plan saves from the day after the period end to 31 March. */
export const agencyConversions: DriverSource = {
  driver: "conversions",
  kind: "staffing",
  cost(ctx) {
    const byCostCentre = new Map<string, Pence>();
    for (const saving of planSavings(
      ctx.registers.conversionPlans,
      ctx.registers.workforce,
      ctx.at.year,
      ctx.asAt,
    )) {
      const { plan } = saving;
      if (plan.effectiveDate > ctx.until) continue;
      const key = `conversion-plans ${plan.ref}`;
      if (saving.missing > 0) {
        ctx.warnings.push(
          `${key}: converts ${plan.posts} ${plan.role} posts, but only ${saving.conversions.length} agency ones are in post; the rest save £0`,
        );
      }
      for (const c of saving.conversions) {
        if (c.problem !== null)
          ctx.warnings.push(`${key}: workforce ${c.post.postRef}: ${c.problem}; saves £0`);
        if (c.remaining === 0) continue;
        const costCentre = c.post.costCentre;
        byCostCentre.set(costCentre, (byCostCentre.get(costCentre) ?? 0) - c.remaining);
      }
    }
    return byCostCentre;
  },
};
