/**
 * The load: one connection per signed-in session, every connection cycling over the same fixed mix
 * of pages and JSON API routes for a fixed time (autocannon, in this process; the server is another
 * process on loopback). Every response's latency is kept, so each route group's percentiles are
 * exact; a timeout or a broken connection is an error of the route it was waiting for.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { cpus } from "node:os";
import { fileURLToPath } from "node:url";
import autocannon, { type Client, type Request, type Result } from "autocannon";
import { LA } from "./mode.js";
import type { Session } from "./sign-in.js";

export type Group = "pages" | "api";

export const ROUTES: readonly { group: Group; path: string }[] = [
  { group: "pages", path: "/" },
  { group: "pages", path: "/report" },
  { group: "pages", path: "/measures" },
  { group: "api", path: "/api/councils" },
  { group: "api", path: `/api/councils/${LA}/forecast` },
  { group: "api", path: `/api/councils/${LA}/savings` },
  { group: "api", path: `/api/councils/${LA}/mtfp` },
];

/** A request slower than this is an error (a timeout), not a latency. */
const TIMEOUT_SECONDS = 30;

export interface Figures {
  requests: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  non2xx: number;
  /** Broken connections and timeouts together; `timeouts` of them were requests not answered in time. */
  errors: number;
  timeouts: number;
}

export interface LoadRun {
  seconds: number;
  connections: number;
  groups: Record<Group, Figures>;
  routes: Record<string, Figures>;
}

interface Tally {
  latencies: number[];
  non2xx: number;
  errors: number;
  timeouts: number;
}

/** The nearest-rank percentile of ascending values, in ms to one decimal. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const value = sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] as number;
  return Math.round(value * 10) / 10;
}

function figures(tallies: readonly Tally[], seconds: number): Figures {
  const sorted = tallies.flatMap((t) => t.latencies).sort((a, b) => a - b);
  return {
    requests: sorted.length,
    perSecond: Math.round((sorted.length / seconds) * 10) / 10,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: percentile(sorted, 100),
    non2xx: tallies.reduce((n, t) => n + t.non2xx, 0),
    errors: tallies.reduce((n, t) => n + t.errors, 0),
    timeouts: tallies.reduce((n, t) => n + t.timeouts, 0),
  };
}

/** Each session's connection cycles over ROUTES for `seconds`, after one warm-up pass over them. */
export async function runLoad(url: string, sessions: readonly Session[], seconds: number): Promise<LoadRun> {
  const first = sessions[0];
  if (!first) throw new Error("the load needs at least one session");
  for (const { path } of ROUTES)
    await (await fetch(url + path, { headers: { cookie: first.cookie } })).text();

  const tallies = new Map(
    ROUTES.map((r) => [r.path, { latencies: [], non2xx: 0, errors: 0, timeouts: 0 } as Tally]),
  );
  const tally = (request: Request) => tallies.get(request.path) as Tally;
  let next = 0;
  const setupClient = (client: Client) => {
    const index = next++;
    const cookie = (sessions[index % sessions.length] as Session).cookie;
    // Each connection starts at its own place in the mix, so the routes are mixed from the first second.
    const mix = ROUTES.map((_, i) => ROUTES[(i + index) % ROUTES.length] as (typeof ROUTES)[number]);
    const requests = mix.map(({ path }) => ({ method: "GET", path, headers: { cookie } }));
    client.setRequests(requests);
    const current = () => client.requestIterator.currentRequest;
    client.on("response", (status: number, _bytes: number, ms: number) => {
      const t = tally(current());
      t.latencies.push(ms);
      if (status < 200 || status > 299) t.non2xx++;
    });
    client.on("connError", () => tally(current()).errors++);
    // A timeout is reported after the client has moved on to the next request in its cycle.
    client.on("timeout", () => {
      const index = client.requestIterator.currentRequestIndex;
      const t = tally(requests[(index + requests.length - 1) % requests.length] as Request);
      t.errors++;
      t.timeouts++;
    });
  };
  const result = await new Promise<Result>((resolve, reject) => {
    autocannon(
      { url, connections: sessions.length, duration: seconds, timeout: TIMEOUT_SECONDS, setupClient },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
  });
  const ran = result.duration;
  const groups = Object.fromEntries(
    (["pages", "api"] as const).map((g) => [
      g,
      figures(
        ROUTES.filter((r) => r.group === g).map((r) => tallies.get(r.path) as Tally),
        ran,
      ),
    ]),
  ) as Record<Group, Figures>;
  const routes = Object.fromEntries(
    ROUTES.map((r) => [r.path, figures([tallies.get(r.path) as Tally], ran)]),
  );
  const attributed = groups.pages.errors + groups.api.errors;
  if (attributed !== result.errors)
    throw new Error(`autocannon counted ${result.errors} errors but ${attributed} were attributed to routes`);
  return { seconds: ran, connections: sessions.length, groups, routes };
}

export interface LoadResult extends LoadRun {
  store: "sqlite" | "postgres";
  form: "full" | "short";
  at: string;
  /** The machine, and its load average over the minute before the run (other work competing for it). */
  machine: { cpus: number; model: string; node: string; loadBefore: number };
}

export function loadResult(
  store: LoadResult["store"],
  form: LoadResult["form"],
  run: LoadRun,
  loadBefore: number,
): LoadResult {
  const cores = cpus();
  return {
    store,
    form,
    at: new Date().toISOString(),
    machine: { cpus: cores.length, model: cores[0]?.model ?? "unknown", node: process.version, loadBefore },
    ...run,
  };
}

/** Where a run's results go: test/reliability/results/ (gitignored). */
export const RESULTS_DIR = fileURLToPath(new URL("results/", import.meta.url));

/** Writes the result to results/load-<store>.json; returns the path. */
export async function writeLoadResult(result: LoadResult): Promise<string> {
  await mkdir(RESULTS_DIR, { recursive: true });
  const path = `${RESULTS_DIR}load-${result.store}.json`;
  await writeFile(path, `${JSON.stringify(result, null, 2)}\n`);
  return path;
}

/** The results as one text table: a row per store and route group, then per route. */
export function loadTable(results: readonly LoadResult[]): string {
  const head = [
    "store",
    "routes",
    "requests",
    "req/s",
    "p50 ms",
    "p95 ms",
    "p99 ms",
    "max ms",
    "non-2xx",
    "errors",
    "of them timeouts",
  ];
  const rows = results.flatMap((r) =>
    [...Object.entries(r.groups), ...Object.entries(r.routes)].map(([name, f]) => [
      r.store,
      name,
      ...[f.requests, f.perSecond, f.p50, f.p95, f.p99, f.max, f.non2xx, f.errors, f.timeouts].map(String),
    ]),
  );
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] as string).length)));
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => (i < 2 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number))).join("  ");
  const machines = results.map(
    (r) =>
      `${r.store}: ${r.connections} connections for ${r.seconds} s; ${r.machine.cpus} cores (${r.machine.model}), load average ${r.machine.loadBefore.toFixed(1)} before the run, Node ${r.machine.node}`,
  );
  return [line(head), ...rows.map(line), "", ...machines].join("\n");
}
