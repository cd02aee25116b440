/**
 * The councils the benchmarks run on: Demoshire and a large council (scale 5), each generated with
 * its closed periods into a SQLite file once, and kept in the temp folder under a hash of the source
 * tree, so `npm run bench` generates them once and a later run reuses them until the code changes.
 * Each benchmark that writes (closing a period) works on a throwaway copy.
 */
import { createHash } from "node:crypto";
import { copyFile, mkdir, readdir, readFile, rename, rm, stat } from "node:fs/promises";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { loadDemo } from "../src/demo/load-demo.js";
import { openSqliteStore } from "../src/store/sqlite.js";
import type { Store } from "../src/store/store.js";

export const ACTOR = { by: "bench", source: "bench", at: "2024-11-01T00:00:00Z" };

export interface BenchCouncil {
  name: string;
  scale: number;
  file: string;
  la: string;
  /** How long generating and loading it took, or null when an earlier run's file was reused. */
  setupMs: number | null;
}

const COUNCILS = [
  { name: "Demoshire", scale: 1 },
  { name: "Large council", scale: 5 },
];

/** The machine, as a table's caption gives it. */
export function machine(): string {
  const cpu = cpus()[0]?.model.trim() ?? "unknown CPU";
  return `${cpu}, ${cpus().length} cores, Node ${process.version}, ${process.platform}`;
}

/** Every file under `dir`, sorted, so the hash does not depend on the order the disk lists them in. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)])),
  );
  return nested.flat().sort();
}

async function sourceHash(): Promise<string> {
  const hash = createHash("sha256");
  for (const file of await filesUnder("src")) hash.update(file).update(await readFile(file));
  return hash.digest("hex").slice(0, 16);
}

const exists = (file: string) =>
  stat(file).then(
    () => true,
    () => false,
  );

async function councilOf(file: string): Promise<string> {
  const store = await openSqliteStore(file);
  try {
    const [council] = await store.councils();
    if (!council) throw new Error(`${file} holds no council`);
    return council.la;
  } finally {
    await store.close();
  }
}

/** Each bench council's store file, generated now unless this source tree already made it. */
export async function benchCouncils(): Promise<BenchCouncil[]> {
  const dir = join(tmpdir(), "outturn-bench");
  await mkdir(dir, { recursive: true });
  const version = await sourceHash();
  const councils: BenchCouncil[] = [];
  for (const { name, scale } of COUNCILS) {
    const file = join(dir, `${version}-scale${scale}.sqlite`);
    let setupMs: number | null = null;
    if (!(await exists(file))) {
      const partial = `${file}.${process.pid}`;
      const start = performance.now();
      const store = await openSqliteStore(partial);
      await store.migrate();
      await loadDemo(store, ACTOR, { scale });
      await store.close();
      setupMs = performance.now() - start;
      await rename(partial, file);
    }
    councils.push({ name, scale, file, la: await councilOf(file), setupMs });
  }
  return councils;
}

/** A throwaway copy of a council's store, for work that writes; `close` deletes it. */
export async function storeCopy(
  council: BenchCouncil,
): Promise<{ store: Store; close: () => Promise<void> }> {
  const copy = `${council.file}.copy-${process.pid}`;
  await copyFile(council.file, copy);
  const store = await openSqliteStore(copy);
  return {
    store,
    close: async () => {
      await store.close();
      await Promise.all(["", "-wal", "-shm"].map((suffix) => rm(`${copy}${suffix}`, { force: true })));
    },
  };
}

/** The median of `runs` timings of `work`, after one run to warm up. */
export async function medianMs(work: () => unknown, runs: number): Promise<number> {
  await work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  return samples.sort((a, b) => a - b)[Math.floor(runs / 2)] ?? Number.NaN;
}
