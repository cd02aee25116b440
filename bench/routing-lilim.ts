/**
 * Li & Lim's pickup and delivery set, 100 customers (56 instances): the set ranks by vehicles, then
 * distance, so each instance's vehicles are set against the best known first, and the distance gap is
 * given only where the vehicles are equal; with wall time and the checker's verdict. The summary: the
 * instances at the best known vehicles, and the mean distance gap over those.
 */
import { readdir, readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { parseLiLimBestKnown } from "../src/formats/routing/best-known.js";
import { parseLiLim } from "../src/formats/routing/lilim.js";
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

const DIR = resolve("../shared/data/routing/pdptw-lilim-100");
export const LILIM_SECONDS = 30;

/** The instances in the folder: lc1, lc2, lr1, lr2, lrc1, lrc2, in order. */
export async function lilimNames(): Promise<string[]> {
  return (await readdir(DIR))
    .filter((f) => f.endsWith(".txt"))
    .map((f) => f.replace(/\.txt$/, ""))
    .sort();
}

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

export async function lilimSet(o: BenchOptions): Promise<Failures> {
  const seconds = o.seconds ?? LILIM_SECONDS;
  const names = (await lilimNames()).filter((n) => isChosen(o, n));
  const table = join(DIR, "best-known.csv");
  const bestKnown = parseLiLimBestKnown(await readFile(table, "utf8"), table);
  console.log(`\n## Li & Lim PDPTW, 100 customers: ${names.length} instance(s), ${seconds} s each\n`);
  const rows: Record<string, string | number>[] = [];
  const failures: Failures = [];
  const gaps: number[] = [];
  const byVehicles = { fewer: 0, equal: 0, more: 0 };
  for (const name of names) {
    const file = join(DIR, `${name}.txt`);
    const problem = parseLiLim(await readFile(file, "utf8"), file);
    const solved = await solveChecked(problem, o, seconds);
    const { check, solution } = solved;
    const { vehicles, distance } = check.objective;
    const best = bestKnown.get(name);
    const extra = best === undefined ? Number.NaN : vehicles - best.routes;
    const gap = best && extra === 0 ? (100 * (distance - best.distance)) / best.distance : Number.NaN;
    if (best) {
      if (extra === 0) {
        byVehicles.equal++;
        gaps.push(gap);
      } else byVehicles[extra < 0 ? "fewer" : "more"]++;
    }
    failures.push(...solvedFailures(`Li & Lim ${name}`, solved));
    rows.push({
      instance: name,
      "best vehicles": best?.routes ?? "?",
      "best distance": best ? fixed(best.distance, 2) : "?",
      vehicles,
      distance: fixed(distance, 2),
      "vehicles vs best": Number.isFinite(extra) ? signed(extra) : "?",
      "distance gap %": fixed(gap, 2),
      unserved: solution.unserved.length,
      "time s": fixed(solved.seconds, 1),
      iterations: solution.iterations,
      checker: verdict(check),
    });
    const against = best ? ` against ${best.routes} and ${best.distance.toFixed(2)}` : "";
    console.log(
      `${name}: ${vehicles} vehicles, ${distance.toFixed(2)}${against} in ${solved.seconds.toFixed(1)} s`,
    );
  }
  console.log(`\n${markdownTable(rows)}\n`);
  const known = byVehicles.equal + byVehicles.fewer + byVehicles.more;
  const mean = gaps.reduce((s, g) => s + g, 0) / Math.max(1, gaps.length);
  console.log(
    `At the best known vehicles: ${byVehicles.equal} of ${known} (more: ${byVehicles.more}, fewer: ${byVehicles.fewer}); ` +
      `mean distance gap where the vehicles are equal: ${gaps.length > 0 ? `${fixed(mean, 2)}%` : "–"}`,
  );
  return failures;
}
