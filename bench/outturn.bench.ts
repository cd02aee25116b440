/**
 * How long the forecast outturn takes to recompute, for Demoshire and for a large council, both
 * from registers in memory (the domain alone) and from the embedded store (load + compute).
 * Budgets: Demoshire < 200 ms, large council < 1 s, and the cost grows no faster than linearly with
 * the size of the registers. Exits non-zero when a budget is missed.
 */
import { cpus } from "node:os";
import { performance } from "node:perf_hooks";
import { loadDemo } from "../src/demo/load-demo.js";
import { parsePeriodRef } from "../src/domain/calendar/financial.js";
import { forecastOutturn } from "../src/domain/outturn/forecast.js";
import type { CouncilRegisters } from "../src/domain/registers.js";
import { openSqliteStore } from "../src/store/sqlite.js";

const PERIOD = parsePeriodRef("2024-25:P7");
const ACTOR = { by: "bench", source: "bench", at: "2024-11-01T00:00:00Z" };
const councils = [
  { name: "Demoshire", scale: 1, budgetMs: 200 },
  { name: "Large council", scale: 5, budgetMs: 1000 },
];

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

async function time(work: () => unknown, runs: number): Promise<number> {
  await work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const size = (r: CouncilRegisters) =>
  Object.values(r).reduce((rows: number, register: unknown[]) => rows + register.length, 0);

const results = [];
for (const council of councils) {
  const store = await openSqliteStore(":memory:");
  await store.migrate();
  const la = await loadDemo(store, ACTOR, { scale: council.scale });
  const councilStore = store.council(la);
  const registers = await councilStore.registers();
  const domainMs = await time(() => forecastOutturn(registers, PERIOD), 20);
  const storeMs = await time(async () => forecastOutturn(await councilStore.registers(), PERIOD), 10);
  results.push({
    ...council,
    rows: size(registers),
    placements: registers.placements.length,
    domainMs,
    storeMs,
  });
  await store.close();
}

const [small, large] = results;
if (!small || !large) throw new Error("both councils must run");
const rowsRatio = large.rows / small.rows;
const growth = { domain: large.domainMs / small.domainMs, store: large.storeMs / small.storeMs };

console.log(
  `Forecast outturn recompute at ${PERIOD.year}:P${PERIOD.period} (${cpus()[0]?.model ?? "cpu"}, ${cpus().length} cores, Node ${process.version})`,
);
console.table(
  results.map((r) => ({
    council: r.name,
    "register rows": r.rows,
    placements: r.placements,
    "domain ms (median)": r.domainMs.toFixed(2),
    "store load + compute ms (median)": r.storeMs.toFixed(2),
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
  ...(growth.store > rowsRatio * 1.5
    ? [`store time grew ${growth.store.toFixed(2)}× for ${rowsRatio.toFixed(2)}× the rows: worse than linear`]
    : []),
];
for (const f of failures) console.error(`FAIL ${f}`);
console.log(failures.length === 0 ? "All budgets met." : `${failures.length} budget(s) missed.`);
process.exitCode = failures.length === 0 ? 0 : 1;
