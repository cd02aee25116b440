/**
 * Everything a driver source needs to price the rest of the year, worked out once per forecast,
 * and where it reports what it priced and what it could not.
 */
import type { LedgerActual } from "../budget/budget.js";
import { addDays, DateError, type IsoDate, isIsoDate } from "../calendar/dates.js";
import { daysInYear, type PeriodNumber, type PeriodRef, periodEnd, yearEnd } from "../calendar/financial.js";
import {
  type SchoolDayCount,
  schoolDayCounter,
  type TermCalendar,
  validateTermCalendar,
} from "../calendar/terms.js";
import { MoneyError, type Pence } from "../money/money.js";
import { monthsLeft } from "../placements/expected.js";
import {
  chooseStarters,
  type ProjectedStarters,
  type StarterProjection,
} from "../placements/projected-starters.js";
import type { CouncilRegisters } from "../registers.js";
import type { DriverName } from "./drivers.js";

/** A register row the forecast priced: what it still costs, and how much of that falls in the next period. */
export interface ForecastItem {
  register: "placements" | "workforce" | "htst-routes";
  key: string;
  costCentre: string;
  /** The price the forecast used: net weekly cost, a post's annual cost or day rate × FTE × 228, a route's daily cost. */
  rate: Pence;
  /** Cost from the day after the period end to 31 March. */
  remaining: Pence;
  /** The part of `remaining` that falls in the next period (0 at P12). */
  nextPeriod: Pence;
}

export interface ForecastContext {
  registers: CouncilRegisters;
  at: PeriodRef;
  /** The period end. */
  asAt: IsoDate;
  /** The day after the period end. */
  from: IsoDate;
  /** 31 March. */
  until: IsoDate;
  /** The end of the next period (the period end itself at P12). */
  nextEnd: IsoDate;
  yearDays: number;
  schoolDays: SchoolDayCount;
  /** Ledger actuals for periods 1..n of the year, by cost centre. */
  actualToDate: ReadonlyMap<string, Pence>;
  /** What earlier sources priced, by driver and cost centre. */
  priced: Map<DriverName, Map<string, Pence>>;
  items: ForecastItem[];
  warnings: string[];
  /** The demand model's expected starters, when the council chose them and they cover the months left. */
  projectedStarters?: ProjectedStarters;
}

/** What the forecast takes besides the registers, worked out outside it. */
export interface ForecastOptions {
  /** The demand model's expected starters: used when the council's "expected-starters-source" is 1. */
  starters?: StarterProjection;
}

export function forecastContext(
  registers: CouncilRegisters,
  at: PeriodRef,
  options: ForecastOptions = {},
): ForecastContext {
  const asAt = periodEnd(at);
  const warnings: string[] = [];
  const projectedStarters = chooseStarters(registers, monthsLeft({ at }), options.starters, warnings);
  return {
    ...(projectedStarters ? { projectedStarters } : {}),
    registers,
    at,
    asAt,
    from: addDays(asAt, 1),
    until: yearEnd(at.year),
    nextEnd: at.period === 12 ? asAt : periodEnd({ year: at.year, period: (at.period + 1) as PeriodNumber }),
    yearDays: daysInYear(at.year),
    schoolDays: calendarCounter({ terms: registers.terms, closures: registers.closures }, warnings),
    actualToDate: actualsToDate(registers.actuals, at),
    priced: new Map(),
    items: [],
    warnings,
  };
}

/**
 * Prices one register row to 31 March and to the next period's end, adds it to `byCostCentre`, and
 * lists it among the items. A row that cannot be priced is reported, not guessed.
 */
export function priceItem(
  ctx: ForecastContext,
  byCostCentre: Map<string, Pence>,
  item: Pick<ForecastItem, "register" | "key" | "costCentre">,
  rate: () => Pence | null,
  costTo: (to: IsoDate) => Pence | string,
): void {
  let result: Pence | string;
  let next: Pence | string = 0;
  try {
    result = costTo(ctx.until);
    if (typeof result === "number" && result !== 0) next = costTo(ctx.nextEnd);
  } catch (error) {
    if (!(error instanceof DateError || error instanceof MoneyError)) throw error;
    result = error.message;
  }
  if (typeof result === "string") {
    ctx.warnings.push(`${item.register} ${item.key}: ${result}; counted as £0`);
    return;
  }
  if (result === 0) return;
  byCostCentre.set(item.costCentre, (byCostCentre.get(item.costCentre) ?? 0) + result);
  ctx.items.push({
    ...item,
    rate: rate() ?? 0,
    remaining: result,
    nextPeriod: typeof next === "number" ? next : 0,
  });
}

function actualsToDate(actuals: readonly LedgerActual[], at: PeriodRef): Map<string, Pence> {
  const byCostCentre = new Map<string, Pence>();
  for (const a of actuals) {
    if (a.year !== at.year || a.period > at.period) continue;
    byCostCentre.set(a.costCentre, (byCostCentre.get(a.costCentre) ?? 0) + a.amount);
  }
  return byCostCentre;
}

/** The council's school-day count. Its calendar's problems are reported; dates that cannot be read are left out. */
function calendarCounter(calendar: TermCalendar, warnings: string[]): SchoolDayCount {
  warnings.push(...validateTermCalendar(calendar).map((problem) => `term calendar: ${problem}`));
  return schoolDayCounter({
    terms: calendar.terms.filter((term) => isIsoDate(term.start) && isIsoDate(term.end)),
    closures: calendar.closures.filter((closure) => isIsoDate(closure.date)),
  });
}
