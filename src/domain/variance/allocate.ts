/**
 * Gives every penny of a line's budget and forecast to a cost type, so that the types explain the
 * whole variance: the budget not explained by the budget assumptions goes to the types pro rata to
 * their budgeted cost (which scales each budgeted unit cost by the same factor), and the forecast
 * the typed parts leave (the line's pool) pro rata to the types' forecast cost, or to their budgeted
 * cost when they have none. Exact, in fractions: nothing here rounds.
 */
import type { Pence } from "../money/money.js";
import type { TypeFigures } from "./decompose.js";
import { div, mul, type Rational, ratio, sub, total, ZERO } from "./rational.js";
import type { TypedCost } from "./typed-parts.js";

export interface BudgetedType {
  costType: string;
  number: Rational;
  /** Pence per unit period (a week for placements, a year for staffing). */
  unitCost: Rational;
}

export interface LineInput {
  budget: Pence;
  forecast: Pence;
  /** Unit periods in the year: days ÷ 7 for weekly unit costs, 1 for annual ones. */
  periods: Rational;
  yearDays: number;
  budgeted: readonly BudgetedType[];
  typed: ReadonlyMap<string, TypedCost>;
}

export interface LineFigures {
  types: TypeFigures[];
  /** The budget no type could take: the budget assumptions cost nothing. */
  budgetLeft: boolean;
  /** The forecast no type could take: no type has a forecast or a budgeted cost. */
  forecastLeft: boolean;
}

/** `amount` shared pro rata to `weights`, exactly; null when the weights add up to nothing. */
function proRata(amount: Rational, weights: readonly Rational[]): Rational[] | null {
  const whole = total(weights);
  return whole.n === 0n ? null : weights.map((w) => mul(amount, div(w, whole)));
}

/** The budget's types first, in the order given, then the types only the forecast has, by name. */
export function lineFigures(input: LineInput): LineFigures {
  const { periods, budgeted, typed } = input;
  const named = new Set(budgeted.map((b) => b.costType));
  const extra = [...typed]
    .filter(([costType, t]) => !named.has(costType) && (t.units.n !== 0n || t.cost.n !== 0n))
    .map(([costType]) => costType)
    .sort();
  const types = [...budgeted, ...extra.map((costType) => ({ costType, number: ZERO, unitCost: ZERO }))];

  // Σ N_t U_t W scaled to the budget: each budgeted unit cost × budget ÷ the assumptions' cost.
  const typedBudget = total(types.map((t) => mul(mul(t.number, t.unitCost), periods)));
  const factor = typedBudget.n === 0n ? null : div(ratio(input.budget), typedBudget);
  const unitCost = types.map((t) => (factor === null ? t.unitCost : mul(t.unitCost, factor)));
  const budgetedCost = types.map((t, i) => mul(mul(t.number, unitCost[i] ?? ZERO), periods));

  const forecastCost = types.map((t) => typed.get(t.costType)?.cost ?? ZERO);
  const pool = sub(ratio(input.forecast), total(forecastCost));
  const shares =
    pool.n === 0n ? types.map(() => ZERO) : (proRata(pool, forecastCost) ?? proRata(pool, budgetedCost));
  return {
    types: types.map((t, i) => ({
      costType: t.costType,
      budgetedNumber: t.number,
      budgetedUnitCost: unitCost[i] ?? ZERO,
      actualNumber: div(typed.get(t.costType)?.units ?? ZERO, ratio(input.yearDays)),
      actualCost:
        shares === null ? (forecastCost[i] ?? ZERO) : total([forecastCost[i] ?? ZERO, shares[i] ?? ZERO]),
    })),
    budgetLeft: factor === null && input.budget !== 0,
    forecastLeft: shares === null,
  };
}
