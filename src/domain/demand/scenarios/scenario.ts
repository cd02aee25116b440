/**
 * Scenarios in a head of service's words ("step down 10 children from residential to fostering by
 * March"), each translated into changes to the demand model's rates, or, where the model's states
 * cannot hold the change, to the cost sub-types' shares, with sentences saying exactly what was
 * changed and why. The base rates are never changed: a scenario's changes sit beside them, so
 * projecting without them gives back the base.
 */
import type { IsoDate } from "../../calendar/dates.js";
import type { CostSubtype, DemandProjection, DemandRates, RateAdjustment } from "../model.js";
import { childrenInWords, dayInWords, numberInWords } from "../words.js";
import { recruitCarers } from "./carers.js";
import { preventEntries, reunify } from "./flows.js";
import { stepDown } from "./step-down.js";

export const SCENARIO_KINDS = ["step-down", "recruit-carers", "reunify", "prevent-entries"] as const;
export type ScenarioKind = (typeof SCENARIO_KINDS)[number];

/** A saved scenario (register "demand-scenarios"), keyed by its name. */
export interface DemandScenario {
  scenario: string;
  kind: ScenarioKind;
  /** Children to step down, carers to recruit, or entries a year to prevent. */
  number: number | null;
  /** recruit-carers: the children each new carer takes, e.g. 1.3. */
  perCarer: number | null;
  /** reunify: how many percent more children leave care home. */
  percent: number | null;
  /** The first day the change applies (absent: the projection's first day). */
  from: IsoDate | null;
  /** step-down: the day the children have stepped down by; reunify, prevent-entries: the last day the change applies. */
  by: IsoDate | null;
  /** The saving in the savings register the scenario evidences, by its ref. */
  saving: string | null;
  note: string;
}

/**
 * Each cost sub-type's share of its placement category's children (a category's shares add up to
 * 1; a category with no children has none), as the costing measures them (costs/proportions.ts).
 */
export type SubtypeShares = ReadonlyMap<CostSubtype, number>;

/** Part of the share of one sub-type moved to another of the same category, from a day to the end. */
export interface ShareChange {
  from: CostSubtype;
  to: CostSubtype;
  share: number;
  firstDay: IsoDate;
}

/** What a scenario changes, and the sentences that say so. */
export interface ScenarioChanges {
  scenario: string;
  adjustments: RateAdjustment[];
  shares: ShareChange[];
  sentences: string[];
}

/** The base a scenario is translated against: its rates, its projection and its cost sub-type shares. */
export interface ScenarioBase {
  rates: DemandRates;
  projection: DemandProjection;
  shares: SubtypeShares;
}

/** A scenario's changes to the base. */
export function translateScenario(scenario: DemandScenario, base: ScenarioBase): ScenarioChanges {
  const changes = CHANGES[scenario.kind](scenario, base);
  return { scenario: scenario.scenario, ...changes };
}

type Translate = (scenario: DemandScenario, base: ScenarioBase) => Omit<ScenarioChanges, "scenario">;

const CHANGES: Readonly<Record<ScenarioKind, Translate>> = {
  "step-down": (s, base) => ({ ...stepDown(s, base), shares: [] }),
  "recruit-carers": (s, base) => ({ ...recruitCarers(s, base), adjustments: [] }),
  reunify: (s, base) => ({ ...reunify(s, base), shares: [] }),
  "prevent-entries": (s, base) => ({ ...preventEntries(s, base), shares: [] }),
};

/** The scenario as its author would say it: "Step down 10 children from residential to fostering by 31 Mar 2025". */
export function scenarioInWords(s: DemandScenario): string {
  const from = s.from === null ? "" : ` from ${dayInWords(s.from)}`;
  const until = s.by === null ? "" : ` until ${dayInWords(s.by)}`;
  const n = childrenInWords(s.number ?? 0);
  switch (s.kind) {
    case "step-down":
      return `Step down ${n} children from residential to fostering${from} by ${s.by === null ? "the end" : dayInWords(s.by)}`;
    case "recruit-carers":
      return `Recruit ${n} more in-house foster carers, each taking ${numberInWords(s.perCarer ?? 0)} children${from}`;
    case "reunify":
      return `Reunify ${numberInWords(s.percent ?? 0)}% more children within 12 months${from}${until}`;
    case "prevent-entries":
      return `Prevent ${n} entries a year through edge-of-care work${from}${until}`;
  }
}
