/**
 * The year a scenario is priced over: the financial year containing its school day, and that year's
 * school days in the council's term calendar. A calendar with no school day in one of the year's
 * three terms (April–August, September–December, January–March) does not cover the year, and says so.
 */
import type { IsoDate } from "../../calendar/dates.js";
import { type FinancialYear, periodOf, startingYear, yearEnd, yearStart } from "../../calendar/financial.js";
import { schoolDayCounter } from "../../calendar/terms.js";
import type { CouncilRegisters } from "../../registers.js";

export interface SchoolYear {
  year: FinancialYear;
  schoolDays: number;
  warnings: string[];
}

export function schoolYearOf(
  registers: Pick<CouncilRegisters, "terms" | "closures">,
  on: IsoDate,
): SchoolYear {
  const year = periodOf(on).year;
  const start = startingYear(year);
  const count = schoolDayCounter({ terms: registers.terms, closures: registers.closures });
  const parts: [string, IsoDate, IsoDate][] = [
    [`April–August ${start}`, yearStart(year), `${start}-08-31`],
    [`September–December ${start}`, `${start}-09-01`, `${start}-12-31`],
    [`January–March ${start + 1}`, `${start + 1}-01-01`, yearEnd(year)],
  ];
  const missing = parts.filter(([, from, to]) => count(from, to) === 0).map(([name]) => name);
  const warnings: string[] = [];
  if (missing.length > 0)
    warnings.push(
      `terms: the term calendar has no school day in ${missing.join(", ")}, so ${year}'s school days are undercounted`,
    );
  if (count(on, on) === 0) warnings.push(`terms: ${on} is not a school day in the term calendar`);
  return { year, schoolDays: count(yearStart(year), yearEnd(year)), warnings };
}
