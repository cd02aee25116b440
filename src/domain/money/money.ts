/**
 * Money is integer pence everywhere inside Outturn. Every rounding rule lives in this file.
 *
 * The one rule: a fractional amount of pence rounds half away from zero (as Excel's ROUND does,
 * so figures agree with the spreadsheets councils publish). Pro-rating is exact: the product is
 * formed in integers and divided once, so it rounds once.
 */
export type Pence = number;

export class MoneyError extends Error {}

export function isPence(value: unknown): value is Pence {
  return typeof value === "number" && Number.isSafeInteger(value);
}

export function assertPence(value: number, what = "amount"): Pence {
  if (!isPence(value)) throw new MoneyError(`${what} must be a whole number of pence, got ${value}`);
  return value;
}

/** Rounds a ratio of integers to the nearest integer, half away from zero. Exact for any size. */
function roundRatio(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new MoneyError("division by zero");
  if (denominator < 0n) return roundRatio(-numerator, -denominator);
  const negative = numerator < 0n;
  const magnitude = negative ? -numerator : numerator;
  const rounded = (2n * magnitude + denominator) / (2n * denominator);
  return negative ? -rounded : rounded;
}

function toSafeNumber(value: bigint): Pence {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new MoneyError(`amount out of range: ${value} pence`);
  return n;
}

/** Any real number of pence, rounded by the one rule. Use only where a value is already fractional. */
export function roundPence(value: number): Pence {
  if (!Number.isFinite(value)) throw new MoneyError(`not a finite amount: ${value}`);
  const rounded = Math.sign(value) * Math.round(Math.abs(value));
  return rounded === 0 ? 0 : rounded;
}

/** A fraction of pence formed in exact (big) integers, numerator ÷ denominator, rounded once. */
export function roundRatioPence(numerator: bigint, denominator: bigint): Pence {
  return toSafeNumber(roundRatio(numerator, denominator));
}

/** amount × numerator ÷ denominator, with integer numerator and denominator, rounded once. */
export function prorate(amount: Pence, numerator: number, denominator: number): Pence {
  assertPence(amount);
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator)) {
    throw new MoneyError(`pro-rating needs whole numbers, got ${numerator}/${denominator}`);
  }
  return toSafeNumber(roundRatio(BigInt(amount) * BigInt(numerator), BigInt(denominator)));
}

/** amount × a decimal factor such as an FTE of 0.6 or a rate of 1.035, rounded once. */
export function scale(amount: Pence, factor: number): Pence {
  assertPence(amount);
  if (!Number.isFinite(factor)) throw new MoneyError(`not a finite factor: ${factor}`);
  const [whole = "0", fraction = ""] = Math.abs(factor).toFixed(12).split(".");
  const denominator = 10n ** BigInt(fraction.length);
  const numerator = BigInt(whole + fraction) * (factor < 0 ? -1n : 1n);
  return toSafeNumber(roundRatio(BigInt(amount) * numerator, denominator));
}

export function sum(amounts: Iterable<Pence>): Pence {
  let total = 0;
  for (const amount of amounts) total += amount;
  return assertPence(total, "total");
}

/**
 * Splits a total into parts in proportion to non-negative weights so that the parts add up to the
 * total exactly (largest remainder; ties go to the earlier part).
 */
export function allocate(total: Pence, weights: readonly number[]): Pence[] {
  assertPence(total);
  if (weights.length === 0) throw new MoneyError("nothing to allocate across");
  if (weights.some((w) => !(w >= 0) || !Number.isFinite(w))) throw new MoneyError("weights must be >= 0");
  const weightSum = weights.reduce((a, b) => a + b, 0);
  const shares = weightSum === 0 ? weights.map(() => 1) : weights;
  const shareSum = weightSum === 0 ? weights.length : weightSum;
  const sign = total < 0 ? -1 : 1;
  const magnitude = Math.abs(total);
  const exact = shares.map((w) => (magnitude * w) / shareSum);
  const parts = exact.map((x) => Math.floor(x));
  let left = magnitude - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    parts[i] = (parts[i] ?? 0) + 1;
    left -= 1;
  }
  return parts.map((p) => (p === 0 ? 0 : sign * p));
}

const POUNDS = /^(-)?£?(-)?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/;

/** Parses "£1,234.56", "1234.5", "-12" into pence. More than two decimal places is an error. */
export function parsePounds(text: string): Pence {
  const trimmed = text.trim().replace(/\s/g, "");
  const match = POUNDS.exec(trimmed);
  if (!match || (match[1] && match[2])) throw new MoneyError(`not an amount in pounds: "${text}"`);
  const whole = BigInt((match[3] ?? "0").replace(/,/g, ""));
  const fraction = BigInt((match[4] ?? "").padEnd(2, "0") || "0");
  const pence = whole * 100n + fraction;
  return toSafeNumber(match[1] || match[2] ? -pence : pence) || 0;
}

/** Pounds as a plain decimal for files and JSON: 123456 → "1234.56". */
export function toDecimalPounds(amount: Pence): string {
  assertPence(amount);
  const sign = amount < 0 ? "-" : "";
  const abs = Math.abs(amount);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

const grouped = new Intl.NumberFormat("en-GB");

/** Pounds for people: "£1,234.56", or "£1,235" with wholePounds; negatives as "-£12.00". */
export function formatPounds(amount: Pence, options: { wholePounds?: boolean } = {}): string {
  assertPence(amount);
  if (options.wholePounds) {
    const pounds = roundTo(amount, 100) / 100;
    return `${pounds < 0 ? "-" : ""}£${grouped.format(Math.abs(pounds))}`;
  }
  const sign = amount < 0 ? "-" : "";
  const abs = Math.abs(amount);
  return `${sign}£${grouped.format(Math.floor(abs / 100))}.${String(abs % 100).padStart(2, "0")}`;
}

/** Rounds pence to a whole multiple of `unit` pence (100 = pounds, 100_000 = £'000), by the one rule. */
export function roundTo(amount: Pence, unit: number): Pence {
  return prorate(prorate(amount, 1, unit), unit, 1);
}

/** Whole thousands of pounds, as council tables print them (£'000). */
export function toThousands(amount: Pence): number {
  return prorate(amount, 1, 100_000);
}
