/**
 * Small hand-made rates and projections for the scenarios' tests: every state, a few rates, and a
 * projection whose stock each day is given by a function, so expected figures can be worked by hand.
 */
import { addDays, type IsoDate } from "../../calendar/dates.js";
import {
  AGE_BRACKETS,
  type DemandProjection,
  type DemandRates,
  NOT_IN_CARE,
  PLACEMENT_CATEGORIES,
  type StateName,
} from "../model.js";
import { REFERENCE_SETTINGS } from "../settings.fixture.js";
import type { DemandScenario, SubtypeShares } from "./scenario.js";

export const STATES: StateName[] = AGE_BRACKETS.flatMap((b) =>
  [...PLACEMENT_CATEGORIES, NOT_IN_CARE].map((c) => `${b.label} - ${c}` as StateName),
).sort();

export const RATES: DemandRates = {
  states: STATES,
  transitions: [
    { from: "10 to 16 - Residential", to: "10 to 16 - Fostering", rate: 0.0005 },
    { from: "10 to 16 - Residential", to: "10 to 16 - Not in care", rate: 0.001 },
    { from: "10 to 16 - Fostering", to: "10 to 16 - Not in care", rate: 0.0008 },
    { from: "10 to 16 - Fostering", to: "16 to 18+ - Fostering", rate: 0.0004 },
    { from: "16 to 18+ - Residential", to: "16 to 18+ - Not in care", rate: 0.002 },
    { from: "5 to 10 - Fostering", to: "5 to 10 - Not in care", rate: 0 },
    { from: "16 to 18+ - Not in care", to: "16 to 18+ - Fostering", rate: 0.0001 },
  ],
  entries: [
    { to: "10 to 16 - Fostering", perDay: 0.02 },
    { to: "10 to 16 - Residential", perDay: 0.01 },
    { to: "Birth to 1 - Fostering", perDay: 0.01 },
    { to: "5 to 10 - Other", perDay: 0 },
  ],
};

/** A projection of `days` days from `start`, the stock of each state on day d (0: the start day) from `stock`. */
export function projection(
  stock: (state: StateName, day: number) => number,
  start: IsoDate = "2024-03-31",
  days = 730,
): DemandProjection {
  const row = (day: number) => Float64Array.from(STATES, (state) => stock(state, day));
  return {
    settings: { ...REFERENCE_SETTINGS, start, days },
    states: STATES,
    initial: Array.from(row(0)),
    dates: Array.from({ length: days }, (_, i) => addDays(start, i + 1)),
    population: Array.from({ length: days }, (_, i) => row(i + 1)),
    variance: Array.from({ length: days }, (_, i) => row(i + 1).map((v) => v / 10)),
    rates: RATES,
  };
}

const FLAT: Partial<Record<StateName, number>> = {
  "10 to 16 - Residential": 6,
  "16 to 18+ - Residential": 4,
  "10 to 16 - Fostering": 60,
  "16 to 18+ - Fostering": 40,
};
/** 6 children in residential aged 10 to 16, 4 aged 16 to 18+, 60 and 40 in fostering, every day. */
export const STEADY = projection((state) => FLAT[state] ?? 0);

export const SHARES: SubtypeShares = new Map([
  ["Fostering (Friend/Relative)", 0.2],
  ["Fostering (In-house)", 0.3],
  ["Fostering (IFA)", 0.5],
  ["Residential (In-house)", 0.25],
  ["Residential (External)", 0.75],
]);

export function scenario(changes: Partial<DemandScenario> & Pick<DemandScenario, "kind">): DemandScenario {
  return {
    scenario: "Scenario",
    number: null,
    perCarer: null,
    percent: null,
    from: null,
    by: null,
    saving: null,
    note: "",
    ...changes,
  };
}

/** Step down 10 children from residential to fostering by 31 March 2025, naming no saving. */
export const STEP_DOWN_10 = scenario({
  scenario: "Step down 10",
  kind: "step-down",
  number: 10,
  by: "2025-03-31",
});

/** Recruit 8 in-house foster carers, taking 1.3 children each, from 1 October 2024, naming no saving. */
export const RECRUIT_8 = scenario({
  scenario: "Recruit 8",
  kind: "recruit-carers",
  number: 8,
  perCarer: 1.3,
  from: "2024-10-01",
});
