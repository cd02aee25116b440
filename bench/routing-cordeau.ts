/**
 * Cordeau's dial-a-ride set a (21 instances, a2-16 … a8-96): each instance's cost against the optimum,
 * the gap, wall time and the checker's verdict, then the mean gap. Goal: mean gap ≤ 1% at ≤ 60 s an
 * instance on 2 cores.
 */
import { readdir, readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { CORDEAU_A_BEST_KNOWN } from "../src/formats/routing/best-known.js";
import { parseCordeau } from "../src/formats/routing/cordeau.js";
import {
  type BenchOptions,
  type Failures,
  fixed,
  isChosen,
  markdownTable,
  solveChecked,
  solvedFailures,
  verdict,
} from "./routing-common.js";

const DIR = resolve("../shared/data/routing/darp-cordeau-a");
export const CORDEAU_SECONDS = 60;
const GOAL_MEAN_GAP = 1;

/** The instances in the folder, smallest first (by vehicles, then requests). */
export async function cordeauNames(): Promise<string[]> {
  const size = (name: string) => name.split(/[a-]/).filter(Boolean).map(Number);
  return (await readdir(DIR))
    .filter((f) => f.endsWith(".txt"))
    .map((f) => f.replace(/\.txt$/, ""))
    .sort((a, b) => {
      const [ka = 0, na = 0] = size(a);
      const [kb = 0, nb = 0] = size(b);
      return ka - kb || na - nb;
    });
}

export async function cordeauSet(o: BenchOptions): Promise<Failures> {
  const seconds = o.seconds ?? CORDEAU_SECONDS;
  const names = (await cordeauNames()).filter((n) => isChosen(o, n));
  console.log(`\n## Cordeau DARP set a: ${names.length} instance(s), ${seconds} s each\n`);
  const rows: Record<string, string | number>[] = [];
  const gaps: number[] = [];
  const failures: Failures = [];
  for (const name of names) {
    const file = join(DIR, `${name}.txt`);
    const problem = parseCordeau(await readFile(file, "utf8"), file);
    const solved = await solveChecked(problem, o, seconds);
    const { check, solution } = solved;
    const best = CORDEAU_A_BEST_KNOWN[name];
    const gap = best === undefined ? Number.NaN : (100 * (check.objective.cost - best)) / best;
    if (Number.isFinite(gap)) gaps.push(gap);
    failures.push(...solvedFailures(`Cordeau ${name}`, solved));
    rows.push({
      instance: name,
      "best known": best ?? "?",
      cost: fixed(check.objective.cost, 2),
      "gap %": fixed(gap, 2),
      vehicles: check.objective.vehicles,
      unserved: solution.unserved.length,
      "time s": fixed(solved.seconds, 1),
      iterations: solution.iterations,
      checker: verdict(check),
    });
    console.log(
      `${name}: ${check.objective.cost.toFixed(2)} (gap ${fixed(gap, 2)}%) in ${solved.seconds.toFixed(1)} s`,
    );
  }
  console.log(`\n${markdownTable(rows)}\n`);
  if (gaps.length === 0) return failures;
  const mean = gaps.reduce((s, g) => s + g, 0) / gaps.length;
  console.log(`Mean gap over ${gaps.length} instance(s): ${fixed(mean, 2)}% (goal ≤ ${GOAL_MEAN_GAP}%)`);
  if (mean > GOAL_MEAN_GAP)
    failures.push(`Cordeau: the mean gap ${mean.toFixed(2)}% is over the goal of ${GOAL_MEAN_GAP}%`);
  return failures;
}
