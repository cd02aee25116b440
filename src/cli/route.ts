/**
 * `outturn route`: solve a routing problem (a Cordeau or Li & Lim benchmark file, a problem as JSON,
 * or the council's own transport book) on worker threads, check the solution with the independent
 * checker, and print the routes as JSON or a text summary; or, with --scenario, price one of the
 * council's transport scenarios (route-scenario.ts). Bad input exits 2 with a sentence; a solution
 * the checker refuses (which should never happen) is still printed, and exits 1.
 */
import { writeFile } from "node:fs/promises";
import type { Command } from "commander";
import { checkSolution, objectiveDifferences } from "../domain/routing/check/index.js";
import type { Run } from "../domain/routing/send-problem.js";
import { solveOnWorkers } from "../workers/routing.js";
import { UserError } from "./common.js";
import { progressBar } from "./progress.js";
import { type RouteSettings, routeReport } from "./route-output.js";
import { benchmarkSource, councilSource, inputSource, type RouteSource } from "./route-source.js";
import { routeText } from "./route-text.js";

export interface RouteOptions {
  cordeau?: string;
  lilim?: string;
  input?: string;
  run?: string;
  la?: string;
  timeLimit?: string;
  seed?: string;
  iterations?: string;
  workers?: string;
  format?: string;
  out?: string;
  scenario?: string;
  on?: string;
  save?: boolean;
}

function whole(text: string | undefined, option: string, fallback: number, least: number): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (text.trim() === "" || !Number.isInteger(n) || n < least)
    throw new UserError(`--${option} must be a whole number of ${least} or more; got "${text}".`, 2);
  return n;
}

/** The options checked and with their defaults, before anything is read. */
export function routeSettings(o: RouteOptions): RouteSettings & { format: "json" | "text"; run: Run } {
  const limit = o.timeLimit === undefined ? 60 : Number(o.timeLimit);
  if (!(limit > 0) || !Number.isFinite(limit) || o.timeLimit?.trim() === "")
    throw new UserError(`--time-limit must be a number of seconds above 0; got "${o.timeLimit}".`, 2);
  const format = o.format ?? "text";
  if (format !== "json" && format !== "text")
    throw new UserError(`--format must be json or text; got "${format}".`, 2);
  const run = o.run ?? "morning";
  if (run !== "morning" && run !== "afternoon")
    throw new UserError(`--run must be morning or afternoon; got "${run}".`, 2);
  const files = (["cordeau", "lilim", "input"] as const).filter((k) => o[k] !== undefined);
  if (files.length > 1)
    throw new UserError(
      `Give one of --cordeau, --lilim or --input, not ${files.map((k) => `--${k}`).join(" and ")}.`,
      2,
    );
  if (files.length === 1 && (o.run !== undefined || o.la !== undefined))
    throw new UserError(
      `--run and --la choose a council's transport book; they do not go with --${files[0]}.`,
      2,
    );
  const clash = [...files.map((k) => `--${k}`), ...(o.run === undefined ? [] : ["--run"])];
  if (o.scenario !== undefined && clash.length > 0)
    throw new UserError(
      `--scenario solves both runs of the council's book; it does not go with ${clash.join(" or ")}.`,
      2,
    );
  if (o.scenario === undefined && (o.on !== undefined || o.save))
    throw new UserError("--on and --save go with --scenario NAME.", 2);
  return {
    seed: whole(o.seed, "seed", 1, 0),
    timeLimitSeconds: limit,
    iterations: o.iterations === undefined ? null : whole(o.iterations, "iterations", 0, 1),
    workers: whole(o.workers, "workers", 2, 1),
    format,
    run,
  };
}

function source(o: RouteOptions, run: Run, store: () => string): Promise<RouteSource> {
  if (o.cordeau !== undefined) return benchmarkSource("cordeau", o.cordeau);
  if (o.lilim !== undefined) return benchmarkSource("lilim", o.lilim);
  if (o.input !== undefined) return inputSource(o.input);
  return councilSource(store(), o.la, run);
}

export async function routeCommand(o: RouteOptions, store: () => string): Promise<void> {
  const { format, run, ...settings } = routeSettings(o);
  if (o.scenario !== undefined) {
    // Loaded only here, as route-source.ts loads the store: a benchmark file needs neither.
    const { scenarioCommand } = await import("./route-scenario.js");
    return scenarioCommand(
      { scenario: o.scenario, la: o.la, on: o.on, save: o.save === true, format, out: o.out, settings },
      store,
    );
  }
  const from = await source(o, run, store);
  const money = from.council !== null;
  const bar = progressBar(`Routing ${from.problem.name}`);
  const started = performance.now();
  const result = await solveOnWorkers(from.problem, {
    seed: settings.seed,
    timeLimitMs: settings.timeLimitSeconds * 1000,
    ...(settings.iterations === null ? {} : { iterations: settings.iterations }),
    workers: settings.workers,
    progress: (done, best) =>
      bar.update(
        Math.round(done * 100),
        100,
        `best ${money ? `£${(best.cost / 100).toFixed(2)}` : best.cost.toFixed(2)}`,
      ),
  });
  bar.stop();
  const seconds = (performance.now() - started) / 1000;
  const check = checkSolution(from.problem, result);
  const differences = objectiveDifferences(result.objective, check.objective, 1e-6);
  const report = routeReport({ source: from, settings, result, check, differences, seconds });
  const text = format === "json" ? `${JSON.stringify(report, null, 2)}\n` : routeText(report);
  if (o.out === undefined) process.stdout.write(text);
  else {
    await writeFile(o.out, text);
    console.log(`Wrote ${o.out}`);
  }
  if (!check.feasible || differences.length > 0)
    throw new UserError(
      `The independent checker refuses this solution (${check.violations.length + differences.length} faults, listed in the output). This should never happen: please report it with the problem and the seed.`,
      1,
    );
}

export function addRouteCommand(program: Command, store: () => string): void {
  program
    .command("route")
    .description(
      "Plan routes for the council's SEND transport book, a Cordeau or Li & Lim benchmark file, or a problem as JSON, and check them; or price one of the council's transport scenarios",
    )
    .option("--cordeau <file>", "a Cordeau dial-a-ride instance (e.g. a2-16.txt)")
    .option("--lilim <file>", "a Li & Lim pickup and delivery instance (e.g. lc101.txt)")
    .option("--input <file>", "a routing problem as JSON (docs/routing.md#outturn-route)")
    .option("--run <run>", "with none of those, the council's book: morning (the default) or afternoon")
    .option("--la <code>", "with none of those: the council in the store")
    .option("--scenario <name>", "solve this transport scenario of the council's (both runs) against today")
    .option("--on <date>", "with --scenario: the school day (default: the first on or after the as-at date)")
    .option("--save", "with --scenario: keep the plan as the scenario's transport-plans row")
    .option("--time-limit <seconds>", "stop searching after this long, each run with --scenario (default 60)")
    .option("--seed <n>", "random seed; the same seed and --iterations give the same routes (default 1)")
    .option("--iterations <n>", "stop after this many iterations on each worker (repeatable runs)")
    .option("--workers <n>", "worker threads, each searching from its own seed (default 2)")
    .option("--format <format>", "text (a summary; the default) or json (every route and stop)")
    .option("--out <file>", "write to a file instead of standard output")
    .action((o: RouteOptions) => routeCommand(o, store));
}
