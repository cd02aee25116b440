import { describe, expect, it } from "vitest";
import { solve } from "../domain/routing/solver/index.js";
import { options, pupil, schoolRun, violations } from "../domain/routing/solver/solver.fixture.js";
import { solveOnWorkers } from "./routing.js";

describe("solveOnWorkers", () => {
  const homes = [0, 1, 2, 3, 4, 5].map((k) => [10, 3 * k - 8] as const);
  const problem = schoolRun(homes, (h) => homes.map((_, k) => pupil(`P${k}`, h(k), { maxRide: 20 })));

  it("runs seeds seed and seed + 1 on two workers and keeps the better, reporting merged progress", async () => {
    const seen: number[] = [];
    const result = await solveOnWorkers(problem, {
      seed: 3,
      iterations: 100,
      timeLimitMs: 60_000,
      workers: 2,
      progress: (done) => seen.push(done),
    });
    expect(violations(problem, result)).toEqual([]);
    const alone = [solve(problem, options(100, 3)), solve(problem, options(100, 4))];
    const best = Math.min(...alone.map((s) => s.objective.cost));
    expect(result.objective.cost).toBeCloseTo(best, 9);
    expect(seen.length).toBeGreaterThan(0);
    expect(Math.max(...seen)).toBeLessThanOrEqual(1);
  });
});
