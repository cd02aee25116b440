/**
 * A solved "Shared routes" scenario for the rendering tests: the small test book (two schools, a taxi
 * and a minibus) with six pupils, one of them with a hostile reference and one who cannot be carried
 * (a 1-minute ride limit), both runs solved in process (200 iterations, a fake clock) and priced as
 * the evaluator does; today every priced pupil costs £60 a day.
 */
import { type Pence, roundPence } from "../../domain/money/money.js";
import { type Run, transportProblem } from "../../domain/routing/send-problem.js";
import { solve } from "../../domain/routing/solver/index.js";
import { need, smallBook } from "../../domain/transport/book.fixture.js";
import { councilFigures, type PupilRide, routeFigures } from "../../domain/transport/plan-figures.js";
import {
  type RunPlan,
  type ScenarioPupil,
  type ScenarioResult,
  type TransportScenario,
  transportScenario,
} from "../../domain/transport/scenarios/model.js";

export const HOSTILE_REF = '=HYPERLINK("http://evil.test","click")';
const ON = "2024-10-01";
const SCHOOL_DAYS = 190;

const book = smallBook([
  need("P01"),
  need("P02", { homeEasting: 345_500, homeNorthing: 252_300 }),
  need("P03", { school: "S2", phase: "primary", homeEasting: 346_000, homeNorthing: 251_000 }),
  need("P04", { homeEasting: 348_000, homeNorthing: 253_000, alone: true, assistant: true }),
  need(HOSTILE_REF, { school: "S2", phase: "primary", homeEasting: 347_000, homeNorthing: 249_000 }),
  need("P06", { homeEasting: 340_000, homeNorthing: 256_000, maxRide: 1 }),
]);

export const SHARED_ROUTES: TransportScenario = transportScenario("Shared routes", "shared-routes", {
  saving: "SAV-T1",
  adoptFrom: "2025-01-06",
  costCentre: "HTST",
});

function runPlan(run: Run): { plan: RunPlan; rides: Map<string, PupilRide> } {
  const problem = transportProblem(book, run, { on: ON });
  const solved = solve(problem, { seed: 1, iterations: 200, now: () => 0, timeLimitMs: 1e9 });
  const figures = solved.routes.map((r) => routeFigures(problem, r));
  const routeCosts = figures.map((f) => roundPence(f.cost));
  const rides = councilFigures(problem, solved.routes, routeCosts).pupils;
  return {
    plan: {
      run,
      routes: [...solved.routes],
      routeCosts,
      routeMiles: figures.map((f) => f.distance),
      unserved: [...solved.unserved],
      objective: solved.objective,
      locations: [...problem.locations],
    },
    rides: new Map(rides.map((p) => [p.pupil, p])),
  };
}

function solvedScenario(): ScenarioResult {
  const morning = runPlan("morning");
  const afternoon = runPlan("afternoon");
  const today = (ref: string): Pence | null => (ref === "P06" ? null : 60_00);
  const pupils = book.transportNeeds.map((n): ScenarioPupil => {
    const am = morning.rides.get(n.pupilRef);
    const pm = afternoon.rides.get(n.pupilRef);
    const aboard = new Set(am ? morning.plan.routes[am.route]?.stops.map((s) => s.request) : []).size;
    return {
      pupil: n.pupilRef,
      currentDailyCost: today(n.pupilRef),
      planDailyCost: (am?.pence ?? 0) + (pm?.pence ?? 0),
      arrangement: am ? (aboard === 1 ? "alone" : "shared") : "unserved",
      morningPickup: am?.pickup ?? null,
      morningRideMinutes: am?.rideMinutes ?? null,
      afternoonRideMinutes: pm?.rideMinutes ?? null,
      maxRide: am?.maxRide ?? n.maxRide ?? 75,
    };
  });
  const current = pupils.reduce((s, p) => s + (p.currentDailyCost ?? 0), 0);
  const dailyCost = [...morning.plan.routeCosts, ...afternoon.plan.routeCosts].reduce((s, c) => s + c, 0);
  return {
    scenario: SHARED_ROUTES.scenario,
    policy: SHARED_ROUTES.policy,
    on: ON,
    current: { dailyCost: current, pupils: 5, routes: 5, basis: `today's 5 routes for 5 pupils on ${ON}` },
    morning: morning.plan,
    afternoon: afternoon.plan,
    otherDailyCost: 0,
    dailyCost,
    dailySaving: current - dailyCost,
    oneOffCost: 0,
    year: "2024-25",
    schoolDays: SCHOOL_DAYS,
    annualCost: dailyCost * SCHOOL_DAYS,
    annualSaving: (current - dailyCost) * SCHOOL_DAYS,
    pupils,
    notes: ["Every pupil who can share does."],
    warnings: ["1 pupil has no priced arrangement today."],
  };
}

/** Solved once for all the tests that import it. */
export const SOLVED: ScenarioResult = solvedScenario();
