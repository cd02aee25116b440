/**
 * Every part of a placements or staffing line's forecast by cost type: what the registers cost to the
 * period end (the ledger actuals they match) and what each driver priced for each type, with the
 * placement-days (or FTE-days) of each type in the year. The method is in docs/forecast.md.
 */
import { DateError } from "../calendar/dates.js";
import { MoneyError } from "../money/money.js";
import type { DriverName } from "../outturn/drivers.js";
import type { ForecastLine } from "../outturn/forecast.js";
import { add, div, mul, type Rational, ratio, sub, total, ZERO } from "./rational.js";

/** By cost centre, then by cost type; exact. */
export type ByType = Map<string, Map<string, Rational>>;

export interface TypedParts {
  /** Placement-days, or FTE-days, in the year: to the period end, then forecast to 31 March. */
  units: ByType;
  /** The registers' cost from 1 April to the period end, in pence: what they match of the ledger. */
  actualToDate: ByType;
  /** What each driver priced for each type after the period end, in unrounded pence. */
  drivers: Map<DriverName, ByType>;
  /** Rows that could not be typed or priced, each naming its register and key. */
  warnings: string[];
}

export function emptyParts(): TypedParts {
  return { units: new Map(), actualToDate: new Map(), drivers: new Map(), warnings: [] };
}

export function addTo(byType: ByType, costCentre: string, costType: string, amount: Rational): void {
  const types = byType.get(costCentre) ?? new Map<string, Rational>();
  types.set(costType, add(types.get(costType) ?? ZERO, amount));
  byType.set(costCentre, types);
}

export function addDriver(
  parts: TypedParts,
  driver: DriverName,
  costCentre: string,
  costType: string,
  amount: Rational,
): void {
  const byType = parts.drivers.get(driver) ?? new Map<string, Map<string, Rational>>();
  addTo(byType, costCentre, costType, amount);
  parts.drivers.set(driver, byType);
}

/** Prices each row; a row whose dates or amounts cannot be read is reported and left out. */
export function eachRow<T>(
  parts: TypedParts,
  rows: readonly T[],
  name: (row: T) => string,
  price: (row: T) => void,
): void {
  for (const row of rows) {
    try {
      price(row);
    } catch (error) {
      if (!(error instanceof DateError || error instanceof MoneyError)) throw error;
      parts.warnings.push(`${name(row)}: ${error.message}; left out of the variance analysis`);
    }
  }
}

export interface TypedCost {
  /** Placement-days, or FTE-days, in the year. */
  units: Rational;
  /** Pence, exactly. */
  cost: Rational;
}

/**
 * A cost centre's placement-days (or FTE-days) in the year by type, with the registers' cost to the
 * period end; at P12, the whole year as the registers have it.
 */
export function typedYear(parts: TypedParts, costCentre: string): Map<string, TypedCost> {
  const units = parts.units.get(costCentre) ?? new Map<string, Rational>();
  const cost = parts.actualToDate.get(costCentre) ?? new Map<string, Rational>();
  return new Map(
    [...new Set([...units.keys(), ...cost.keys()])].map((costType) => [
      costType,
      { units: units.get(costType) ?? ZERO, cost: cost.get(costType) ?? ZERO },
    ]),
  );
}

/**
 * A line's forecast by type, before the part no type explains: the registers' cost to the period
 * end, then each driver's amount on the line. A driver's typed amounts count as they are; the
 * difference its own rounding makes on the line is shared among its types in the same proportions,
 * and a driver with no typed amounts on the line (manual adjustments, any driver not typed) is left
 * for the line's pool, as is the ledger's actual to date less what the registers match.
 */
export function typedForecast(line: ForecastLine, parts: TypedParts): Map<string, TypedCost> {
  const typed = typedYear(parts, line.costCentre);
  const addCost = (costType: string, amount: Rational) => {
    const sofar = typed.get(costType) ?? { units: ZERO, cost: ZERO };
    typed.set(costType, { units: sofar.units, cost: add(sofar.cost, amount) });
  };
  for (const { driver, amount } of line.drivers) {
    const weights = parts.drivers.get(driver)?.get(line.costCentre);
    if (!weights) continue;
    const priced = total(weights.values());
    const rounding = sub(ratio(amount), priced);
    if (rounding.n !== 0n && priced.n === 0n) continue;
    for (const [costType, weight] of weights) {
      addCost(costType, rounding.n === 0n ? weight : add(weight, mul(rounding, div(weight, priced))));
    }
  }
  return typed;
}
