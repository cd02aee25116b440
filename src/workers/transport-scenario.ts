/**
 * How a transport scenario's runs are solved live (an adapter outside the domain): each run the
 * scenario asks for is solved on the worker threads (solveOnWorkers) with the same seed and time
 * limit, and progress names the solve (1, 2, … in the order asked), the problem and the share done.
 */
import type { SolveRun } from "../domain/transport/scenarios/model.js";
import { solveOnWorkers } from "./routing.js";

export interface ScenarioSolverOptions {
  seed: number;
  /** The time limit of each run solved, in seconds. */
  secondsPerRun: number;
  workers?: number;
  /** Stop each worker after this many iterations (repeatable runs). */
  iterations?: number;
  progress?: (p: { solve: number; problem: string; done: number }) => void;
}

export function scenarioSolver(options: ScenarioSolverOptions): SolveRun {
  let solves = 0;
  return async (problem) => {
    const solve = ++solves;
    const report = (done: number) => options.progress?.({ solve, problem: problem.name, done });
    report(0);
    const result = await solveOnWorkers(problem, {
      seed: options.seed,
      timeLimitMs: options.secondsPerRun * 1000,
      ...(options.iterations === undefined ? {} : { iterations: options.iterations }),
      ...(options.workers === undefined ? {} : { workers: options.workers }),
      progress: (done) => report(done),
    });
    report(1);
    return result;
  };
}
