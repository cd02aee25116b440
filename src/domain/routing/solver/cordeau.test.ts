import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CORDEAU_A_BEST_KNOWN } from "../../../formats/routing/best-known.js";
import { parseCordeau } from "../../../formats/routing/cordeau.js";
import { checkSolution } from "../check/index.js";
import { solve } from "./index.js";
import { options } from "./solver.fixture.js";

const read = (name: string) => {
  const file = join(process.cwd(), "../shared/data/routing/darp-cordeau-a", `${name}.txt`);
  return parseCordeau(readFileSync(file, "utf8"), file);
};

describe("solve on Cordeau's dial-a-ride set a", () => {
  it("solves a2-16 to within 1% of the optimum (294.25) in 1500 iterations, and the checker agrees", () => {
    const problem = read("a2-16");
    const s = solve(problem, options(1500));
    const check = checkSolution(problem, s);
    expect(check.violations).toEqual([]);
    expect(check.objective.cost).toBeCloseTo(s.objective.cost, 6);
    expect(check.objective.rideTime).toBeCloseTo(s.objective.rideTime, 6);
    expect(s.unserved).toEqual([]);
    const best = CORDEAU_A_BEST_KNOWN["a2-16"] as number;
    expect(s.objective.cost).toBeGreaterThanOrEqual(best - 0.01);
    expect(s.objective.cost / best - 1).toBeLessThan(0.01);
  });

  it("gives the same solution for the same seed and iterations, and keeps within the fleet", () => {
    const problem = read("a3-24");
    const a = solve(problem, options(300, 7));
    const b = solve(problem, options(300, 7));
    expect(b).toEqual(a);
    expect(a.routes.length).toBeLessThanOrEqual(3);
    expect(checkSolution(problem, a).violations).toEqual([]);
  });
});
