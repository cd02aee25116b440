/**
 * A scenario's school day solved: the morning and afternoon problems of a book (transportProblem
 * with the day and any pupils left out), each solved by the scenario's SolveRun and verified by the
 * independent checker. A solution the checker refuses is never priced: it stops the scenario with
 * every fault listed.
 */
import type { IsoDate } from "../../calendar/dates.js";
import { type Pence, roundPence, sum } from "../../money/money.js";
import { checkSolution, objectiveDifferences } from "../../routing/check/index.js";
import type { RoutingRequest } from "../../routing/model.js";
import { type Run, type SendProblem, transportProblem } from "../../routing/send-problem.js";
import type { SolveResult } from "../../routing/solver/index.js";
import type { TransportNeed } from "../book.js";
import type { TransportBook } from "../book-check.js";
import { routeFigures } from "../plan-figures.js";
import type { RunPlan, SolveRun } from "./model.js";

export interface SolvedRun {
  problem: SendProblem;
  result: SolveResult;
  plan: RunPlan;
}

export interface SolvedDay {
  morning: SolvedRun;
  afternoon: SolvedRun;
}

/** The pupils in scope on `on`: exactly the requests transportProblem makes of the book that day, in pupil-ref order. */
export function pupilsInScope(book: TransportBook, on: IsoDate): readonly RoutingRequest[] {
  return transportProblem(book, "morning", { on }).requests;
}

/** Both runs of the day solved one after the other (a live SolveRun uses every core), each checked. */
export async function solveDay(
  book: TransportBook,
  on: IsoDate,
  solveRun: SolveRun,
  include?: (need: TransportNeed) => boolean,
): Promise<SolvedDay> {
  const morning = await solveRunChecked(book, "morning", on, solveRun, include);
  const afternoon = await solveRunChecked(book, "afternoon", on, solveRun, include);
  return { morning, afternoon };
}

/** What the day's routes cost: every route of both runs, each rounded once. */
export function routesDailyCost(day: SolvedDay): Pence {
  return sum([...day.morning.plan.routeCosts, ...day.afternoon.plan.routeCosts]);
}

/** The pupils either run of the day could not carry. */
export function unservedPupils(day: SolvedDay): Set<string> {
  return new Set([...day.morning.plan.unserved, ...day.afternoon.plan.unserved].map((u) => u.request));
}

async function solveRunChecked(
  book: TransportBook,
  run: Run,
  on: IsoDate,
  solveRun: SolveRun,
  include: ((need: TransportNeed) => boolean) | undefined,
): Promise<SolvedRun> {
  const problem = transportProblem(book, run, include ? { on, include } : { on });
  const result = await solveRun(problem);
  const check = checkSolution(problem, result);
  const faults = [
    ...check.violations.map((v) => v.message),
    ...objectiveDifferences(result.objective, check.objective, 1e-6),
  ];
  if (!check.feasible || faults.length > 0)
    throw new Error(
      `The independent checker refuses the ${run} run's solution on ${on} (${faults.length} fault${faults.length === 1 ? "" : "s"}); it is not priced:\n${faults.join("\n")}`,
    );
  return {
    problem,
    result,
    plan: {
      run,
      routes: [...result.routes],
      routeCosts: result.routes.map((route) => roundPence(routeFigures(problem, route).cost)),
      unserved: [...result.unserved],
      objective: check.objective,
      locations: [...problem.locations],
    },
  };
}
