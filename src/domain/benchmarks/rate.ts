/**
 * Rates and percentages rounded as the DfE rounds them in "Children looked after in England":
 * number ÷ population × 10,000 to a whole number, and percentages to whole numbers (EHCP
 * timeliness to one decimal place), half up.
 *
 * Half up is the rule: every England, region and LA rate per 10,000 at 31 March, 2020–2024,
 * recomputes from its number and population estimate by it (see rate.test.ts). No published rate
 * falls exactly on a half, so the file cannot tell half up from half to even; half up is what the
 * DfE's own tools (and Excel's ROUND) do. The arithmetic is exact: the ratio is formed in integers
 * and rounded once.
 */

/** numerator × scale ÷ denominator rounded half up, exactly; null if either is unknown or the denominator is 0. */
export function roundedRatio(
  numerator: number | null,
  denominator: number | null,
  scale: number,
): number | null {
  if (numerator === null || denominator === null || denominator <= 0) return null;
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || numerator < 0) {
    throw new RangeError(`a count must be a whole number of 0 or more: ${numerator} of ${denominator}`);
  }
  const n = BigInt(numerator) * BigInt(scale);
  const d = BigInt(denominator);
  return Number((2n * n + d) / (2n * d));
}

/** Children per 10,000 children under 18, to a whole number, as the DfE publishes it. */
export function ratePer10k(number: number | null, population: number | null): number | null {
  return roundedRatio(number, population, 10_000);
}

/** A percentage rounded half up to `decimals` places (0 for the CLA release, 1 for EHCP timeliness). */
export function percentage(
  numerator: number | null,
  denominator: number | null,
  decimals: 0 | 1 = 0,
): number | null {
  const tenths = decimals === 1 ? 10 : 1;
  const scaled = roundedRatio(numerator, denominator, 100 * tenths);
  return scaled === null ? null : scaled / tenths;
}
