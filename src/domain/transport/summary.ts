/**
 * The transport figures a finance officer reads beside the forecast at a period end: cost per pupil
 * (EHCP and mainstream) on the last school day, the expected growth in EHCP pupils, and re-tenders.
 */
import { addDays, type IsoDate } from "../calendar/dates.js";
import { formatPeriodRef, type PeriodRef, periodEnd, yearEnd } from "../calendar/financial.js";
import { schoolDayCounter } from "../calendar/terms.js";
import { type Pence, prorate } from "../money/money.js";
import type { CouncilRegisters } from "../registers.js";
import { type CostPerPupil, costPerPupil, lastSchoolDay } from "./cost-per-pupil.js";
import { type EhcpGrowth, ehcpGrowth, septemberOf } from "./new-routes.js";
import { retenderDifference } from "./retender.js";
import { routeDailyCost } from "./route-cost.js";

export interface RetenderLine {
  routeRef: string;
  operator: string;
  date: IsoDate;
  /** Today's daily cost, with the assistant; null for a route with no price. */
  currentDailyCost: Pence | null;
  /** The new price with the assistant. */
  newDailyCost: Pence;
  /** What it adds after the period end to 31 March. */
  remaining: Pence;
}

export interface TransportSummary {
  period: string;
  asAt: IsoDate;
  /** The school day costed: the last on or before the period end; null with no school day. */
  on: IsoDate | null;
  cost: CostPerPupil | null;
  /** School days in the academic year (1 September to 31 August) that holds `on`. */
  academicYearDays: number;
  /** A year's cost per pupil: the daily cost per pupil × academicYearDays, rounded once. */
  perPupilYear: { ehcp: Pence | null; mainstream: Pence | null };
  growth: EhcpGrowth;
  /** Whether the forecast adds new routes from September (the period ends before it). */
  newRoutesCosted: boolean;
  retenders: RetenderLine[];
}

export function transportSummary(registers: CouncilRegisters, at: PeriodRef): TransportSummary {
  const asAt = periodEnd(at);
  const schoolDays = schoolDayCounter({ terms: registers.terms, closures: registers.closures });
  const on = lastSchoolDay(asAt, schoolDays);
  const cost = on === null ? null : costPerPupil(registers.htstRoutes, registers.htstPupils, on);
  const septemberStart =
    on === null ? null : on.slice(5, 7) >= "09" ? on.slice(0, 4) : String(Number(on.slice(0, 4)) - 1);
  const academicYearDays =
    septemberStart === null
      ? 0
      : schoolDays(`${septemberStart}-09-01`, `${Number(septemberStart) + 1}-08-31`);
  const perYear = (group: CostPerPupil["ehcp"] | undefined) =>
    !group || group.pupils === 0 ? null : prorate(group.dailyCost * academicYearDays, 1, group.pupils);
  const routes = new Map(registers.htstRoutes.map((r) => [r.routeRef, r]));
  const retenders = registers.routeRetenders.flatMap((retender): RetenderLine[] => {
    const route = routes.get(retender.routeRef);
    if (!route) return [];
    const sameRoute = registers.routeRetenders.filter((r) => r.routeRef === retender.routeRef);
    const next = sameRoute
      .filter((r) => r.date > retender.date)
      .sort((a, b) => a.date.localeCompare(b.date))[0];
    const to = next ? addDays(next.date, -1) : yearEnd(at.year);
    return [
      {
        routeRef: route.routeRef,
        operator: route.operator,
        date: retender.date,
        currentDailyCost: routeDailyCost(route),
        newDailyCost: retender.newDailyCost + route.assistantDailyCost,
        remaining: retenderDifference(route, [retender], addDays(asAt, 1), to, schoolDays),
      },
    ];
  });
  return {
    period: formatPeriodRef(at),
    asAt,
    on,
    cost,
    academicYearDays,
    perPupilYear: { ehcp: perYear(cost?.ehcp), mainstream: perYear(cost?.mainstream) },
    growth: ehcpGrowth(registers, at.year, schoolDays),
    newRoutesCosted: asAt < septemberOf(at.year),
    retenders: retenders.sort((a, b) => a.date.localeCompare(b.date) || a.routeRef.localeCompare(b.routeRef)),
  };
}
