import { describe, expect, it } from "vitest";
import { checkSolution } from "../../routing/check/index.js";
import { transportProblem } from "../../routing/send-problem.js";
import { solve } from "../../routing/solver/index.js";
import { acrossTheBorder } from "./across-the-border.js";
import { council, ON, scenario, solveInProcess } from "./evaluate.fixture.js";
import { evaluateScenario } from "./evaluate.js";
import { solveDay } from "./runs.js";
import { sideBySide } from "./side-by-side.js";

describe("the two councils' own plans side by side, across the border", () => {
  it("are a feasible plan of the joint problem that costs exactly what the two cost alone", async () => {
    const [ours, theirs] = [council(), council()];
    const [demo, march] = [
      await solveDay(ours, ON, solveInProcess),
      await solveDay(theirs, ON, solveInProcess),
    ];
    const own = [
      { la: "DEMO", day: demo },
      { la: "MARCH", day: march },
    ];
    const joint = acrossTheBorder({ la: "DEMO", book: ours }, { la: "MARCH", book: theirs });
    for (const run of ["morning", "afternoon"] as const) {
      const problem = transportProblem(joint, run, { on: ON });
      const plan = sideBySide(problem, own);
      const check = checkSolution(problem, plan);
      expect(check.violations).toEqual([]);
      expect(plan.routes.length).toBe(demo[run].plan.routes.length + march[run].plan.routes.length);
      expect(check.objective.cost).toBeCloseTo(
        demo[run].plan.objective.cost + march[run].plan.objective.cost,
        6,
      );
    }
  });

  it("make working together never dearer than each council alone, however short the joint search", async () => {
    const short = async (problem: Parameters<typeof solveInProcess>[0]) =>
      problem.requests.length > 8
        ? solve(problem, { seed: 1, iterations: 0, timeLimitMs: 1e9, now: () => 0 })
        : solveInProcess(problem);
    const partner = { la: "MARCH", name: "Marchshire", registers: council() };
    const border = scenario({ policy: "across-the-border", partner: "MARCH" });
    const result = await evaluateScenario(
      { registers: council(), scenario: border, on: ON, la: "DEMO", name: "Demoshire", partner },
      short,
    );
    const [a, b] = result.border ?? [];
    const apart = (a?.aloneDailyCost ?? 0) + (b?.aloneDailyCost ?? 0);
    expect(result.dailyCost).toBeLessThanOrEqual(apart);
    if (result.dailyCost === apart) expect(result.notes[1]).toContain("working together saves nothing here");
  });
});
