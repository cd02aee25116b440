/**
 * A value's RAG rating against its target, and its direction of travel against the previous one,
 * both by the measure's polarity. Values are compared as shown (rounded to the unit's precision), so
 * a change too small to show is "same" and a value shown as the target is on it.
 */
import type { Direction, MeasureDefinition, MeasureUnit, Rag } from "./measure.js";

/** Decimal places a unit is shown to: a percentage to 1, a rate per 10,000 to a whole number. */
export const UNIT_DECIMALS: Readonly<Record<MeasureUnit, number>> = {
  count: 0,
  percent: 1,
  "rate-per-10k": 0,
  pence: 0,
};

/** A value as shown: rounded half away from zero to the unit's decimals. */
export function asShown(value: number, unit: MeasureUnit): number {
  const factor = 10 ** UNIT_DECIMALS[unit];
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * factor)) / factor;
  return rounded === 0 ? 0 : rounded;
}

/**
 * green on the target or the better side of it; amber within the tolerance on the wrong side (its
 * edge included); red beyond it. null when there is no value, no target, or the measure is neutral.
 */
export function ragOf(
  value: number | null,
  d: Pick<MeasureDefinition, "target" | "tolerance" | "polarity" | "unit">,
): Rag | null {
  if (value === null || d.target === null || d.polarity === "neutral") return null;
  const shown = asShown(value, d.unit);
  // How far on the wrong side of the target, in the unit (0 or less: on target or better).
  const shortfall = d.polarity === "higher-better" ? d.target - shown : shown - d.target;
  const gap = asShown(shortfall, d.unit);
  if (gap <= 0) return "green";
  return gap <= d.tolerance ? "amber" : "red";
}

/** Better or worse than the previous value by the polarity (up or down when neutral); null without both. */
export function directionOf(
  value: number | null,
  previous: number | null,
  d: Pick<MeasureDefinition, "polarity" | "unit">,
): Direction | null {
  if (value === null || previous === null) return null;
  const change = asShown(value, d.unit) - asShown(previous, d.unit);
  if (asShown(change, d.unit) === 0) return "same";
  if (d.polarity === "neutral") return change > 0 ? "up" : "down";
  return change > 0 === (d.polarity === "higher-better") ? "improving" : "worsening";
}
