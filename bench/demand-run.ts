/**
 * How the demand benchmarks run what ships: the built dist/ (npm run build, made here when older
 * than src/), in fresh Node processes and worker threads, so start-up and first runs count as a
 * user meets them. Each measurement reports wall time and peak memory.
 */
import { execFile, spawn } from "node:child_process";
import { readdir, stat, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { Worker } from "node:worker_threads";

export const DIST = resolve("dist/src");
const run = promisify(execFile);

async function newest(dir: string): Promise<number> {
  let latest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) latest = Math.max(latest, await newest(path));
    else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts"))
      latest = Math.max(latest, (await stat(path)).mtimeMs);
  }
  return latest;
}

/** Builds dist/ with `npm run build` when it is missing or older than the source; says so when it does. */
export async function ensureBuild(): Promise<void> {
  const built = await stat(join(DIST, "cli/main.js")).then(
    (s) => s.mtimeMs,
    () => 0,
  );
  if (built >= (await newest("src"))) return;
  console.log("Building dist/ (npm run build) so the benchmark times what ships…");
  await run("npm", ["run", "build"]).catch((error: { stdout?: string }) => {
    // tsc writes its output even when some file has a type error; the timing needs only the output.
    console.warn(`npm run build reported errors:\n${error.stdout ?? error}`);
  });
}

const url = (module: string) => pathToFileURL(join(DIST, module)).href;

/**
 * A script for a fresh process or a worker: reads one council's returns from `folder`, cleans,
 * estimates, projects `days` days and writes the CSV to `out`, as `outturn project` does, timed from
 * the first read to the file written.
 */
export function readToWriteScript(): string {
  return `
    const { projectCommand } = await import(${JSON.stringify(url("cli/project.js"))});
    globalThis.readToWrite = async (folder, out) => {
      const started = performance.now();
      await projectCommand(folder, { out }, () => "unused");
      return performance.now() - started;
    };`;
}

export interface ProcessRun {
  ms: number;
  maxRssMb: number;
}

/** Runs `script` (an ES module body) in a fresh `node`, which prints a JSON line; returns it parsed. */
export async function inFreshNode<T>(script: string): Promise<T> {
  const { stdout } = await run(process.execPath, ["--input-type=module", "-e", script]);
  return JSON.parse(stdout.trim().split("\n").at(-1) as string) as T;
}

/** The whole `outturn project` process, spawned as a user runs it, wall time from spawn to exit. */
export function spawnProject(args: readonly string[]): Promise<number> {
  return spawnNode([join(DIST, "cli/main.js"), "project", ...args]);
}

/** `node` with these arguments, wall time from spawn to exit (`-e 0`: Node's own start-up, the floor). */
export function spawnNode(args: readonly string[]): Promise<number> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, {
      stdio: ["ignore", "ignore", "inherit"],
    });
    child.on("error", fail);
    child.on("exit", (code) =>
      code === 0
        ? done(performance.now() - started)
        : fail(new Error(`node ${args.join(" ")} exited ${code}`)),
    );
  });
}

export interface NationalRun {
  workers: number;
  ms: number;
  /** Peak resident memory of the whole process (main thread and workers), MB. */
  maxRssMb: number;
}

/** A worker's module: the read-to-write script, then one council at a time as the main thread asks. */
const WORKER = `
  import { parentPort } from "node:worker_threads";
  ${readToWriteScript()}
  parentPort.on("message", async ({ folder, out }) => {
    parentPort.postMessage(await globalThis.readToWrite(folder, out));
  });
  parentPort.postMessage("ready");`;

/**
 * Every council read, cleaned, estimated, projected and written by `workers` worker threads, each
 * taking the next council when it is done; timed from starting the workers to the last file written.
 */
export async function nationalRun(
  folders: readonly string[],
  workers: number,
  outDir: string,
): Promise<number> {
  const workerFile = join(outDir, "worker.mjs");
  await writeFile(workerFile, WORKER);
  const started = performance.now();
  let next = 0;
  const one = (w: number) =>
    new Promise<void>((done, fail) => {
      const worker = new Worker(workerFile);
      const give = () => {
        const folder = folders[next];
        if (folder === undefined) {
          void worker.terminate().then(() => done());
          return;
        }
        worker.postMessage({ folder, out: join(outDir, `projection-${next++}-${w}.csv`) });
      };
      worker.on("message", give);
      worker.on("error", fail);
    });
  await Promise.all(Array.from({ length: workers }, (_, w) => one(w)));
  return performance.now() - started;
}
