import { describe, expect, it } from "vitest";
import { transportProblem } from "../domain/routing/send-problem.js";
import { solve } from "../domain/routing/solver/index.js";
import { need, smallBook } from "../domain/transport/book.fixture.js";
import { scenarioSolver } from "./transport-scenario.js";

describe("scenarioSolver", () => {
  const book = smallBook([need("P1"), need("P2", { homeEasting: 346_000 }), need("P3", { school: "S2" })]);
  const morning = transportProblem(book, "morning", { on: "2024-11-04" });
  const afternoon = transportProblem(book, "afternoon", { on: "2024-11-04" });

  it("solves each run on the workers as solve does with the seed, numbering the solves and reporting each run's share done", async () => {
    const seen: { solve: number; problem: string; done: number }[] = [];
    const run = scenarioSolver({
      seed: 5,
      secondsPerRun: 60,
      workers: 1,
      iterations: 50,
      progress: (p) => seen.push(p),
    });
    const first = await run(morning);
    await run(afternoon);
    const alone = solve(morning, { seed: 5, iterations: 50, timeLimitMs: 60_000, now: () => 0 });
    expect(first.routes).toEqual(alone.routes);
    expect(first.objective.cost).toBeCloseTo(alone.objective.cost, 9);
    expect(seen[0]).toEqual({ solve: 1, problem: "morning run on 2024-11-04", done: 0 });
    expect(seen.at(-1)).toEqual({ solve: 2, problem: "afternoon run on 2024-11-04", done: 1 });
    // The first solve reports from 0 up to 1, then the second does.
    const shares = (solve: number) => seen.filter((p) => p.solve === solve).map((p) => p.done);
    const [one, two] = [shares(1), shares(2)];
    expect(seen.map((p) => p.solve)).toEqual([...one.map(() => 1), ...two.map(() => 2)]);
    for (const done of [one, two]) {
      expect([done[0], done.at(-1)]).toEqual([0, 1]);
      expect(done).toEqual([...done].sort((a, b) => a - b));
    }
  });
});
