/**
 * The demand model's shapes: states (age bracket × placement category, and "Not in care"), the rates
 * estimated over a reference period, and the daily projection with its variance. The algorithm is
 * the sector's (Data to Insight / Social Finance, cs-demand-model-regional); where its behaviour is
 * arguably wrong, `compatibility: "peer"` keeps it and "outturn" (the default) does better.
 */
import type { IsoDate } from "../calendar/dates.js";

export const AGE_BRACKETS = [
  { label: "Birth to 1", fromYears: 0, toYears: 1 },
  { label: "1 to 5", fromYears: 1, toYears: 5 },
  { label: "5 to 10", fromYears: 5, toYears: 10 },
  { label: "10 to 16", fromYears: 10, toYears: 16 },
  { label: "16 to 18+", fromYears: 16, toYears: null },
] as const;
export type AgeBracket = (typeof AGE_BRACKETS)[number]["label"];

export const PLACEMENT_CATEGORIES = ["Fostering", "Residential", "Supported", "Other"] as const;
export type PlacementCategory = (typeof PLACEMENT_CATEGORIES)[number];
export const NOT_IN_CARE = "Not in care";

/** "10 to 16 - Fostering", "16 to 18+ - Not in care": the peer's labels, so outputs compare directly. */
export type StateName = `${AgeBracket} - ${PlacementCategory | typeof NOT_IN_CARE}`;

/** The finer placement types a category's cost is split into (the peer's cost items). */
export const COST_SUBTYPES = [
  { subtype: "Fostering (Friend/Relative)", category: "Fostering" },
  { subtype: "Fostering (In-house)", category: "Fostering" },
  { subtype: "Fostering (IFA)", category: "Fostering" },
  { subtype: "Residential (In-house)", category: "Residential" },
  { subtype: "Residential (External)", category: "Residential" },
  { subtype: "Supported accommodation", category: "Supported" },
  { subtype: "Secure home", category: "Other" },
  { subtype: "Placed with family", category: "Other" },
  { subtype: "Other", category: "Other" },
] as const;
export type CostSubtype = (typeof COST_SUBTYPES)[number]["subtype"];

export interface DemandSettings {
  /** The reference period the rates are estimated over, both days included as the peer includes them. */
  referenceStart: IsoDate;
  referenceEnd: IsoDate;
  /** The projection starts from the stock on this day. */
  start: IsoDate;
  /** Days projected, 1 to 4 years' worth (1,461). */
  days: number;
  /** "peer" reproduces the peer model exactly, rough edges included; "outturn" is the better default. */
  compatibility: "peer" | "outturn";
}

/** A transition's mean daily rate over the reference period: the chance a child moves `from` → `to` on a day. */
export interface TransitionRate {
  from: StateName;
  to: StateName;
  rate: number;
}

/** Children entering care into a state, per day on average over the reference period. */
export interface EntryRate {
  to: StateName;
  perDay: number;
}

export interface DemandRates {
  /** Every state, in the peer's order (sorted by label). */
  states: StateName[];
  /** Every possible transition between care states and to Not in care, at 0 where never seen. */
  transitions: TransitionRate[];
  entries: EntryRate[];
}

/**
 * A change to the rates, as the peer's adjustments: `multiply` or `add` (not below 0) an entry rate
 * (from null) or a transition rate. Where a state's rates then sum to more than 1 they are scaled
 * back, the adjusted ones taking priority.
 */
export interface RateAdjustment {
  from: StateName | null;
  to: StateName;
  multiply?: number;
  add?: number;
  /** The projection days it applies on, both included (absent: from the start, to the end). */
  firstDay?: IsoDate;
  lastDay?: IsoDate;
}

export interface DemandProjection {
  settings: DemandSettings;
  states: StateName[];
  /** The stock on the start day, by state (states' order). */
  initial: number[];
  /** Day 1 … days after the start: population and variance by state (states' order). */
  dates: IsoDate[];
  population: Float64Array[];
  variance: Float64Array[];
  /** The rates used, after any adjustments. */
  rates: DemandRates;
}
