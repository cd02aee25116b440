/**
 * What the routing benchmark's sets share (bench/routing.bench.ts): the options, solving one problem
 * on worker threads and putting the answer through the independent checker, the verdict in words,
 * and a markdown table.
 */
import { type CheckResult, checkSolution } from "../src/domain/routing/check/index.js";
import type { RoutingProblem } from "../src/domain/routing/model.js";
import type { SolveResult } from "../src/domain/routing/solver/index.js";
import { solveOnWorkers } from "../src/workers/routing.js";

export interface BenchOptions {
  /** Seconds an instance (a run, for the council); null: the set's own default. */
  seconds: number | null;
  /** The instances to run, by name, across the sets; null: every one. */
  only: ReadonlySet<string> | null;
  workers: number;
  seed: number;
}

/** A set's answer: its failures, one sentence each (an infeasible solution, a request left, a goal missed). */
export type Failures = string[];

export const isChosen = (o: BenchOptions, name: string): boolean => o.only === null || o.only.has(name);

export interface Solved {
  solution: SolveResult;
  check: CheckResult;
  /** Wall time in seconds: solving (starting the workers included), then checking. */
  seconds: number;
  checkSeconds: number;
}

/** Solves on `o.workers` threads within `seconds`, then checks the solution independently. */
export async function solveChecked(
  problem: RoutingProblem,
  o: BenchOptions,
  seconds: number,
): Promise<Solved> {
  const started = performance.now();
  const solution = await solveOnWorkers(problem, {
    seed: o.seed,
    timeLimitMs: seconds * 1000,
    workers: o.workers,
  });
  const solvedAt = performance.now();
  const check = checkSolution(problem, solution);
  const checkSeconds = (performance.now() - solvedAt) / 1000;
  return { solution, check, seconds: (solvedAt - started) / 1000, checkSeconds };
}

/** "feasible", or "INFEASIBLE (n): the first violation's sentence". */
export function verdict(check: CheckResult): string {
  return check.feasible
    ? "feasible"
    : `INFEASIBLE (${check.violations.length}): ${check.violations[0]?.message ?? ""}`;
}

/** The failures a solved instance adds: the checker refused it, or requests were left unserved. */
export function solvedFailures(name: string, solved: Solved): Failures {
  const failures: Failures = [];
  if (!solved.check.feasible) failures.push(`${name}: ${verdict(solved.check)}`);
  const left = solved.solution.unserved.length;
  if (left > 0) failures.push(`${name}: ${left} request(s) unserved`);
  return failures;
}

const cell = (value: string | number) => String(value).replaceAll("|", "\\|").replaceAll("\n", " ");

const NUMBER = /^[-+]?£?[\d,]*\.?\d+%?$|^–$/;

/** Rows with the same keys → a markdown table, columns of figures right-aligned. */
export function markdownTable(rows: readonly Record<string, string | number>[]): string {
  const first = rows[0];
  if (!first) return "(no rows)";
  const columns = Object.keys(first);
  const numeric = columns.map((c) => rows.every((r) => NUMBER.test(String(r[c] ?? ""))));
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  return [
    line(columns.map(cell)),
    line(numeric.map((n) => (n ? "---:" : "---"))),
    ...rows.map((r) => line(columns.map((c) => cell(r[c] ?? "")))),
  ].join("\n");
}

/** A number to `digits` decimals for a table, never "-0.00"; "–" when it is not a number. */
export function fixed(x: number, digits: number): string {
  if (!Number.isFinite(x)) return "–";
  const text = x.toFixed(digits);
  return /^-0\.?0*$/.test(text) ? text.slice(1) : text;
}
