/**
 * How long the full monthly recompute takes, for Demoshire and for a large council: the forecast
 * outturn at P7, the period closed (its snapshot written), the movement against P6's snapshot, the
 * forecast accuracy over every snapshot, the savings tracker with its evidence, and the MTFP with
 * every scenario. Timed from the embedded store (read the registers and
 * snapshots, compute, write the snapshot; each run on a fresh copy of the store) and in memory (the
 * domain alone). Budgets: Demoshire < 200 ms, large council < 1 s, and time growing no faster than
 * linearly with the size of the registers. Exits non-zero when a budget is missed.
 */
import { performance } from "node:perf_hooks";
import { formatPeriodRef, parsePeriodRef, periodEnd } from "../src/domain/calendar/financial.js";
import { mtfpPlan } from "../src/domain/mtfp/plan.js";
import { mtfpScenario, scenarioNames } from "../src/domain/mtfp/scenario.js";
import { forecastAccuracy } from "../src/domain/outturn/accuracy.js";
import { type ForecastOutturn, forecastOutturn } from "../src/domain/outturn/forecast.js";
import { movement } from "../src/domain/outturn/movement.js";
import type { CouncilRegisters } from "../src/domain/registers.js";
import { savingsTracker } from "../src/domain/savings/tracker.js";
import type { CouncilStore } from "../src/store/store.js";
import { ACTOR, type BenchCouncil, benchCouncils, machine, medianMs, storeCopy } from "./councils.js";

const PERIOD = parsePeriodRef("2024-25:P7");
const PREVIOUS = formatPeriodRef({ year: PERIOD.year, period: 6 });
const BUDGET_MS: Record<string, number> = { Demoshire: 200, "Large council": 1000 };
const RUNS = 7;

/** The month's work once the registers and snapshots are in hand. */
function recompute(registers: CouncilRegisters, snapshots: readonly ForecastOutturn[]) {
  const outturn = forecastOutturn(registers, PERIOD);
  const previous = snapshots.find((s) => s.period === PREVIOUS);
  if (!previous) throw new Error(`the bench council has no snapshot at ${PREVIOUS}`);
  const plan = mtfpPlan(registers);
  if (!plan) throw new Error("the bench council has no MTFP");
  return {
    savings: savingsTracker(registers, PERIOD.year, periodEnd(PERIOD)),
    scenarios: scenarioNames(registers).map((name) => mtfpScenario(registers, plan, name)),
    outturn,
    movement: movement(previous, outturn, registers.adjustments),
    accuracy: forecastAccuracy([...snapshots, outturn], registers.actuals),
  };
}

/** From the store: read, recompute, close the period, on a fresh copy each run (the copy is not timed). */
async function fromStore(council: BenchCouncil): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i <= RUNS; i++) {
    const copy = await storeCopy(council);
    const store: CouncilStore = copy.store.council(council.la);
    const start = performance.now();
    const registers = await store.registers();
    const snapshots = (await store.snapshots()).map((s) => s.forecast);
    const { outturn } = recompute(registers, snapshots);
    await store.closePeriod(PERIOD, ACTOR, outturn);
    if (i > 0) samples.push(performance.now() - start);
    await copy.close();
  }
  return samples.sort((a, b) => a - b)[Math.floor(RUNS / 2)] ?? Number.NaN;
}

const rowsOf = (r: CouncilRegisters) =>
  Object.values(r).reduce((rows: number, register: unknown[]) => rows + register.length, 0);

const councils = await benchCouncils();
const results = [];
for (const council of councils) {
  const copy = await storeCopy(council);
  const store = copy.store.council(council.la);
  const registers = await store.registers();
  const snapshots = (await store.snapshots()).map((s) => s.forecast);
  await copy.close();
  results.push({
    ...council,
    rows: rowsOf(registers),
    snapshots: snapshots.length,
    domainMs: await medianMs(() => recompute(registers, snapshots), RUNS * 3),
    storeMs: await fromStore(council),
    budgetMs: BUDGET_MS[council.name] ?? 0,
  });
}

const [small, large] = results;
if (!small || !large) throw new Error("both councils must run");
const rowsRatio = large.rows / small.rows;
const growth = { domain: large.domainMs / small.domainMs, store: large.storeMs / small.storeMs };

console.log(
  `Monthly recompute at ${formatPeriodRef(PERIOD)}: forecast, close the period (snapshot), movement since ${PREVIOUS}, accuracy over the snapshots, savings tracker, MTFP and its scenarios`,
);
console.log(`Machine: ${machine()}; median of ${RUNS} runs (domain: ${RUNS * 3})`);
console.table(
  results.map((r) => ({
    council: r.name,
    "register rows": r.rows,
    snapshots: r.snapshots,
    "setup s": r.setupMs === null ? "reused" : (r.setupMs / 1000).toFixed(1),
    "domain ms": r.domainMs.toFixed(1),
    "store + domain + snapshot ms": r.storeMs.toFixed(1),
    "budget ms": r.budgetMs,
  })),
);
console.log(
  `Size ratio large/Demoshire ${rowsRatio.toFixed(2)}; time ratio domain ${growth.domain.toFixed(2)}, store ${growth.store.toFixed(2)}`,
);

const failures = [
  ...results
    .filter((r) => r.storeMs >= r.budgetMs)
    .map((r) => `${r.name}: ${r.storeMs.toFixed(1)} ms is over its ${r.budgetMs} ms budget`),
  ...Object.entries(growth)
    .filter(([, ratio]) => ratio > rowsRatio * 1.5)
    .map(
      ([what, ratio]) =>
        `${what} time grew ${ratio.toFixed(2)}× for ${rowsRatio.toFixed(2)}× the rows: worse than linear`,
    ),
];
for (const f of failures) console.error(`FAIL ${f}`);
console.log(failures.length === 0 ? "All budgets met." : `${failures.length} budget(s) missed.`);
process.exitCode = failures.length === 0 ? 0 : 1;
