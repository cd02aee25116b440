/**
 * New routes from September: before September the routes register holds only this academic year's
 * routes, so the forecast adds the expected growth in EHCP pupils from the first day of September.
 *
 * growth × current EHCP pupils × current daily cost per EHCP pupil × school days from 1 September
 * to 31 March = growth × the EHCP pupils' share of today's daily route cost × those school days,
 * rounded once per cost centre.
 */

import { ASSUMPTIONS, councilAssumption } from "../assumptions.js";
import type { IsoDate } from "../calendar/dates.js";
import { type FinancialYear, startingYear } from "../calendar/financial.js";
import type { SchoolDayCount } from "../calendar/terms.js";
import { type Pence, prorate, scale } from "../money/money.js";
import type { DriverSource } from "../outturn/drivers.js";
import type { CouncilRegisters } from "../registers.js";
import { costPerPupil, firstSchoolDay, lastSchoolDay } from "./cost-per-pupil.js";
import type { HtstPupil } from "./htst.js";

export interface EhcpGrowth {
  /** A year, as a percentage (11.2 = 11.2%). */
  percent: number;
  /** When measured: the exact ratio (pupils gained ÷ pupils a year before), so money rounds once. */
  ratio: [number, number] | null;
  /** Where the figure comes from, in words. */
  basis: string;
}

/** September of the financial year: 1 September 2024 for 2024-25. */
export function septemberOf(year: FinancialYear): IsoDate {
  return `${startingYear(year)}-09-01`;
}

/** EHCP pupils on transport on a day. */
export function ehcpPupilsOn(pupils: readonly HtstPupil[], on: IsoDate): number {
  return pupils.filter((p) => p.ehcp && p.start <= on && (p.end === null || p.end >= on)).length;
}

/**
 * The expected growth in EHCP pupils for the academic year starting in `year`'s September: the
 * council's "ehcp-transport-growth" if it set one, else measured on the first school day of the
 * last two Septembers (1 September itself is usually in the holiday, when nobody travels).
 */
export function ehcpGrowth(
  registers: Pick<CouncilRegisters, "assumptions" | "htstPupils">,
  year: FinancialYear,
  schoolDays: SchoolDayCount,
): EhcpGrowth {
  const set = councilAssumption(registers.assumptions, "ehcp-transport-growth");
  if (set !== null) return { percent: set, ratio: null, basis: `${set}% a year, set by the council` };
  const start = startingYear(year);
  const [last, now] = [start - 2, start - 1].map(
    (y) => firstSchoolDay(`${y}-09-01`, schoolDays) ?? `${y}-09-01`,
  );
  const [before, after] = [last, now].map((day) => ehcpPupilsOn(registers.htstPupils, day as IsoDate));
  const fallback = ASSUMPTIONS["ehcp-transport-growth"].default;
  if (!before) {
    return {
      percent: fallback,
      ratio: null,
      basis: `${fallback}%: no EHCP pupils on transport on ${last} to measure growth from`,
    };
  }
  const gained = (after ?? 0) - before;
  return {
    percent: (gained / before) * 100,
    ratio: [gained, before],
    basis: `${after} EHCP pupils on transport on ${now} against ${before} on ${last}`,
  };
}

/** An amount grown by the growth: exactly by the measured ratio, or by the council's percentage. */
export function grow(amount: Pence, growth: EhcpGrowth): Pence {
  return growth.ratio
    ? prorate(amount, growth.ratio[0], growth.ratio[1])
    : scale(amount, growth.percent / 100);
}

/** The expected new EHCP routes from September to 31 March, when the period ends before September. */
export const newRoutes: DriverSource = {
  driver: "new-routes",
  kind: "transport",
  cost(ctx) {
    const byCostCentre = new Map<string, Pence>();
    const september = septemberOf(ctx.at.year);
    if (ctx.asAt >= september || ctx.registers.htstRoutes.length === 0) return byCostCentre;
    const day = lastSchoolDay(ctx.asAt, ctx.schoolDays);
    if (day === null) {
      ctx.warnings.push(
        `new routes: no school day in the term calendar before ${ctx.asAt} to cost EHCP pupils on; not forecast`,
      );
      return byCostCentre;
    }
    const growth = ehcpGrowth(ctx.registers, ctx.at.year, ctx.schoolDays);
    const days = ctx.schoolDays(september, ctx.until);
    const { ehcp } = costPerPupil(ctx.registers.htstRoutes, ctx.registers.htstPupils, day);
    for (const [costCentre, daily] of ehcp.byCostCentre) {
      const amount = grow(daily * days, growth);
      if (amount !== 0) byCostCentre.set(costCentre, amount);
    }
    return byCostCentre;
  },
};
