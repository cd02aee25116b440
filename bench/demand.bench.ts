/**
 * The demand model's benchmarks (issue 6), on what ships (dist/, built here when stale):
 *
 * (a) read → write on the synthetic council: read the regional returns, clean, estimate, project 24
 *     months daily and write the CSV, in a fresh Node process: its first run (what `outturn project`
 *     does once) and the median of later runs. Budget 25 ms (the median), ≥ 20× the peer's 0.46 s.
 * (b) the whole `outturn project` process, spawned: start-up, loading, the work, exit. Budget 80 ms,
 *     ≥ 10× the peer's 0.8 s.
 * (c) national scale: about 150 councils and a million episode rows (bench/demand-councils.ts), each
 *     read, cleaned, estimated, projected 24 months and written, on 1 and on 2 worker threads.
 *     Budget 15 s for the faster.
 * (d) memory at peak of (a)'s process and of this one after (c).
 *
 * Prints a table; exits non-zero when a budget is missed.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { cpus, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { machine } from "./councils.js";
import { nationalCouncils } from "./demand-councils.js";
import {
  ensureBuild,
  inFreshNode,
  nationalRun,
  readToWriteScript,
  spawnNode,
  spawnProject,
} from "./demand-run.js";

const SYNTH = resolve("../shared/data/ssda903-synth/regional");
const PEER = { readToWrite: 460, process: 800 };
const BUDGET = { readToWrite: 25, process: 80, national: 15_000 };
const SETTINGS = ["--reference", "2023-03-31..2024-03-31", "--start", "2024-03-31", "--months", "24"];
const RUNS = 15;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const mb = () => process.resourceUsage().maxRSS / 1024;

await ensureBuild();
const out = await mkdtemp(join(tmpdir(), "outturn-demand-bench-"));
try {
  // (a) In a fresh process: the first run, then the median of RUNS more.
  const a = await inFreshNode<{ first: number; warm: number; maxRssMb: number }>(`
    ${readToWriteScript()}
    const out = ${JSON.stringify(join(out, "synth.csv"))};
    const first = await readToWrite(${JSON.stringify(SYNTH)}, out);
    const times = [];
    for (let i = 0; i < ${RUNS}; i++) times.push(await readToWrite(${JSON.stringify(SYNTH)}, out));
    times.sort((x, y) => x - y);
    console.log(JSON.stringify({ first, warm: times[${Math.floor(RUNS / 2)}], maxRssMb: process.resourceUsage().maxRSS / 1024 }));`);

  // (b) The whole process, as a user runs it.
  await spawnProject([SYNTH, ...SETTINGS, "--out", join(out, "cli.csv")]);
  const spawned: number[] = [];
  for (let i = 0; i < RUNS; i++)
    spawned.push(await spawnProject([SYNTH, ...SETTINGS, "--out", join(out, "cli.csv")]));
  const processMs = median(spawned);
  const nodeAlone: number[] = [];
  for (let i = 0; i < RUNS; i++) nodeAlone.push(await spawnNode(["-e", "0"]));

  // (c) National scale, on one worker and on two.
  const national = await nationalCouncils();
  const byWorkers = new Map<number, number>();
  for (const workers of [1, 2]) byWorkers.set(workers, await nationalRun(national.folders, workers, out));
  const best = Math.min(...byWorkers.values());
  const nationalMb = mb();

  const rows = [
    {
      benchmark: "(a) read → clean → estimate → project 730 days → write CSV, synthetic council",
      "Outturn ms": `${a.warm.toFixed(1)} (first run ${a.first.toFixed(1)})`,
      "peer ms": PEER.readToWrite,
      "× faster": (PEER.readToWrite / a.warm).toFixed(0),
      "budget ms": BUDGET.readToWrite,
      "peak MB": a.maxRssMb.toFixed(0),
    },
    {
      benchmark: "(b) the whole `outturn project` process (node dist/src/cli/main.js)",
      "Outturn ms": `${processMs.toFixed(1)} (fastest ${Math.min(...spawned).toFixed(1)})`,
      "peer ms": PEER.process,
      "× faster": (PEER.process / processMs).toFixed(1),
      "budget ms": BUDGET.process,
      "peak MB": "",
    },
    {
      benchmark: "    node -e 0: Node's own start-up, the floor under (b)",
      "Outturn ms": median(nodeAlone).toFixed(1),
      "peer ms": "",
      "× faster": "",
      "budget ms": "",
      "peak MB": "",
    },
    ...[...byWorkers].map(([workers, ms]) => ({
      benchmark: `(c) ${national.folders.length} councils, ${national.episodeRows.toLocaleString("en-GB")} episode rows, ${workers} worker${workers === 1 ? "" : "s"}`,
      "Outturn ms": ms.toFixed(0),
      "peer ms": "",
      "× faster": "",
      "budget ms": BUDGET.national,
      "peak MB": workers === 2 ? nationalMb.toFixed(0) : "",
    })),
  ];
  console.log(`Demand model benchmarks. Machine: ${machine()}`);
  if (national.setupMs !== null)
    console.log(`(generated the national councils' returns in ${(national.setupMs / 1000).toFixed(1)} s)`);
  console.table(rows);
  const faster = (byWorkers.get(1) as number) / (byWorkers.get(2) as number);
  console.log(
    `Two workers against one: ${faster.toFixed(2)}× (${cpus().length} cores). (d) peak memory: (a) ${a.maxRssMb.toFixed(0)} MB; (c) ${nationalMb.toFixed(0)} MB for this process with its workers.`,
  );

  const failures = [
    a.warm > BUDGET.readToWrite && `(a) ${a.warm.toFixed(1)} ms is over its ${BUDGET.readToWrite} ms budget`,
    processMs > BUDGET.process && `(b) ${processMs.toFixed(1)} ms is over its ${BUDGET.process} ms budget`,
    best > BUDGET.national &&
      `(c) ${(best / 1000).toFixed(1)} s is over its ${BUDGET.national / 1000} s budget`,
  ].filter((f): f is string => typeof f === "string");
  for (const f of failures) console.error(`FAIL ${f}`);
  console.log(failures.length === 0 ? "All budgets met." : `${failures.length} budget(s) missed.`);
  process.exitCode = failures.length === 0 ? 0 : 1;
} finally {
  await rm(out, { recursive: true, force: true });
}
