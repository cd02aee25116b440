/**
 * How each policy shapes a scenario's day: which book is solved, which pupils leave the routes, what
 * is paid besides them or once, and what the policy did in words (docs/routing.md, "Policies as
 * scenarios"). Across the border, which solves two councils, is in border.ts.
 */

import { formatPounds, type Pence, sum } from "../../money/money.js";
import type { RoutingRequest } from "../../routing/model.js";
import { SCENARIO_COLUMNS } from "../scenario-check.js";
import { type Baseline, baseline } from "./baseline.js";
import type { ScenarioInput } from "./evaluate.js";
import type { ScenarioResult, SolveRun, TransportScenario } from "./model.js";
import { budgetOffers } from "./personal-budgets.js";
import { pickUpPoints } from "./pick-up-points.js";
import { pupilsInScope, type SolvedDay, solveDay } from "./runs.js";
import { trainedPupils } from "./travel-training.js";

export interface PolicyOutcome {
  /** The pupils in scope on the day, as requests (pupil-ref order). */
  scope: readonly RoutingRequest[];
  baseline: Baseline;
  /** What the baseline is taken from, for its basis sentence. */
  source: string;
  /** The plan's day. */
  day: SolvedDay;
  otherDailyCost: Pence;
  oneOffCost: Pence;
  /** Paid besides the routes, by pupil. */
  paid: Map<string, Pence>;
  /** The policy's words for pupils' arrangements. */
  words: Map<string, string>;
  notes: string[];
  warnings: string[];
  border?: ScenarioResult["border"];
}

export type Policy = (input: ScenarioInput, solveRun: SolveRun) => Promise<PolicyOutcome>;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** A parameter the policy cannot do without (evaluateScenario has checked the row, so this only narrows its type). */
export function required<K extends "walkingMetres" | "mileageRate" | "trainingCost">(
  scenario: TransportScenario,
  field: K,
): NonNullable<TransportScenario[K]> {
  const value = scenario[field];
  if (value === null)
    throw new Error(
      `transport-scenarios ${scenario.scenario}: ${SCENARIO_COLUMNS[field]} must be given for ${scenario.policy}`,
    );
  return value as NonNullable<TransportScenario[K]>;
}

/** The council's own pupils in scope and today's arrangements for them. */
function ours({ registers, on }: ScenarioInput) {
  const scope = pupilsInScope(registers, on);
  return {
    scope,
    baseline: baseline(
      registers,
      scope.map((r) => r.id),
      on,
    ),
    source: "htst-routes",
  };
}

/** What a policy adds when it adds nothing (fresh each time: evaluate adds to the lists). */
export const plain = () => ({
  otherDailyCost: 0,
  oneOffCost: 0,
  paid: new Map<string, Pence>(),
  words: new Map<string, string>(),
  notes: [] as string[],
  warnings: [] as string[],
});

export const sharedRoutes: Policy = async (input, solveRun) => ({
  ...ours(input),
  ...plain(),
  day: await solveDay(input.registers, input.on, solveRun),
});

export const pickUpPointsPolicy: Policy = async (input, solveRun) => {
  const walking = required(input.scenario, "walkingMetres");
  const mine = ours(input);
  const plan = pickUpPoints(input.registers, walking);
  const inScope = new Set(mine.scope.map((r) => r.id));
  const words = new Map<string, string>();
  const used = new Set<string>();
  let longest = 0;
  for (const point of plan.points) {
    for (const pupil of point.pupils.filter((p) => inScope.has(p))) {
      const walk = plan.walks.get(pupil) ?? 0;
      words.set(pupil, `pick-up point ${point.point}, ${walk} m walk`);
      used.add(point.point);
      longest = Math.max(longest, walk);
    }
  }
  const note =
    words.size === 0
      ? `No pupils share a pick-up point within ${walking} m of home: every pupil is collected from home`
      : `${plural(words.size, "pupil")} walk to ${plural(used.size, "pick-up point")}, at most ${longest} m (the policy allows ${walking} m)`;
  return {
    ...mine,
    ...plain(),
    day: await solveDay(plan.book, input.on, solveRun),
    words,
    notes: [note],
  };
};

export const travelTraining: Policy = async (input, solveRun) => {
  const { scenario, on } = input;
  const cost = required(scenario, "trainingCost");
  const mine = ours(input);
  const choice = trainedPupils(input.registers, scenario, mine.baseline.shares);
  const inScope = new Set(mine.scope.map((r) => r.id));
  const trained = new Set(choice.trained.filter((p) => inScope.has(p)));
  const warnings: string[] = [];
  const asked = scenario.trainCount ?? 0;
  if (scenario.trained.length === 0 && choice.trained.length < asked)
    warnings.push(
      `${choice.trained.length} of the ${asked} pupils asked for are eligible for travel training`,
    );
  const reasons = new Map<string, number>();
  for (const r of choice.rejected) reasons.set(r.reason, (reasons.get(r.reason) ?? 0) + 1);
  if (choice.rejected.length > 0)
    warnings.push(
      `${plural(choice.rejected.length, "named pupil")} not trained: ${[...reasons].map(([why, n]) => `${n} ${why}`).join(", ")}`,
    );
  const away = choice.trained.length - trained.size;
  if (away > 0) warnings.push(`${plural(away, "trained pupil")} not riding on ${on}, so not counted`);
  const oneOffCost = trained.size * cost;
  return {
    ...mine,
    ...plain(),
    day: await solveDay(input.registers, on, solveRun, (need) => !trained.has(need.pupilRef)),
    oneOffCost,
    words: new Map([...trained].map((p) => [p, "travel trained"])),
    notes: [
      `${plural(trained.size, "pupil")} ${trained.size === 1 ? "is" : "are"} travel trained at ${formatPounds(cost)} each (${formatPounds(oneOffCost)} once) and leave the routes`,
    ],
    warnings,
  };
};

export const personalBudgets: Policy = async (input, solveRun) => {
  const { scenario, on, registers } = input;
  const rate = required(scenario, "mileageRate");
  const mine = ours(input);
  const shared = await solveDay(registers, on, solveRun);
  const offered = budgetOffers([shared.morning, shared.afternoon], rate).filter((o) => o.offered);
  const paid = new Map(offered.map((o) => [o.pupil, o.budgetDailyCost]));
  const otherDailyCost = sum(paid.values());
  const day =
    paid.size === 0 ? shared : await solveDay(registers, on, solveRun, (need) => !paid.has(need.pupilRef));
  const marginal = sum(offered.map((o) => o.marginalDailyCost));
  return {
    ...mine,
    ...plain(),
    day,
    otherDailyCost,
    paid,
    words: new Map([...paid.keys()].map((p) => [p, "personal budget"])),
    notes: [
      paid.size === 0
        ? `No pupil's mileage at ${rate}p a mile is cheaper than their place on the shared routes: no budget is offered`
        : `${paid.size} of ${mine.scope.length} pupils ${paid.size === 1 ? "is" : "are"} offered a personal transport budget: ${formatPounds(otherDailyCost)} a day in mileage at ${rate}p a mile, against ${formatPounds(marginal)} a day they add to the shared routes`,
    ],
  };
};
