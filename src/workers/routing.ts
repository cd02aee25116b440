/**
 * The routing solver on worker threads (an adapter outside the domain): `solve` runs on N workers
 * with seeds seed, seed + 1, …, and the best solution wins (fewest unserved, then cost, then ride
 * time; the lower seed on a tie). Progress from the workers is merged: the share done is their
 * mean and the best objective is the best any has found. This module is also the worker's script.
 */
import { availableParallelism } from "node:os";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import type { Objective, RoutingProblem } from "../domain/routing/model.js";
import { type SolveResult, solve } from "../domain/routing/solver/index.js";

export interface ParallelSolveOptions {
  seed: number;
  /** From this call to the answer, starting the workers included. */
  timeLimitMs: number;
  iterations?: number;
  /** Worker threads; default the machine's cores, at most 2. */
  workers?: number;
  progress?: (done: number, best: Objective) => void;
}

type Message = { kind: "progress"; done: number; best: Objective } | { kind: "result"; result: SolveResult };

interface Job {
  routing: true;
  problem: RoutingProblem;
  seed: number;
  /** Wall-clock time (Date.now) by which the answer is due, so starting the workers counts too. */
  deadline: number;
  iterations?: number;
}

/** Kept back from the deadline for sending the solution home. */
const MARGIN_MS = 50;

if (!isMainThread && parentPort && (workerData as Job | undefined)?.routing) {
  const job = workerData as Job;
  const port = parentPort;
  const result = solve(job.problem, {
    seed: job.seed,
    timeLimitMs: Math.max(0, job.deadline - Date.now() - MARGIN_MS),
    iterations: job.iterations,
    now: () => performance.now(),
    progress: (done, best) => port.postMessage({ kind: "progress", done, best } satisfies Message),
  });
  port.postMessage({ kind: "result", result } satisfies Message);
}

const rank = (unserved: number, o: Objective) => [unserved, o.cost, o.rideTime] as const;

function better(a: readonly number[], b: readonly number[]): boolean {
  for (let k = 0; k < a.length; k++) {
    const x = a[k] as number;
    const y = b[k] as number;
    if (Math.abs(x - y) > 1e-9 * Math.max(1, Math.abs(x), Math.abs(y))) return x < y;
  }
  return false;
}

export async function solveOnWorkers(
  problem: RoutingProblem,
  options: ParallelSolveOptions,
): Promise<SolveResult> {
  const count = Math.max(1, options.workers ?? Math.min(2, availableParallelism()));
  const script = new URL(import.meta.url);
  // Built, the worker runs this file as plain JS; as TypeScript (tsx, vitest) it registers tsx, a dev
  // dependency, first.
  const typescript = script.pathname.endsWith(".ts");
  const deadline = Date.now() + options.timeLimitMs;
  const done = new Array<number>(count).fill(0);
  let best: Objective | null = null;
  const results = await Promise.all(
    Array.from(
      { length: count },
      (_, w) =>
        new Promise<SolveResult>((resolve, reject) => {
          const job: Job = { routing: true, problem, seed: options.seed + w, deadline };
          if (options.iterations !== undefined) job.iterations = options.iterations;
          const worker = typescript
            ? new Worker(
                `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(script.href)}); });`,
                { eval: true, workerData: job },
              )
            : new Worker(script, { workerData: job });
          worker.on("message", (m: Message) => {
            if (m.kind === "result") {
              resolve(m.result);
              void worker.terminate();
              return;
            }
            done[w] = m.done;
            if (!best || better(rank(0, m.best), rank(0, best))) best = m.best;
            options.progress?.(done.reduce((s, x) => s + x, 0) / count, best);
          });
          worker.on("error", reject);
          worker.on("exit", (code) => {
            if (code !== 0) reject(new Error(`a routing worker stopped with exit code ${code}`));
          });
        }),
    ),
  );
  let winner = results[0] as SolveResult;
  for (const r of results.slice(1))
    if (better(rank(r.unserved.length, r.objective), rank(winner.unserved.length, winner.objective)))
      winner = r;
  return winner;
}
