/**
 * Solving a transport scenario: the policy shapes the book, both runs are solved with the given
 * SolveRun (every solution verified by the independent checker), and the plan is priced against
 * today's arrangements on the day and over the school days of its financial year (ScenarioResult).
 */

import type { IsoDate } from "../../calendar/dates.js";
import { formatPounds, type Pence, sum } from "../../money/money.js";
import type { CouncilRegisters } from "../../registers.js";
import { transportScenarioErrors } from "../scenario-check.js";
import { currentOf, unpricedWarnings } from "./baseline.js";
import { acrossTheBorderPolicy } from "./border.js";
import type { ScenarioResult, SolveRun, TransportPolicy, TransportScenario } from "./model.js";
import {
  type Policy,
  type PolicyOutcome,
  personalBudgets,
  pickUpPointsPolicy,
  sharedRoutes,
  travelTraining,
} from "./policies.js";
import { scenarioPupils } from "./pupils.js";
import { routesDailyCost } from "./runs.js";
import { schoolYearOf } from "./school-year.js";

export interface ScenarioInput {
  registers: CouncilRegisters;
  scenario: TransportScenario;
  /** The school day to take the book and today's arrangements on. */
  on: IsoDate;
  /** across-the-border: the partner council's registers and name. */
  partner?: { la: string; name: string; registers: CouncilRegisters };
  la: string;
  /** The council's name, as the comparison across the border names it. */
  name: string;
}

const POLICIES: Readonly<Record<TransportPolicy, Policy>> = {
  "shared-routes": sharedRoutes,
  "pick-up-points": pickUpPointsPolicy,
  "travel-training": travelTraining,
  "personal-budgets": personalBudgets,
  "across-the-border": acrossTheBorderPolicy,
};

export async function evaluateScenario(input: ScenarioInput, solveRun: SolveRun): Promise<ScenarioResult> {
  const { scenario, on } = input;
  const broken = transportScenarioErrors(
    { ...input.registers, transportScenarios: [scenario], transportPlans: [] },
    input.la,
  );
  if (broken.length > 0) throw new Error(broken.join("\n"));
  const outcome = await POLICIES[scenario.policy](input, solveRun);
  const { day, baseline, otherDailyCost, oneOffCost } = outcome;
  const current = currentOf(baseline, on, outcome.source);
  const dailyCost = routesDailyCost(day) + otherDailyCost;
  const dailySaving = current.dailyCost - dailyCost;
  const { year, schoolDays, warnings: calendar } = schoolYearOf(input.registers, on);
  const pupils = scenarioPupils({
    scope: outcome.scope,
    current: baseline.shares,
    day,
    paid: outcome.paid,
    words: outcome.words,
  });
  return {
    scenario: scenario.scenario,
    policy: scenario.policy,
    on,
    current,
    morning: day.morning.plan,
    afternoon: day.afternoon.plan,
    otherDailyCost,
    dailyCost,
    dailySaving,
    oneOffCost,
    year,
    schoolDays,
    annualCost: dailyCost * schoolDays,
    annualSaving: dailySaving * schoolDays - oneOffCost,
    pupils,
    notes: [routesNote(outcome, current.routes), ...outcome.notes],
    warnings: [
      ...unpricedWarnings(baseline, on),
      ...unservedWarnings(outcome, baseline.shares),
      ...outcome.warnings,
      ...calendar,
    ],
    ...(outcome.border ? { border: outcome.border } : {}),
  };
}

/** "The plan runs 9 routes in the morning and 8 in the afternoon, against today's 31." */
function routesNote({ day }: PolicyOutcome, today: number): string {
  const [am, pm] = [day.morning.plan.routes.length, day.afternoon.plan.routes.length];
  return `The plan runs ${am} route${am === 1 ? "" : "s"} in the morning and ${pm} in the afternoon, against today's ${today}.`;
}

/** Pupils a run cannot carry, counted by the constraint at fault, and what today's arrangements spend on them. */
function unservedWarnings({ day }: PolicyOutcome, current: ReadonlyMap<string, Pence>): string[] {
  const unserved = [...day.morning.plan.unserved, ...day.afternoon.plan.unserved];
  if (unserved.length === 0) return [];
  const pupils = new Set(unserved.map((u) => u.request));
  const byConstraint = new Map<string, number>();
  for (const u of unserved) byConstraint.set(u.constraint, (byConstraint.get(u.constraint) ?? 0) + 1);
  const today = sum([...pupils].map((p) => current.get(p) ?? 0));
  const n = pupils.size;
  return [
    `${n} pupil${n === 1 ? "" : "s"} cannot be carried by the plan (${[...byConstraint].map(([c, k]) => `${c} ${k}`).join(", ")}): its cost leaves ${n === 1 ? "this pupil" : "them"} out, while today's includes ${formatPounds(today)} a day for ${n === 1 ? "this pupil" : "them"}`,
  ];
}
