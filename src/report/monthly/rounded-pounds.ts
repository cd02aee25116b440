/** Money as a sentence reads it. */
import { formatPounds, type Pence, roundTo } from "../../domain/money/money.js";

/** "£1.3m", "£850k" or "£420": rounded by the one rule. */
export function roundedPounds(amount: Pence): string {
  const sign = amount < 0 ? "-" : "";
  const abs = Math.abs(amount);
  if (abs >= 100_000_000) return `${sign}£${(roundTo(abs, 10_000_000) / 100_000_000).toFixed(1)}m`;
  if (abs >= 100_000) return `${sign}£${roundTo(abs, 100_000) / 100_000}k`;
  return formatPounds(amount, { wholePounds: true });
}
