/**
 * The standard split of a line's variance into price, volume and mix, against the budget's own
 * numbers and unit costs by cost type. With W the unit periods in the year (weeks, or 1 for a year),
 * N_t and U_t the budgeted number and unit cost of type t, n_t and A_t its actual number and cost,
 * N = Σ N_t, n = Σ n_t and Ū = Σ N_t U_t ÷ N the budgeted average unit cost:
 *   volume = (n − N) × Ū × W
 *   mix    = Σ (n_t − n × N_t ÷ N) × U_t × W
 *   price  = Σ (A_t − n_t × U_t × W)          (= Σ n_t × (actual unit cost − U_t) × W)
 * so price + volume + mix = Σ A_t − Σ N_t U_t W exactly, in fractions. When every penny of the
 * budget and forecast has a type (allocate.ts), that is the variance. Volume and mix are each
 * rounded once to the penny and price is the variance less them, so it takes the rounding remainder
 * (at most a penny) and price + volume + mix = variance to the penny, always.
 * With no budgeted number at all (N = 0), everything priced at budgeted unit costs is volume.
 */
import type { Pence } from "../money/money.js";
import {
  div,
  mul,
  type Rational,
  ratio,
  roundAlong,
  sub,
  toNumber,
  toPence,
  total,
  ZERO,
} from "./rational.js";

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
  /** variance − volume − mix: the exact price and the rounding remainder. */
  price: Pence;
  volume: Pence;
  mix: Pence;
  types: TypeVariance[];
}

export interface ExactSplit {
  price: Rational;
  volume: Rational;
  mix: Rational;
}

const twoPlaces = (value: Rational) => Math.round(toNumber(value) * 100) / 100;
const atBudgetPrice = (t: TypeFigures, number: Rational, periods: Rational) =>
  mul(mul(number, t.budgetedUnitCost), periods);

/** Price, volume and mix in exact fractions. */
export function exactSplit(periods: Rational, types: readonly TypeFigures[]): ExactSplit {
  const actualsAtBudgetPrice = total(types.map((t) => atBudgetPrice(t, t.actualNumber, periods)));
  const budgetedTotal = total(types.map((t) => atBudgetPrice(t, t.budgetedNumber, periods)));
  const [n, N] = [total(types.map((t) => t.actualNumber)), total(types.map((t) => t.budgetedNumber))];
  return {
    price: sub(total(types.map((t) => t.actualCost)), actualsAtBudgetPrice),
    volume: N.n === 0n ? actualsAtBudgetPrice : mul(sub(n, N), div(budgetedTotal, N)),
    mix: N.n === 0n ? ZERO : sub(actualsAtBudgetPrice, mul(n, div(budgetedTotal, N))),
  };
}

export function decomposeVariance(input: DecompositionInput): VarianceSplit {
  const { periods, types } = input;
  const exact = exactSplit(periods, types);
  const [volume, mix] = [toPence(exact.volume), toPence(exact.mix)];
  const variance = input.forecast - input.budget;
  const budgetedCost = roundAlong(types.map((t) => atBudgetPrice(t, t.budgetedNumber, periods)));
  const actualCost = roundAlong(types.map((t) => t.actualCost));
  return {
    variance,
    // In exact integers, so a split beyond the range of pence is refused rather than rounded.
    price: toPence(sub(ratio(variance), total([ratio(volume), ratio(mix)]))),
    volume,
    mix,
    types: types.map(
      (t, i): TypeVariance => ({
        costType: t.costType,
        budgetedNumber: twoPlaces(t.budgetedNumber),
        budgetedUnitCost: toPence(t.budgetedUnitCost),
        budgetedCost: budgetedCost[i] ?? 0,
        actualNumber: twoPlaces(t.actualNumber),
        actualUnitCost:
          t.actualNumber.n === 0n ? null : toPence(div(t.actualCost, mul(t.actualNumber, periods))),
        actualCost: actualCost[i] ?? 0,
      }),
    ),
  };
}
