/**
 * Load, from this process against `outturn serve` in another on loopback: the users sign in, then
 * each keeps one connection busy over the dashboard, the report, the measures and the JSON API, on
 * each store. The table is printed at the end and written to results/; the goals are 0 errors (and
 * no response but a 2xx) and, in the full form only, an API p95 under 50 ms.
 * RELIABILITY_CPU_PROF=1 runs the server with --cpu-prof, its profiles written to results/profiles/.
 */
import { loadavg } from "node:os";
import { afterAll, describe, expect, test } from "vitest";
import { type LoadResult, loadResult, loadTable, RESULTS_DIR, runLoad, writeLoadResult } from "./load.js";
import { GOALS, LOAD, SHORT } from "./mode.js";
import { startServer } from "./outturn-process.js";
import { signInSessions } from "./sign-in.js";
import { baseStores, copyStore, storeKinds } from "./stores.js";

const base = baseStores();
const profile =
  process.env.RELIABILITY_CPU_PROF === "1" ? ["--cpu-prof", "--cpu-prof-dir", `${RESULTS_DIR}profiles`] : [];

describe.skipIf(!base)(`load: ${LOAD.users} users for ${LOAD.seconds} s on each store`, () => {
  const results: LoadResult[] = [];
  afterAll(() => {
    if (results.length > 0) console.log(`\nLoad (${SHORT ? "short" : "full"} form)\n${loadTable(results)}\n`);
  });

  for (const kind of base ? storeKinds(base) : []) {
    test(kind, { timeout: (LOAD.seconds + 150) * 1000 }, async () => {
      const store = await copyStore(base as NonNullable<typeof base>, kind, "load");
      try {
        const loadBefore = loadavg()[0] ?? 0;
        const server = await startServer(store.location, profile);
        try {
          const sessions = await signInSessions(server.url, LOAD.users);
          results.push(
            loadResult(
              kind,
              SHORT ? "short" : "full",
              await runLoad(server.url, sessions, LOAD.seconds),
              loadBefore,
            ),
          );
        } finally {
          await server.stop();
        }
      } finally {
        await store.drop();
      }
      const result = results.at(-1) as LoadResult;
      console.log(`load ${kind}: written to ${await writeLoadResult(result)}`);
      for (const group of ["pages", "api"] as const) {
        expect.soft(result.groups[group].errors, `${group} errors`).toBe(GOALS.errors);
        expect.soft(result.groups[group].non2xx, `${group} responses other than 2xx`).toBe(0);
      }
      if (!SHORT) expect.soft(result.groups.api.p95, "API p95 (ms)").toBeLessThan(GOALS.apiP95Ms);
    });
  }

  if (process.env.CI === "true" && !process.env.OUTTURN_TEST_PG)
    test("postgres", () => {
      throw new Error("CI=true but OUTTURN_TEST_PG is unset: the load must run on PostgreSQL too");
    });
});
