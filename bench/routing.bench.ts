/**
 * The routing solver on Cordeau's dial-a-ride set a (issue 7): each instance solved on worker threads
 * (seeds 1, 2, …) within a time limit, its gap to the best known, the wall time, and the independent
 * checker's verdict; then the mean gap. Goal: mean gap ≤ 1% at ≤ 60 s an instance on 2 cores.
 *
 *   npm run bench:routing                         all 21 instances, 60 s each, 2 workers
 *   npm run bench:routing -- --time 10 --only a2-16,a3-24 --workers 2
 */
import { readdir, readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { checkSolution } from "../src/domain/routing/check/index.js";
import { CORDEAU_A_BEST_KNOWN } from "../src/formats/routing/best-known.js";
import { parseCordeau } from "../src/formats/routing/cordeau.js";
import { solveOnWorkers } from "../src/workers/routing.js";
import { machine } from "./councils.js";

const { values } = parseArgs({
  options: {
    time: { type: "string", default: "60" },
    only: { type: "string" },
    workers: { type: "string", default: "2" },
    seed: { type: "string", default: "1" },
  },
});
const seconds = Number(values.time);
const workers = Number(values.workers);
const DIR = resolve("../shared/data/routing/darp-cordeau-a");
const size = (name: string) => name.split(/[a-]/).filter(Boolean).map(Number);
const names = (await readdir(DIR))
  .filter((f) => f.endsWith(".txt"))
  .map((f) => f.replace(/\.txt$/, ""))
  .filter((n) => !values.only || values.only.split(",").includes(n))
  .sort((a, b) => {
    const [ka = 0, na = 0] = size(a);
    const [kb = 0, nb = 0] = size(b);
    return ka - kb || na - nb;
  });

console.log(`Cordeau DARP set a: ${seconds} s an instance on ${workers} worker(s), seed ${values.seed}`);
console.log(`Machine: ${machine()}`);
const rows: Record<string, string | number>[] = [];
const gaps: number[] = [];
for (const name of names) {
  const file = join(DIR, `${name}.txt`);
  const problem = parseCordeau(await readFile(file, "utf8"), file);
  const started = performance.now();
  const solution = await solveOnWorkers(problem, {
    seed: Number(values.seed),
    timeLimitMs: seconds * 1000,
    workers,
  });
  const wall = (performance.now() - started) / 1000;
  const check = checkSolution(problem, solution);
  const best = CORDEAU_A_BEST_KNOWN[name];
  const gap = best === undefined ? Number.NaN : (100 * (check.objective.cost - best)) / best;
  if (Number.isFinite(gap)) gaps.push(gap);
  const verdict = check.feasible
    ? "feasible"
    : `INFEASIBLE (${check.violations.length}): ${check.violations[0]?.message}`;
  rows.push({
    instance: name,
    "best known": best ?? "?",
    cost: Number(check.objective.cost.toFixed(2)),
    "gap %": Number(gap.toFixed(2)),
    vehicles: check.objective.vehicles,
    unserved: solution.unserved.length,
    "time s": Number(wall.toFixed(1)),
    iterations: solution.iterations,
    checker: verdict,
  });
  console.log(
    `${name}: ${check.objective.cost.toFixed(2)} (gap ${gap.toFixed(2)}%) in ${wall.toFixed(1)} s, ${verdict}`,
  );
}
console.table(rows);
const mean = gaps.reduce((s, g) => s + g, 0) / Math.max(1, gaps.length);
console.log(`Mean gap over ${gaps.length} instance(s): ${mean.toFixed(2)}% (goal ≤ 1%)`);
