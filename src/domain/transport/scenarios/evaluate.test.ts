import { describe, expect, it } from "vitest";
import { schoolDayCounter } from "../../calendar/terms.js";
import { sum } from "../../money/money.js";
import type { SolveResult } from "../../routing/solver/index.js";
import { CALENDAR } from "../transport-fixtures.js";
import { council, ON, scenario, solveInProcess } from "./evaluate.fixture.js";
import { evaluateScenario } from "./evaluate.js";
import type { RunPlan, ScenarioResult, SolveRun } from "./model.js";
import { budgetOffers } from "./personal-budgets.js";
import { solveDay } from "./runs.js";

const DAYS_2024_25 = schoolDayCounter(CALENDAR)("2024-04-01", "2025-03-31");
const evaluate = (fields: Parameters<typeof scenario>[0], registers = council(), solveRun = solveInProcess) =>
  evaluateScenario(
    { registers, scenario: scenario(fields), on: ON, la: "DEMO", name: "Demoshire" },
    solveRun,
  );

const riders = (plan: RunPlan) => new Set(plan.routes.flatMap((r) => r.stops.map((s) => s.request)));
const pickupPlaces = (plan: RunPlan) =>
  new Set(
    plan.routes.flatMap((r) =>
      r.stops
        .filter((s) => s.kind === "pickup")
        .map((s) => `${plan.locations[s.location]?.x},${plan.locations[s.location]?.y}`),
    ),
  );
const byPupil = (result: ScenarioResult) => new Map(result.pupils.map((p) => [p.pupil, p]));

describe("evaluateScenario: shared routes", () => {
  it("prices the plan against today's arrangements, with totals that add up to the penny", async () => {
    const result = await evaluate({});
    const routes = sum([...result.morning.routeCosts, ...result.afternoon.routeCosts]);
    expect(result.current).toEqual({
      dailyCost: 8 * 40_00,
      pupils: 8,
      routes: 8,
      basis: "today's 8 routes for 8 pupils on 2024-11-13 (htst-routes)",
    });
    expect(result.dailyCost).toBe(routes);
    expect(sum(result.pupils.map((p) => p.planDailyCost))).toBe(routes);
    expect(result.dailySaving).toBe(8 * 40_00 - result.dailyCost);
    expect(result.dailySaving).toBeGreaterThan(0);
    expect(result.morning.routes.length).toBeLessThan(8);
    expect(result).toMatchObject({ year: "2024-25", schoolDays: DAYS_2024_25, oneOffCost: 0, warnings: [] });
    expect(result.annualCost).toBe(result.dailyCost * DAYS_2024_25);
    expect(result.annualSaving).toBe(result.dailySaving * DAYS_2024_25);
    expect(result.pupils.map((p) => p.pupil)).toEqual(["P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8"]);
    expect(result.pupils.every((p) => p.currentDailyCost === 40_00 && p.morningPickup !== null)).toBe(true);
    expect(byPupil(result).get("P5")?.maxRide).toBe(45);
    const stops = result.morning.routes.flatMap((r) => r.stops);
    expect(stops.every((s) => result.morning.locations[s.location] !== undefined)).toBe(true);
  });

  it("leaves out pupils not riding on the day, and counts without naming those today's routes cannot price", async () => {
    const registers = council();
    registers.htstPupils = registers.htstPupils.map((p) =>
      p.pupilRef === "P8" ? { ...p, end: "2024-10-31" } : p.pupilRef === "P7" ? { ...p, routeRef: "R99" } : p,
    );
    const result = await evaluate({}, registers);
    expect(result.pupils.map((p) => p.pupil)).not.toContain("P8");
    expect(riders(result.morning).has("P8")).toBe(false);
    expect(byPupil(result).get("P7")?.currentDailyCost).toBeNull();
    expect(result.current).toMatchObject({ dailyCost: 6 * 40_00, pupils: 6 });
    expect(result.warnings).toEqual([
      "1 pupil has no priced arrangement in htst-routes on 2024-11-13: today's cost leaves them out, while the plan carries them",
    ]);
  });

  it("says when the term calendar does not cover the year it prices", async () => {
    const result = await evaluate({}, council({ terms: [], closures: [] }));
    expect(result).toMatchObject({ schoolDays: 0, annualCost: 0 });
    expect(result.warnings).toEqual([
      "terms: the term calendar has no school day in April–August 2024, September–December 2024, January–March 2025, so 2024-25's school days are undercounted",
      "terms: 2024-11-13 is not a school day in the term calendar",
    ]);
  });

  it("never prices a solution the independent checker refuses", async () => {
    const dropsARoute: SolveRun = async (problem): Promise<SolveResult> => {
      const solved = await solveInProcess(problem);
      return { ...solved, routes: solved.routes.slice(1) };
    };
    await expect(evaluate({}, council(), dropsARoute)).rejects.toThrow(
      /The independent checker refuses the morning run's solution on 2024-11-13 \(\d+ faults?\)/,
    );
  });
});

describe("evaluateScenario: policies", () => {
  it("travel training takes the trained pupils off the routes and counts the training once", async () => {
    const result = await evaluate({
      policy: "travel-training",
      trained: ["P1", "P2", "P5"],
      trainingCost: 500_00,
    });
    for (const plan of [result.morning, result.afternoon]) {
      expect(riders(plan).has("P1") || riders(plan).has("P2")).toBe(false);
    }
    expect(byPupil(result).get("P1")).toMatchObject({ planDailyCost: 0, arrangement: "travel trained" });
    expect(result.oneOffCost).toBe(1_000_00);
    expect(result.annualSaving).toBe(result.dailySaving * DAYS_2024_25 - 1_000_00);
    expect(result.warnings).toEqual(["1 named pupil not trained: 1 is of primary age"]);
    await expect(
      evaluate({ policy: "travel-training", trained: ["P1", "PX"], trainingCost: 500_00 }),
    ).rejects.toThrow(
      'transport-scenarios Shared routes: Trained pupils is "P1; PX", but PX must each have a row in transport-needs',
    );
  });

  it("travel training by count warns when fewer pupils are eligible than asked", async () => {
    const result = await evaluate({ policy: "travel-training", trainCount: 10, trainingCost: 500_00 });
    expect(result.oneOffCost).toBe(6 * 500_00);
    expect(result.warnings).toEqual(["6 of the 10 pupils asked for are eligible for travel training"]);
  });

  it("personal budgets are paid only to the pupils offered one, who leave the routes", async () => {
    const shared = await solveDay(council(), ON, solveInProcess);
    const offers = budgetOffers([shared.morning, shared.afternoon], 45).filter((o) => o.offered);
    expect(offers.length).toBeGreaterThan(0);
    const result = await evaluate({ policy: "personal-budgets", mileageRate: 45 });
    const budgeted = result.pupils.filter((p) => p.arrangement === "personal budget");
    expect(budgeted.map((p) => [p.pupil, p.planDailyCost])).toEqual(
      offers.map((o) => [o.pupil, o.budgetDailyCost]),
    );
    expect(result.otherDailyCost).toBe(sum(offers.map((o) => o.budgetDailyCost)));
    expect(budgeted.some((p) => riders(result.morning).has(p.pupil))).toBe(false);
    const routes = sum([...result.morning.routeCosts, ...result.afternoon.routeCosts]);
    expect(result.dailyCost).toBe(routes + result.otherDailyCost);
    expect(sum(result.pupils.map((p) => p.planDailyCost))).toBe(result.dailyCost);
  });

  it("pick-up points gather pupils who live close together, so fewer places are visited", async () => {
    const shared = await evaluate({});
    const points = await evaluate({ policy: "pick-up-points", walkingMetres: 800 });
    expect(pickupPlaces(points.morning).size).toBeLessThan(pickupPlaces(shared.morning).size);
    expect(points.notes).toContain(
      "4 pupils walk to 1 pick-up point, at most 300 m (the policy allows 800 m)",
    );
    expect(byPupil(points).get("P3")?.arrangement).toBe("pick-up point P1, 300 m walk");
    await expect(evaluate({ policy: "pick-up-points" })).rejects.toThrow(
      "transport-scenarios Shared routes: Walking distance (m) is blank, but must be given for pick-up-points",
    );
  });

  it("across the border needs the partner's registers, and compares working together with each council alone", async () => {
    const border = scenario({ policy: "across-the-border", partner: "MARCH" });
    await expect(
      evaluateScenario(
        { registers: council(), scenario: border, on: ON, la: "DEMO", name: "Demoshire" },
        solveInProcess,
      ),
    ).rejects.toThrow(
      "column Partner (value MARCH): policy across-the-border needs the partner council's registers",
    );
    const partner = { la: "MARCH", name: "Marchshire", registers: council() };
    const result = await evaluateScenario(
      { registers: council(), scenario: border, on: ON, la: "DEMO", name: "Demoshire", partner },
      solveInProcess,
    );
    expect(result.current).toMatchObject({ dailyCost: 16 * 40_00, pupils: 16, routes: 16 });
    expect(result.pupils.map((p) => p.pupil).slice(0, 2)).toEqual(["DEMO:P1", "DEMO:P2"]);
    expect(result.border?.map((b) => [b.council, b.currentDailyCost, b.pupils])).toEqual([
      ["Demoshire", 8 * 40_00, 8],
      ["Marchshire", 8 * 40_00, 8],
      ["Demoshire and Marchshire together", 16 * 40_00, 16],
    ]);
    expect(result.border?.[2]?.aloneDailyCost).toBe(result.dailyCost);
    expect(result.notes[1]).toMatch(
      /^Solved together, the two councils' routes cost £[\d,.]+ a day; each solving alone/,
    );
  });
});
