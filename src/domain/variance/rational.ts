/**
 * Exact fractions of big integers, for sums whose parts would each round differently: the variance
 * analysis forms price, volume and mix exactly and rounds each once, through money.ts.
 */
import { MoneyError, type Pence, roundRatioPence } from "../money/money.js";

export interface Rational {
  readonly n: bigint;
  /** Always positive. */
  readonly d: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let [x, y] = [a < 0n ? -a : a, b];
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

export function ratio(n: bigint | number, d: bigint | number = 1n): Rational {
  const [num, den] = [BigInt(n), BigInt(d)];
  if (den === 0n) throw new MoneyError("division by zero");
  const sign = den < 0n ? -1n : 1n;
  const g = gcd(num, den < 0n ? -den : den) || 1n;
  return { n: (sign * num) / g, d: (sign * den) / g };
}

export const ZERO: Rational = ratio(0);

/** A decimal such as an FTE of 0.6 or 12.37 placements, exactly as written (to 12 places). */
export function decimal(value: number): Rational {
  if (!Number.isFinite(value)) throw new MoneyError(`not a finite number: ${value}`);
  const [whole = "0", fraction = ""] = Math.abs(value).toFixed(12).split(".");
  const n = BigInt(whole + fraction) * (value < 0 ? -1n : 1n);
  return ratio(n, 10n ** BigInt(fraction.length));
}

export const add = (a: Rational, b: Rational): Rational => ratio(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Rational, b: Rational): Rational => ratio(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Rational, b: Rational): Rational => ratio(a.n * b.n, a.d * b.d);
export const div = (a: Rational, b: Rational): Rational => ratio(a.n * b.d, a.d * b.n);

export function total(values: Iterable<Rational>): Rational {
  let sum = ZERO;
  for (const value of values) sum = add(sum, value);
  return sum;
}

/** A fraction of pence rounded once by money.ts's one rule. */
export function toPence(a: Rational): Pence {
  return roundRatioPence(a.n, a.d);
}

/**
 * Each value rounded so the rounded values add up to the rounded total: the running total is rounded
 * once after each value, and a value's figure is the step between two rounded running totals (so
 * each is within a penny of its exact amount, and an exact total in whole pence is kept exactly).
 */
export function roundAlong(values: readonly Rational[]): Pence[] {
  let [sofar, rounded] = [ZERO, 0];
  return values.map((value) => {
    sofar = add(sofar, value);
    const next = toPence(sofar);
    const step = next - rounded;
    rounded = next;
    return step;
  });
}

/** For display only (numbers of placements or FTE), never for money. */
export function toNumber(a: Rational): number {
  return Number(a.n) / Number(a.d);
}
