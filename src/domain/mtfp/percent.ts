/**
 * Percentages as the plan uses them (3.5 = 3.5%), applied to pence exactly: each percentage becomes
 * a fraction of integers, the product is formed in big integers and rounded once by the money rule.
 */
import { type Pence, roundRatioPence } from "../money/money.js";

/** A finite decimal as an exact fraction: 3.5 → [35n, 10n]. */
export function decimalFraction(value: number): [bigint, bigint] {
  if (!Number.isFinite(value)) throw new Error(`not a finite percentage: ${value}`);
  const [whole = "0", fraction = ""] = Math.abs(value).toFixed(9).replace(/0+$/, "").split(".");
  const numerator = BigInt(whole + fraction) * (value < 0 ? -1n : 1n);
  return [numerator, 10n ** BigInt(fraction.length)];
}

/** amount × p1% × p2% × …, rounded once. */
export function percentOf(amount: Pence, ...percents: number[]): Pence {
  let numerator = BigInt(amount);
  let denominator = 1n;
  for (const percent of percents) {
    const [n, d] = decimalFraction(percent);
    numerator *= n;
    denominator *= d * 100n;
  }
  return roundRatioPence(numerator, denominator);
}

/** The full pressure that `amount` funds at `share` percent: amount × 100 ÷ share, rounded once. */
export function grossOfFunded(amount: Pence, share: number): Pence {
  const [n, d] = decimalFraction(share);
  return roundRatioPence(BigInt(amount) * 100n * d, n);
}

/**
 * What `amount` grows by in `years` years of `percent` a year, compounding:
 * amount × ((1 + p)^years − 1), rounded once.
 */
export function compoundGrowth(amount: Pence, percent: number, years: number): Pence {
  const [n, d] = decimalFraction(percent);
  const base = d * 100n;
  const grown = (base + n) ** BigInt(years);
  const start = base ** BigInt(years);
  return roundRatioPence(BigInt(amount) * (grown - start), start);
}

/** "3.5%": a percentage as a sentence prints it. */
export function formatPercent(percent: number): string {
  return `${Number(percent.toFixed(9))}%`;
}
