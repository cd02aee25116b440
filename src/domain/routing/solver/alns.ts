/**
 * The adaptive large neighbourhood search (Ropke & Pisinger 2006; Ropke, Cordeau & Laporte 2007
 * for the dial-a-ride problem): destroy q requests, repair, accept by simulated annealing, adapt the
 * operators' weights. When vehicles cost something to use, the first part of the run also tries to
 * do with fewer: drop the smallest route of the best solution, forbid a new one, and search until
 * its requests are all placed again (then drop another) or the attempt runs out.
 */
import type { Objective, SolveOptions } from "../model.js";
import { Adaptive, fingerprint, SCORE, SEGMENT } from "./adaptive.js";
import { DESTROYS } from "./destroy.js";
import type { Instance } from "./instance.js";
import type { Rng } from "./random.js";
import { type AloneCosts, type RepairOptions, repair } from "./repair.js";
import type { Route } from "./route.js";
import type { Solution } from "./solution.js";

const REPAIRS: readonly RepairOptions[] = [1, 2, 3, 4].flatMap((regret) => [
  { regret, noise: 0 },
  { regret, noise: 1 },
]);
/** A solution 5% worse than the first is accepted with probability ½ at the start; the temperature falls to 0.2% of that by the end. */
const START_WORSE = 0.05;
const END_RATIO = 0.002;
/** Share of the run given to cutting vehicles, and to each attempt at one fewer. */
const FLEET_PHASE = 0.4;
const FLEET_ATTEMPT = 0.1;

export interface Search {
  best: Solution;
  iterations: number;
}

export function search(
  start: Solution,
  alone: AloneCosts,
  options: SolveOptions,
  rng: Rng,
  objective: (s: Solution) => Objective,
  /** When solving began (options.now()), so the first solution's construction counts against the time limit. */
  began: number = options.now(),
): Search {
  const inst = start.inst;
  const budget = options.iterations;
  const done = (it: number) =>
    budget !== undefined ? it / budget : (options.now() - began) / Math.max(1, options.timeLimitMs);
  const stop = (it: number) =>
    (budget !== undefined && it >= budget) || options.now() - began >= options.timeLimitMs;
  const noise = noiseScale(inst);
  const destroys = new Adaptive(DESTROYS.length);
  const repairs = new Adaptive(REPAIRS.length);
  const seen = new Set<number>();
  let current = start;
  let best = start.clone();
  const t0 = Math.max(1e-6, (START_WORSE * start.cost()) / Math.LN2);
  const cutFleet = inst.types > 0 && Array.from(inst.fixed).some((f) => f > 0);
  let attempt = false;
  let attemptStart = 0;
  const reduce = (frac: number) => {
    const next = cutFleet ? withoutSmallestRoute(best) : null;
    attempt = next !== null;
    attemptStart = frac;
    if (next) current = next;
  };
  reduce(0);
  const served = () => current.routes.reduce((sum, r) => sum + r.m / 2, 0);
  let it = 0;
  for (; !stop(it); it++) {
    const frac = Math.min(1, done(it));
    if (attempt && (frac > FLEET_PHASE || frac - attemptStart > FLEET_ATTEMPT)) {
      attempt = false;
      current = best.clone();
    }
    const temperature = t0 * END_RATIO ** frac;
    const d = destroys.draw(rng);
    const k = repairs.draw(rng);
    const cand = current.clone();
    const qMax = Math.max(2, Math.min(40, Math.floor(0.4 * served())));
    const q = rng.int(Math.min(4, qMax), qMax);
    const removed = (DESTROYS[d] as (typeof DESTROYS)[number])(cand, q, rng);
    const how = REPAIRS[k] as RepairOptions;
    repair(cand, rng.shuffle(removed), alone, { regret: how.regret, noise: how.noise * noise }, rng);
    const print = fingerprint(cand.routes);
    const fresh = !seen.has(print);
    seen.add(print);
    let points = 0;
    if (cand.betterThan(current)) {
      points = fresh ? SCORE.better : 0;
      current = cand;
    } else {
      const delta = cand.value() - current.value();
      const worse = delta > 0 ? delta : 1e-3 * Math.max(0, cand.rideTime() - current.rideTime());
      if (rng.next() < Math.exp(-worse / temperature)) {
        current = cand;
        points = fresh ? SCORE.accepted : 0;
      }
    }
    if (current === cand && cand.betterThan(best)) {
      best = cand.clone();
      best.maxRoutes = Number.POSITIVE_INFINITY;
      points = SCORE.best;
      if (attempt) reduce(frac);
    }
    destroys.reward(d, points);
    repairs.reward(k, points);
    if ((it + 1) % SEGMENT === 0) {
      destroys.endSegment();
      repairs.endSegment();
      options.progress?.(frac, objective(best));
    }
  }
  return { best, iterations: it };
}

/** The best solution without its smallest route, whose requests wait in the bank, and no new route allowed. */
function withoutSmallestRoute(best: Solution): Solution | null {
  if (best.routes.length <= 1) return null;
  const s = best.clone();
  let smallest = s.routes[0] as Route;
  for (const r of s.routes) if (r.m < smallest.m) smallest = r;
  const requests = smallest.seq.filter((v) => (v & 1) === 0).map((v) => v >> 1);
  const touched = new Set<Route>();
  for (const r of requests) s.remove(r, touched);
  s.settle(touched, s.bank);
  s.bank.push(...requests);
  s.maxRoutes = s.routes.length;
  return s;
}

/** Noise amplitude on insertion costs: 2.5% of the longest distance at the dearest mileage (Ropke & Pisinger's η = 0.025). */
function noiseScale(inst: Instance): number {
  const perDist = Math.max(0, ...Array.from(inst.perDist));
  const scale = inst.maxDist * perDist;
  return 0.025 * (scale > 0 ? scale : 0.1 * Math.max(0, ...Array.from(inst.fixed)));
}
