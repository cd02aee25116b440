/**
 * The measures that matter: what a measure is (its unit, which way is better, its target and the
 * amber band around it, how often it is read, where its value comes from and who owns it), and the
 * three registers the council keeps for them: its own settings, the values it enters, and dated
 * commentary.
 */

import type { BenchmarkId } from "../benchmarks/pack.js";
import type { IsoDate } from "../calendar/dates.js";

/**
 * count: a number of children (or people); percent: a percentage as a number (10.5 = 10.5%);
 * rate-per-10k: per 10,000 children under 18; pence: money, integer pence.
 */
export type MeasureUnit = "count" | "percent" | "rate-per-10k" | "pence";

/** Is a higher value better, a lower one, or neither (a figure for context, never rated)? */
export type Polarity = "higher-better" | "lower-better" | "neutral";

/**
 * monthly: read at each period end, its history the last 12 periods; annual: read once a year, its
 * history the last 12 financial years (each at 31 March, the current year at the period end).
 */
export type MeasureFrequency = "monthly" | "annual";

/** computed by Outturn from the SSDA903 history or the registers; entered by the council each period. */
export type MeasureSource = "computed" | "entered";

export type MeasureArea = "service" | "finance";

export interface MeasureDefinition {
  id: string;
  name: string;
  /** How the value is made, in one or two sentences a member can follow. */
  description: string;
  unit: MeasureUnit;
  polarity: Polarity;
  /** In the measure's unit; null: no target, so the measure is not rated. */
  target: number | null;
  /** How far on the wrong side of the target is still amber, in the measure's unit (0: none). */
  tolerance: number;
  frequency: MeasureFrequency;
  source: MeasureSource;
  owner: string;
  /** The published benchmark that measures the same thing, where there is one. */
  benchmark: BenchmarkId | null;
  area: MeasureArea;
  /**
   * Its numerator and denominator count children, so anything a member sees suppresses small
   * numbers (1 to 4) and a value made from them.
   */
  counts: boolean;
}

/** red / amber / green against the target; a measure without a target (or neutral) has no rating. */
export type Rag = "red" | "amber" | "green";

/** Against the previous period (or year): better or worse by the polarity, up or down when neutral. */
export type Direction = "improving" | "worsening" | "same" | "up" | "down";

/** A measure's setting, keyed by measure: blank fields keep the built-in catalogue's. */
export interface MeasureSetting {
  measure: string;
  /** In the measure's unit (pence for money); null keeps the catalogue's target. */
  target: number | null;
  /** null keeps the catalogue's tolerance. */
  tolerance: number | null;
  /** "" keeps the catalogue's owner. */
  owner: string;
}

/** An entered measure's value for a period, keyed by measure and period ("2024-25:P7"). */
export interface MeasureValue {
  measure: string;
  period: string;
  value: number;
}

/** A dated comment on a measure for a period, keyed by measure, period, date and author. */
export interface MeasureComment {
  measure: string;
  period: string;
  date: IsoDate;
  author: string;
  text: string;
}

/** A measure's value with the counts it is made from (null where it is not made from counts). */
export interface Figure {
  value: number;
  numerator: number | null;
  denominator: number | null;
}

/** A measure read at a point: its figure, or why there is none. */
export type Reading = Figure | { notAvailable: string };

export const notAvailable = (reason: string): Reading => ({ notAvailable: reason });

/** numerator ÷ denominator as a percentage; not available when the denominator is 0. */
export function share(numerator: number, denominator: number, none: string): Reading {
  if (denominator === 0) return notAvailable(none);
  return { value: (numerator / denominator) * 100, numerator, denominator };
}
