/**
 * Personal transport budgets (policy "personal-budgets"): a pupil's marginal cost is, in each solved
 * run, their route's cost less its cost without their two stops (the assistant kept only if another
 * rider needs one; a route of theirs alone: its whole cost), each rounded to the penny, morning plus
 * afternoon. The budget is 4 × the morning run's home–school miles × the rate a mile, rounded once.
 * A pupil is offered one when the budget is cheaper. Pupils unserved in any run are left out.
 */
import { type Pence, roundPence } from "../../money/money.js";
import type { Route } from "../../routing/model.js";
import type { SendProblem } from "../../routing/send-problem.js";
import type { SolveResult } from "../../routing/solver/index.js";
import { routeFigures } from "../plan-figures.js";

export interface BudgetOffer {
  pupil: string;
  /** What the pupil adds to the morning and afternoon routes, in pence a day. */
  marginalDailyCost: Pence;
  /** The parent's mileage in pence a day: 4 × the home–school miles × the rate. */
  budgetDailyCost: Pence;
  offered: boolean;
}

type SolvedRun = { problem: SendProblem; result: SolveResult };

/** What each pupil on the run's routes adds to their route's cost, in pence. */
function marginalCosts({ problem, result }: SolvedRun): Map<string, Pence> {
  const needsAssistant = new Map(problem.requests.map((q) => [q.id, q.needsAssistant]));
  const cost = (route: Route) => roundPence(routeFigures(problem, route).cost);
  const marginal = new Map<string, Pence>();
  for (const route of result.routes) {
    const whole = cost(route);
    const riders = new Set(route.stops.map((s) => s.request));
    for (const pupil of riders) {
      const others = route.stops.filter((s) => s.request !== pupil);
      const assistant = route.assistant && others.some((s) => needsAssistant.get(s.request));
      marginal.set(pupil, others.length === 0 ? whole : whole - cost({ ...route, stops: others, assistant }));
    }
  }
  return marginal;
}

export function budgetOffers(runs: readonly SolvedRun[], mileageRate: Pence): BudgetOffer[] {
  const morning = runs.find((r) => r.problem.run === "morning")?.problem;
  if (!morning)
    throw new Error("Personal budgets need the morning run: the home–school miles are taken from it.");
  const unserved = new Set(runs.flatMap((r) => r.result.unserved.map((u) => u.request)));
  const perRun = runs.map(marginalCosts);
  const { size, distance } = morning.travel;
  return morning.requests
    .filter((q) => !unserved.has(q.id) && perRun.every((m) => m.has(q.id)))
    .map((q) => {
      const marginalDailyCost = perRun.reduce((s, m) => s + (m.get(q.id) as Pence), 0);
      const miles = distance[q.pickup.location * size + q.dropoff.location] as number;
      const budgetDailyCost = roundPence(4 * miles * mileageRate);
      return {
        pupil: q.id,
        marginalDailyCost,
        budgetDailyCost,
        offered: budgetDailyCost < marginalDailyCost,
      };
    })
    .sort((a, b) => a.pupil.localeCompare(b.pupil));
}
