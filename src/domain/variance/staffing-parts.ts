/**
 * The staffing lines' forecast by cost type, a role with "(permanent)" or "(agency)" (see
 * typed-parts.ts): each filled post's cost to the period end and after it, the vacancy factor on the
 * posts' cost of each type, and each conversion plan moving a post's remaining days from the agency
 * to the permanent type of its role. Vacant posts cost nothing, as in the forecast.
 */
import { assumptionValue } from "../assumptions.js";
import { staffingCostType } from "../budget/budget-assumption.js";
import { addDays, daysInclusive, type IsoDate, maxDate, minDate } from "../calendar/dates.js";
import { type PeriodRef, periodEnd, yearEnd, yearStart } from "../calendar/financial.js";
import { MoneyError } from "../money/money.js";
import type { CouncilRegisters } from "../registers.js";
import { planSavings } from "../workforce/conversion.js";
import type { Post } from "../workforce/post.js";
import { missingRate, postCost, postRate } from "../workforce/post-cost.js";
import { add, decimal, mul, ratio } from "./rational.js";
import { addDriver, addTo, eachRow, emptyParts, type TypedParts } from "./typed-parts.js";

/** The post's days in post from `from` to `to`, inclusive. */
function daysInPost(post: Post, from: IsoDate, to: IsoDate): number {
  return daysInclusive(maxDate(from, post.start), post.end === null ? to : minDate(to, post.end));
}

export function staffingParts(registers: CouncilRegisters, at: PeriodRef, yearDays: number): TypedParts {
  const parts = emptyParts();
  const [first, asAt, until] = [yearStart(at.year), periodEnd(at), yearEnd(at.year)];
  const from = addDays(asAt, 1);
  const vacant = decimal(-assumptionValue(registers.assumptions, "vacancy-factor") / 100);

  eachRow(
    parts,
    registers.workforce,
    (post) => `workforce ${post.postRef}`,
    (post) => {
      if (post.status === "vacant") return;
      const type = staffingCostType(post.role, post.status);
      const fte = decimal(post.fte);
      const pastDays = daysInPost(post, first, asAt);
      if (pastDays > 0) {
        const rate = postRate(post);
        if (rate === null) throw new MoneyError(missingRate(post));
        addTo(parts.units, post.costCentre, type, mul(fte, ratio(pastDays)));
        addTo(parts.actualToDate, post.costCentre, type, ratio(BigInt(rate) * BigInt(pastDays), yearDays));
      }
      const cost = postCost(post, from, until, yearDays);
      if (cost === null) throw new MoneyError(missingRate(post));
      const days = mul(fte, ratio(daysInPost(post, from, until)));
      addDriver(parts, "posts", post.costCentre, type, ratio(cost));
      addDriver(parts, "vacancy-factor", post.costCentre, type, mul(ratio(cost), vacant));
      // The vacancy factor takes its share of the days as well as of the cost.
      addTo(parts.units, post.costCentre, type, mul(days, add(ratio(1), vacant)));
    },
  );

  for (const saving of planSavings(registers.conversionPlans, registers.workforce, at.year, asAt)) {
    if (saving.plan.effectiveDate > until) continue;
    for (const c of saving.conversions) {
      if (c.remaining === 0 || !c.premium || c.agencyCost === null || c.permanentCost === null) continue;
      // The share of the year still to convert: what the plan saves ÷ the post's premium a year.
      const share = ratio(c.remaining, c.premium);
      const { costCentre, role } = c.post;
      const [agency, permanent] = [staffingCostType(role, "agency"), staffingCostType(role, "permanent")];
      addDriver(parts, "conversions", costCentre, agency, mul(ratio(-c.agencyCost), share));
      addDriver(parts, "conversions", costCentre, permanent, mul(ratio(c.permanentCost), share));
      const days = mul(mul(decimal(c.post.fte), ratio(yearDays)), share);
      addTo(parts.units, costCentre, agency, mul(days, ratio(-1)));
      addTo(parts.units, costCentre, permanent, days);
    }
  }
  return parts;
}
