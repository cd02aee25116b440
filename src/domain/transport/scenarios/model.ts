/**
 * Transport policies priced as scenarios against today's arrangements (issue 7, docs/routing.md
 * "Policies as scenarios"). A scenario is a row of transport-scenarios, written by officers; solving
 * it gives a ScenarioResult, kept as a row of transport-plans so the pages, the savings evidence and
 * the forecast read it without solving again. A plan adopted from a date (the scenario's adoptFrom)
 * moves the transport forecast by its daily saving on every school day from then.
 */
import type { IsoDate } from "../../calendar/dates.js";
import type { FinancialYear } from "../../calendar/financial.js";
import type { Pence } from "../../money/money.js";
import type { Objective, Route, Unserved } from "../../routing/model.js";
import type { Run, SendLocation, SendProblem } from "../../routing/send-problem.js";
import type { SolveResult } from "../../routing/solver/index.js";

export const TRANSPORT_POLICIES = [
  "shared-routes",
  "pick-up-points",
  "personal-budgets",
  "travel-training",
  "across-the-border",
] as const;
export type TransportPolicy = (typeof TRANSPORT_POLICIES)[number];

/** How many times evaluateScenario calls its SolveRun for each policy: both runs, twice for budgets (shared, then without those offered), three times across the border (each council alone, then together). */
export const SCENARIO_SOLVES: Readonly<Record<TransportPolicy, number>> = {
  "shared-routes": 2,
  "pick-up-points": 2,
  "personal-budgets": 4,
  "travel-training": 2,
  "across-the-border": 6,
};

/** A row of transport-scenarios, keyed by `scenario`. Parameters a policy does not use are null (or empty). */
export interface TransportScenario {
  scenario: string;
  policy: TransportPolicy;
  /** pick-up-points: the longest walk from home to a pick-up point, in metres (a policy distance). */
  walkingMetres: number | null;
  /** personal-budgets: what parents are paid a mile, in pence. */
  mileageRate: Pence | null;
  /** travel-training: the pupils trained, by reference; empty: the `trainCount` eligible pupils costing most today. */
  trained: readonly string[];
  trainCount: number | null;
  /** travel-training: what training one pupil costs, once. */
  trainingCost: Pence | null;
  /** across-the-border: the neighbouring council's LA code in the same store. */
  partner: string | null;
  /** The saving (savings register ref) this scenario is evidence for. */
  saving: string | null;
  /** The solved plan is adopted from this day; the transport forecast follows from then. */
  adoptFrom: IsoDate | null;
  /** The cost centre an adopted plan's saving is forecast on (required with adoptFrom). */
  costCentre: string | null;
  note: string;
}

/** A scenario row with every parameter blank but those given (the policy's own, a saving, a note…). */
export function transportScenario(
  scenario: string,
  policy: TransportPolicy,
  fields: Partial<Omit<TransportScenario, "scenario" | "policy">> = {},
): TransportScenario {
  return {
    scenario,
    policy,
    walkingMetres: null,
    mileageRate: null,
    trained: [],
    trainCount: null,
    trainingCost: null,
    partner: null,
    saving: null,
    adoptFrom: null,
    costCentre: null,
    note: "",
    ...fields,
  };
}

/** One run (morning or afternoon) as solved: the routes, what each costs, and where the stops are. */
export interface RunPlan {
  run: Run;
  routes: Route[];
  /** Each route's cost in pence, rounded once (routeFigures, then roundPence). */
  routeCosts: Pence[];
  /** Each route's miles, depot to depot (routeFigures' distance), in step with routes; absent: not kept. */
  routeMiles?: number[];
  /** Pupils the run could not carry, each with the constraint at fault. */
  unserved: Unserved[];
  objective: Objective;
  /** The problem's places, so the routes can be drawn and named (a stop's location indexes this). */
  locations: SendLocation[];
}

/** What the scenario means for one pupil. Child-level: officers only, never in a member's output. */
export interface ScenarioPupil {
  pupil: string;
  /** Their share of today's route on `on`; null when they have no priced arrangement that day. */
  currentDailyCost: Pence | null;
  /** Their share of the plan's morning and afternoon routes (0 when off the routes), plus any budget paid. */
  planDailyCost: Pence;
  /** "shared", "alone", "pick-up point P3, 420 m walk", "personal budget", "travel trained", "unserved". */
  arrangement: string;
  morningPickup: string | null;
  morningRideMinutes: number | null;
  afternoonRideMinutes: number | null;
  maxRide: number;
}

export interface ScenarioResult {
  scenario: string;
  policy: TransportPolicy;
  /** The school day the book and today's arrangements are taken on. */
  on: IsoDate;
  /** Today's arrangements for the pupils in scope on `on` (both councils' across the border). */
  current: { dailyCost: Pence; pupils: number; routes: number; basis: string };
  morning: RunPlan;
  afternoon: RunPlan;
  /** Paid besides the routes each school day: personal transport budgets' mileage. */
  otherDailyCost: Pence;
  /** morning + afternoon route costs + otherDailyCost. */
  dailyCost: Pence;
  /** current.dailyCost − dailyCost. */
  dailySaving: Pence;
  /** Paid once: travel training. */
  oneOffCost: Pence;
  /** The financial year containing `on`, and its school days in the term calendar. */
  year: FinancialYear;
  schoolDays: number;
  /** dailyCost × schoolDays. */
  annualCost: Pence;
  /** dailySaving × schoolDays − oneOffCost. */
  annualSaving: Pence;
  pupils: ScenarioPupil[];
  /** Sentences on what the policy did ("84 pupils walk to 23 pick-up points, at most 800 m"). */
  notes: string[];
  /** Pupils or rows left out and why; counts only, no child-level detail. */
  warnings: string[];
  /** across-the-border: each council solved alone, and together, so the saving of working together shows. */
  border?: { council: string; currentDailyCost: Pence; aloneDailyCost: Pence; pupils: number }[];
}

/** A row of transport-plans, keyed by `scenario`: the last solve of that scenario. */
export interface TransportPlan {
  scenario: string;
  /** When it was solved (ISO timestamp) and how. */
  solvedAt: string;
  seed: number;
  seconds: number;
  on: IsoDate;
  currentDailyCost: Pence;
  dailyCost: Pence;
  oneOffCost: Pence;
  year: FinancialYear;
  annualSaving: Pence;
  /** The ScenarioResult, as JSON. */
  result: string;
}

/** The transport-plans row that keeps a solved scenario. */
export function planOf(
  result: ScenarioResult,
  solve: Pick<TransportPlan, "solvedAt" | "seed" | "seconds">,
): TransportPlan {
  return {
    scenario: result.scenario,
    ...solve,
    on: result.on,
    currentDailyCost: result.current.dailyCost,
    dailyCost: result.dailyCost,
    oneOffCost: result.oneOffCost,
    year: result.year,
    annualSaving: result.annualSaving,
    result: JSON.stringify(result),
  };
}

/** How a scenario's runs are solved: in tests `solve` in process with an iteration budget, live on worker threads. */
export type SolveRun = (problem: SendProblem) => Promise<SolveResult>;
