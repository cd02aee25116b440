/**
 * Solving transport scenarios in the server process, one job at a time for each council: a post
 * starts a job (or joins the one running for the same scenario), the job keeps its progress (which
 * solve of how many, the problem and the share done) for the page's bar and the JSON the bar polls,
 * and the last finished job stays until the next starts, so a failure can be shown. A job's work is
 * solveAndSave: evaluateScenario on the worker threads, then the plan written as a transport-plans row.
 */

import type { IsoDate } from "../domain/calendar/dates.js";
import type { CouncilRegisters } from "../domain/registers.js";
import { evaluateScenario, type ScenarioInput } from "../domain/transport/scenarios/evaluate.js";
import { planOf, type TransportScenario } from "../domain/transport/scenarios/model.js";
import { borderPartner } from "../report/transport/partner.js";
import type { Council, Store } from "../store/store.js";
import { scenarioSolver } from "../workers/transport-scenario.js";

export type JobState = "idle" | "running" | "done" | "failed";

export interface JobStatus {
  state: JobState;
  scenario: string | null;
  /** The 1-based number of the solve running, of `solves`; 0 before the first reports. */
  solve: number;
  solves: number;
  /** The problem being solved, e.g. "morning run on 2024-11-13". */
  problem: string;
  /** The share of this solve done, 0 to 1. */
  done: number;
  /** Why the job failed, as a sentence; null unless it failed. */
  error: string | null;
}

export type SolveProgress = (p: { solve: number; problem: string; done: number }) => void;

const IDLE: JobStatus = {
  state: "idle",
  scenario: null,
  solve: 0,
  solves: 0,
  problem: "",
  done: 0,
  error: null,
};

/** "Solving the morning run on 2024-11-13, 2 of 4: 45%", or what the job is doing before and after. */
export function progressWords(status: JobStatus): string {
  if (status.state === "failed") return `The solve failed: ${status.error}`;
  if (status.state === "done") return "Solved.";
  if (status.state === "idle") return "Nothing is being solved.";
  if (status.solve === 0) return "Starting the solver…";
  return `Solving the ${status.problem}, ${status.solve} of ${status.solves}: ${Math.floor(status.done * 100)}%`;
}

/** The share of the whole job done, 0 to 1, for the bar. */
export function shareDone(status: JobStatus): number {
  if (status.state !== "running") return status.state === "idle" ? 0 : 1;
  if (status.solves === 0 || status.solve === 0) return 0;
  return Math.min(1, (status.solve - 1 + status.done) / status.solves);
}

export interface TransportJobs {
  status(la: string): JobStatus;
  /**
   * Starts solving the scenario for the council and returns its status; while a job runs, the same
   * scenario joins it and another is refused (null).
   */
  start(
    la: string,
    scenario: string,
    solves: number,
    work: (progress: SolveProgress) => Promise<void>,
  ): JobStatus | null;
  /** Resolves when every job running now has finished. */
  settled(): Promise<void>;
}

export function transportJobs(): TransportJobs {
  const jobs = new Map<string, JobStatus>();
  const running = new Set<Promise<void>>();
  return {
    status: (la) => ({ ...(jobs.get(la) ?? IDLE) }),
    start(la, scenario, solves, work) {
      const now = jobs.get(la);
      if (now?.state === "running") return now.scenario === scenario ? { ...now } : null;
      const job: JobStatus = { ...IDLE, state: "running", scenario, solves };
      jobs.set(la, job);
      const progress: SolveProgress = (p) => {
        // A policy that solves more than expected still shows a sensible "n of m".
        Object.assign(job, { ...p, solves: Math.max(job.solves, p.solve) });
      };
      const finished = work(progress).then(
        () => Object.assign(job, { state: "done" }),
        (error: unknown) =>
          Object.assign(job, {
            state: "failed",
            error: error instanceof Error ? error.message : String(error),
          }),
      );
      const tracked = finished.then(() => {
        running.delete(tracked);
      });
      running.add(tracked);
      return { ...job };
    },
    settled: async () => {
      await Promise.all([...running]);
    },
  };
}

/** How a scenario's runs are solved: seconds per run (or an iteration budget, in tests), the seed and worker threads. */
export interface SolveSettings {
  secondsPerRun: number;
  seed: number;
  iterations?: number;
  workers?: number;
}

export interface PlanJob {
  store: Store;
  council: Council;
  registers: CouncilRegisters;
  scenario: TransportScenario;
  /** The school day to take the book on; null when the term calendar has none near the as-at date. */
  on: IsoDate | null;
  settings: SolveSettings;
  clock: () => Date;
}

/** Solves the scenario and keeps its plan; a scenario changed or removed meanwhile keeps nothing. */
export async function solveAndSave(job: PlanJob, progress: SolveProgress): Promise<void> {
  const { store, council, scenario, on, settings } = job;
  const name = scenario.scenario;
  if (!on)
    throw new Error(
      `${council.name}'s term calendar has no school day in the 60 days from its as-at date (the end of its latest period with ledger actuals, else today), so there is no day to take today's arrangements on.`,
    );
  const partner = await borderPartner(store, council, scenario);
  const input: ScenarioInput = {
    registers: job.registers,
    scenario,
    on,
    la: council.la,
    name: council.name,
    ...(partner ? { partner } : {}),
  };
  const result = await evaluateScenario(input, scenarioSolver({ ...settings, progress }));
  const councilStore = store.council(council.la);
  const [scenarios, plans] = await Promise.all([
    councilStore.rows("transport-scenarios"),
    councilStore.rows("transport-plans"),
  ]);
  const now = scenarios.find((s) => s.scenario === name);
  if (!now || JSON.stringify(now) !== JSON.stringify(scenario))
    throw new Error(
      `Scenario "${name}" was changed or removed while it was being solved, so nothing was kept; solve it again.`,
    );
  const at = job.clock().toISOString();
  const plan = planOf(result, { solvedAt: at, seed: settings.seed, seconds: settings.secondsPerRun });

  const kept = plans.filter((p) => p.scenario !== name);
  await councilStore.replace("transport-plans", [...kept, plan], { by: "web", source: "web", at });
}
