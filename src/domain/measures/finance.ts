/**
 * The finance measures, computed from the registers at a period end: the average weekly cost of a
 * residential placement, the share of social workers who are agency staff, the forecast overspend
 * as a share of the budget, and the share of the year's savings forecast to be delivered.
 */
import { type FinancialYear, formatPeriodRef, type PeriodRef } from "../calendar/financial.js";
import { roundRatioPence } from "../money/money.js";
import { type ForecastOutturn, forecastOutturn } from "../outturn/forecast.js";
import type { CouncilRegisters } from "../registers.js";
import { SAVING_DRIVERS } from "../savings/drivers.js";
import { inPost } from "../workforce/agency-premium.js";
import type { MeasureId } from "./catalogue.js";
import { notAvailable, type Reading, share } from "./measure.js";
import type { MeasurePointRef } from "./points.js";

export interface FinanceContext {
  registers: CouncilRegisters;
  /** The period the measures are asked for: the savings register only knows its latest position. */
  period: string;
  /** Forecasts already made (closed periods' snapshots, the current forecast), by period. */
  forecasts: ReadonlyMap<string, ForecastOutturn>;
}

/** FTE in hundredths, so that 0.6 + 0.8 is 1.4 as the establishment counts it. */
const hundredths = (fte: number) => Math.round(fte * 100);

function forecastAt(ctx: FinanceContext, ref: PeriodRef): ForecastOutturn {
  return ctx.forecasts.get(formatPeriodRef(ref)) ?? forecastOutturn(ctx.registers, ref);
}

function savingsDelivery(r: CouncilRegisters, year: FinancialYear): Reading {
  const known = new Set(r.savings.map((s) => s.ref));
  const years = r.savingYears.filter((y) => y.year === year && known.has(y.ref));
  const target = years.reduce((t, y) => t + y.target, 0);
  const forecast = years.reduce((t, y) => t + y.forecast, 0);
  return target <= 0
    ? notAvailable(`No saving has a target in ${year}.`)
    : { value: (forecast / target) * 100, numerator: forecast, denominator: target };
}

type FinanceMeasure = (ctx: FinanceContext, at: MeasurePointRef) => Reading;

export const FINANCE_MEASURES: Partial<Record<MeasureId, FinanceMeasure>> = {
  "residential-weekly-cost": ({ registers }, { asAt }) => {
    const count = SAVING_DRIVERS["residential-placements"].measure(registers, asAt);
    if (count === 0) return notAvailable(`No residential placement was open on ${asAt}.`);
    const total = SAVING_DRIVERS["residential-weekly-cost"].measure(registers, asAt);
    return { value: roundRatioPence(BigInt(total), BigInt(count)), numerator: null, denominator: count };
  },
  "agency-social-workers": ({ registers }, { asAt }) => {
    const social = registers.workforce.filter(
      (p) => inPost(p, asAt) && p.status !== "vacant" && /social worker/i.test(p.role),
    );
    const fte = (posts: typeof social) => posts.reduce((t, p) => t + hundredths(p.fte), 0) / 100;
    const agency = fte(social.filter((p) => p.status === "agency"));
    return share(agency, fte(social), `No social worker was in post on ${asAt}.`);
  },
  "forecast-overspend": (ctx, { ref }) => {
    if (!ctx.registers.budgetLines.some((line) => line.year === ref.year))
      return notAvailable(`There is no budget for ${ref.year}.`);
    const { total } = forecastAt(ctx, ref);
    return total.budget === 0
      ? notAvailable(`The budget for ${ref.year} is nil.`)
      : {
          value: (total.variance / total.budget) * 100,
          numerator: total.variance,
          denominator: total.budget,
        };
  },
  "savings-delivery": (ctx, { period, ref }) =>
    period === ctx.period
      ? savingsDelivery(ctx.registers, ref.year)
      : notAvailable(
          "The savings register keeps only its latest position, so earlier periods are not known.",
        ),
};
