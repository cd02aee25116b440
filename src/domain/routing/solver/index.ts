/**
 * `solve`: the routing solver, an adaptive large neighbourhood search for the dial-a-ride problem
 * with time windows (docs/routing.md, "The method"). Pure: the clock and the seed come in through
 * SolveOptions; the same seed, problem and iteration budget give the same solution.
 */
import type { Objective, RoutingProblem, RoutingSolution, SolveOptions } from "../model.js";
import { search } from "./alns.js";
import { compile } from "./instance.js";
import { fleetShort, objectiveOf, toRoutes } from "./output.js";
import { Rng } from "./random.js";
import { repair } from "./repair.js";
import { Solution } from "./solution.js";
import { screen } from "./unserved.js";

export interface SolveResult extends RoutingSolution {
  objective: Objective;
  /** Iterations the search ran. */
  iterations: number;
}

export function solve(problem: RoutingProblem, options: SolveOptions): SolveResult {
  const began = options.now();
  const inst = compile(problem);
  const screened = screen(inst);
  const rng = new Rng(options.seed);
  let worstAlone = 0;
  for (const x of screened.alone) if (x < Number.POSITIVE_INFINITY && x > worstAlone) worstAlone = x;
  const penalty = 10 * (worstAlone + 1);
  const start = new Solution(inst, penalty);
  repair(start, screened.servable, screened.alone, { regret: 2, noise: 0 }, rng);
  // With one request or none there is nothing to search: the first solution is optimal.
  const { best, iterations } =
    screened.servable.length > 1
      ? search(start, screened.alone, options, rng, objectiveOf, began)
      : { best: start, iterations: 0 };
  const objective = objectiveOf(best);
  options.progress?.(1, objective);
  return {
    routes: toRoutes(inst, best),
    unserved: [...screened.unserved, ...fleetShort(inst, best)],
    objective,
    iterations,
  };
}
