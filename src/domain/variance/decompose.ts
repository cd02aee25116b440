/**
 * The standard split of a line's variance into price, volume and mix, against the budget's own
 * numbers and unit costs by cost type. With W the unit periods in the year (weeks, or 1 for a year),
 * N_t and U_t the budgeted number and unit cost of type t, n_t and A_t its actual number and cost,
 * N = Σ N_t, n = Σ n_t and Ū = Σ N_t U_t ÷ N the budgeted average unit cost:
 *   volume = (n − N) × Ū × W
 *   mix    = Σ (n_t − n × N_t ÷ N) × U_t × W
 *   price  = Σ (A_t − n_t × U_t × W)          (= Σ n_t × (actual unit cost − U_t) × W)
 * so price + volume + mix = Σ A_t − Σ N_t U_t W exactly. Each is formed in exact fractions and
 * rounded once to the penny; the residual is the variance less the three rounded parts, so the four
 * add up to the variance to the penny. The residual holds what the typed figures do not explain:
 * costs outside the register, budget not set by type, and the rounding of the other three.
 * With no budgeted number at all (N = 0), everything priced at budgeted unit costs is volume.
 */
import type { Pence } from "../money/money.js";
import { div, mul, type Rational, sub, toNumber, toPence, total, ZERO } from "./rational.js";

export interface TypeFigures {
  costType: string;
  budgetedNumber: Rational;
  /** Pence per unit period (a week for placements, a year for staffing). */
  budgetedUnitCost: Rational;
  actualNumber: Rational;
  /** Pence for the whole year, actual and forecast. */
  actualCost: Rational;
}

export interface DecompositionInput {
  /** Unit periods in the year: days ÷ 7 for weekly unit costs, 1 for annual ones. */
  periods: Rational;
  budget: Pence;
  forecast: Pence;
  types: readonly TypeFigures[];
}

export interface TypeVariance {
  costType: string;
  budgetedNumber: number;
  budgetedUnitCost: Pence;
  budgetedCost: Pence;
  /** Average over the year, to 2 decimal places. */
  actualNumber: number;
  /** Null when the type has no actual number. */
  actualUnitCost: Pence | null;
  actualCost: Pence;
}

export interface VarianceSplit {
  variance: Pence;
  price: Pence;
  volume: Pence;
  mix: Pence;
  /** variance − price − volume − mix: what the typed figures do not explain, and rounding. */
  residual: Pence;
  types: TypeVariance[];
  /** The budget not set by type, and the forecast not from the typed register figures. */
  untypedBudget: Pence;
  untypedForecast: Pence;
}

const twoPlaces = (value: Rational) => Math.round(toNumber(value) * 100) / 100;

export function decomposeVariance(input: DecompositionInput): VarianceSplit {
  const { periods, types } = input;
  const atBudgetPrice = (t: TypeFigures, number: Rational) => mul(mul(number, t.budgetedUnitCost), periods);
  const budgetedCost = types.map((t) => atBudgetPrice(t, t.budgetedNumber));
  const actualsAtBudgetPrice = total(types.map((t) => atBudgetPrice(t, t.actualNumber)));
  const budgetedTotal = total(budgetedCost);
  const [n, N] = [total(types.map((t) => t.actualNumber)), total(types.map((t) => t.budgetedNumber))];

  const price = toPence(sub(total(types.map((t) => t.actualCost)), actualsAtBudgetPrice));
  const volumeExact = N.n === 0n ? actualsAtBudgetPrice : mul(sub(n, N), div(budgetedTotal, N));
  const volume = toPence(volumeExact);
  const mix = toPence(N.n === 0n ? ZERO : sub(actualsAtBudgetPrice, mul(n, div(budgetedTotal, N))));
  const variance = input.forecast - input.budget;

  const typeRows = types.map(
    (t, i): TypeVariance => ({
      costType: t.costType,
      budgetedNumber: twoPlaces(t.budgetedNumber),
      budgetedUnitCost: toPence(t.budgetedUnitCost),
      budgetedCost: toPence(budgetedCost[i] ?? ZERO),
      actualNumber: twoPlaces(t.actualNumber),
      actualUnitCost:
        t.actualNumber.n === 0n ? null : toPence(div(t.actualCost, mul(t.actualNumber, periods))),
      actualCost: toPence(t.actualCost),
    }),
  );
  return {
    variance,
    price,
    volume,
    mix,
    residual: variance - price - volume - mix,
    types: typeRows,
    untypedBudget: input.budget - typeRows.reduce((sum, t) => sum + t.budgetedCost, 0),
    untypedForecast: input.forecast - typeRows.reduce((sum, t) => sum + t.actualCost, 0),
  };
}
