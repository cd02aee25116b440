/**
 * Demoshire's school day: the transport book generated in memory (the demo generator, no store), the
 * morning and afternoon runs built with transportProblem on the last school day of the as-at period,
 * each solved on worker threads and checked. Reports today's daily cost for the day's pupils (their
 * shares of today's routes, currentArrangements), the optimised day's cost and the saving, the routes
 * and vehicles of each type, ride-time statistics, pupils unserved, and the wall time from generating
 * the book to the last check against the goal of 2 minutes.
 */

import { DEMOSHIRE_SEED, simulateCouncil } from "../src/demo/generate.js";
import { periodEnd } from "../src/domain/calendar/financial.js";
import { schoolDayCounter } from "../src/domain/calendar/terms.js";
import { formatPounds } from "../src/domain/money/money.js";
import type { Unserved } from "../src/domain/routing/model.js";
import { type Run, transportProblem } from "../src/domain/routing/send-problem.js";
import { lastSchoolDay } from "../src/domain/transport/cost-per-pupil.js";
import { type CouncilFigures, councilFigures, routeFigures } from "../src/domain/transport/plan-figures.js";
import {
  type BenchOptions,
  type Failures,
  fixed,
  markdownTable,
  type Solved,
  solveChecked,
  solvedFailures,
  verdict,
} from "./routing-common.js";
import { type RideStats, rideStats, saving, todayCost, vehiclesByType } from "./routing-council-figures.js";

/** The council set's one instance, as --only names it. */
export const COUNCIL_NAME = "demoshire";
export const COUNCIL_SECONDS = 50;
const GOAL_SECONDS = 120;
const RUNS: readonly Run[] = ["morning", "afternoon"];

const percent = (share: number) => `${(100 * share).toFixed(1)}%`;

interface RunOutcome {
  run: Run;
  solved: Solved;
  figures: CouncilFigures;
  rides: RideStats;
}

/** "0", or "3 (fleet 2, max-ride 1)": how many, by the constraint at fault. */
function unserved(list: readonly Unserved[]): string {
  if (list.length === 0) return "0";
  const by = new Map<string, number>();
  for (const u of list) by.set(u.constraint, (by.get(u.constraint) ?? 0) + 1);
  return `${list.length} (${[...by].map(([c, n]) => `${c} ${n}`).join(", ")})`;
}

export async function councilSet(o: BenchOptions): Promise<Failures> {
  const seconds = o.seconds ?? COUNCIL_SECONDS;
  const started = performance.now();
  const { registers, asAt } = simulateCouncil({ seed: DEMOSHIRE_SEED, scale: 1 });
  const on = lastSchoolDay(periodEnd(asAt), schoolDayCounter(registers));
  if (on === null) throw new Error(`Demoshire has no school day in the 120 days to ${periodEnd(asAt)}`);
  const problems = RUNS.map((run) => transportProblem(registers, run, { on }));
  const buildSeconds = (performance.now() - started) / 1000;
  const pupils = problems[0]?.requests.map((r) => r.id) ?? [];
  console.log(
    `\n## Demoshire's school day ${on}: ${pupils.length} pupils, ${seconds} s a run (built in ${buildSeconds.toFixed(1)} s)\n`,
  );

  const failures: Failures = [];
  const runs: RunOutcome[] = [];
  for (const problem of problems) {
    const solved = await solveChecked(problem, o, seconds);
    const { routes } = solved.solution;
    const figures = councilFigures(
      problem,
      routes,
      routes.map((r) => routeFigures(problem, r).cost),
    );
    failures.push(...solvedFailures(`Demoshire ${problem.run}`, solved));
    runs.push({ run: problem.run, solved, figures, rides: rideStats(figures.pupils) });
    console.log(`${problem.run}: ${formatPounds(figures.total.pence)} in ${solved.seconds.toFixed(1)} s`);
  }
  const wall = (performance.now() - started) / 1000;
  const [morning, afternoon] = runs;
  if (!morning || !afternoon) return failures;

  const day = rideStats([...morning.figures.pupils, ...afternoon.figures.pupils]);
  const column = (pick: (r: RunOutcome) => string | number, whole: string | number) => ({
    morning: pick(morning),
    afternoon: pick(afternoon),
    day: whole,
  });
  const planPence = morning.figures.total.pence + afternoon.figures.total.pence;
  const rows = [
    { figure: "cost", ...column((r) => formatPounds(r.figures.total.pence), formatPounds(planPence)) },
    { figure: "pupils carried", ...column((r) => r.rides.pupils, "") },
    { figure: "routes", ...column((r) => r.solved.solution.routes.length, "") },
    {
      figure: "ride mean, minutes",
      ...column((r) => fixed(r.rides.meanMinutes, 1), fixed(day.meanMinutes, 1)),
    },
    {
      figure: "ride 95th percentile",
      ...column((r) => fixed(r.rides.p95Minutes, 1), fixed(day.p95Minutes, 1)),
    },
    {
      figure: "ride longest",
      ...column((r) => fixed(r.rides.longestMinutes, 1), fixed(day.longestMinutes, 1)),
    },
    {
      figure: "within their limit",
      ...column((r) => percent(r.rides.withinLimit), percent(day.withinLimit)),
    },
    { figure: "unserved", ...column((r) => unserved(r.solved.solution.unserved), "") },
    { figure: "iterations", ...column((r) => r.solved.solution.iterations, "") },
    { figure: "solve s", ...column((r) => fixed(r.solved.seconds, 1), "") },
    { figure: "check s", ...column((r) => fixed(r.solved.checkSeconds, 2), "") },
    { figure: "checker", ...column((r) => verdict(r.solved.check), "") },
  ];
  console.log(`\n${markdownTable(rows)}\n`);

  const types = vehiclesByType(
    problems[0]?.vehicleTypes ?? [],
    morning.solved.solution.routes,
    afternoon.solved.solution.routes,
  );
  const typeRows = types.map((t) => ({
    "vehicle type": t.vehicleType,
    "seats, wheelchair spaces": t.capacity.join(", "),
    available: Number.isFinite(t.available) ? t.available : "no limit",
    "morning routes": t.morning,
    "afternoon routes": t.afternoon,
    "vehicles for the day": t.vehicles,
  }));
  console.log(`${markdownTable(typeRows)}\n`);

  const today = todayCost(registers, on, pupils);
  const saved = saving(today.dailyCost, planPence);
  const share = saved.percent === null ? "" : ` (${saved.percent.toFixed(1)}%)`;
  console.log(
    `Today (each pupil's share of their route's daily cost in htst-routes on ${on}, ${today.priced} pupils` +
      `${today.unpriced > 0 ? `; ${today.unpriced} with no priced route left out` : ""}): ` +
      `${formatPounds(today.dailyCost)} a day. Optimised: ${formatPounds(planPence)} a day. ` +
      `Saving: ${formatPounds(saved.pence)} a day${share}.`,
  );
  console.log(
    `Wall time: ${wall.toFixed(1)} s (building ${buildSeconds.toFixed(1)} s, then solving and checking); goal < ${GOAL_SECONDS} s.`,
  );
  if (wall >= GOAL_SECONDS)
    failures.push(`Demoshire: ${wall.toFixed(1)} s is over the goal of ${GOAL_SECONDS} s`);
  return failures;
}
