/**
 * Crash safety: `outturn import placements` of a large file and `outturn close` are killed with
 * SIGKILL at the points in crash-points.ts, on SQLite and PostgreSQL. The store, reopened and
 * migrated as a restarted process would, must hold exactly what it held before (the register, the
 * audit trail, the snapshots) or exactly what a clean run leaves; a change committed before the
 * killed process started is still there; SQLite's integrity check passes; and the same command,
 * run again, ends exactly as a clean run. Each kill point and its outcome is printed.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { closeCommand } from "../../src/cli/periods.js";
import { importCommand } from "../../src/cli/registers.js";
import { addDays } from "../../src/domain/calendar/dates.js";
import { formatPeriodRef, parsePeriodRef, periodEnd, periodOf } from "../../src/domain/calendar/financial.js";
import { openStore } from "../../src/store/open.js";
import { bigPlacementsCsv } from "./big-file.js";
import { CLOSE_POINTS, IMPORT_POINTS, type KillPoint } from "./crash-points.js";
import { commitEarlierChange, reopened, type StoreState, sqliteIntegrity, stateOf } from "./crash-state.js";
import { backendsGone, CHILD_APP, walSize } from "./crash-watch.js";
import { LA, SHORT } from "./mode.js";
import { startOutturn } from "./outturn-process.js";
import {
  type BaseStores,
  baseStores,
  copyStore,
  databaseName,
  storeKinds,
  type TestStore,
} from "./stores.js";

const base = baseStores();
const ROWS = SHORT ? 4_000 : 7_500;
const by = "reliability";
const points = (list: KillPoint[]) => (SHORT ? list.slice(0, 1) : list);
const killed: string[] = [];

/** Runs `outturn <args>` on the store and kills it with SIGKILL at the point; ms to the point, or null. */
async function killAt(store: TestStore, args: string[], point: KillPoint): Promise<number | null> {
  const undo = point.arm ? await point.arm(store) : async () => {};
  const watcher = store.kind === "postgres" ? new pg.Client({ connectionString: store.location }) : null;
  try {
    await watcher?.connect();
    const walBefore = store.kind === "sqlite" ? await walSize(store.location) : 0;
    const run = startOutturn(store.location, args, { env: { PGAPPNAME: CHILD_APP } });
    try {
      return await point.reach(run, { store, walBefore, watcher });
    } finally {
      run.child.kill("SIGKILL");
      await run.exited;
    }
  } finally {
    await undo();
    if (watcher) await backendsGone(watcher, databaseName(store.location));
    await watcher?.end();
  }
}

/** Which expected state the store is in, by name, or a failure naming the part that differs. */
function outcomeOf(state: StoreState, expected: Record<string, StoreState>): string {
  const match = Object.entries(expected).find(([, e]) => isDeepStrictEqual(state, e));
  if (match) return match[0];
  const parts = Object.keys(state) as (keyof StoreState)[];
  const differences = Object.entries(expected).map(
    ([name, e]) =>
      `not ${name}: ${parts.filter((p) => !isDeepStrictEqual(state[p], e[p])).join(", ")} differ`,
  );
  throw new Error(`the store is in neither expected state (${differences.join("; ")})`);
}

/** The next period after the latest closed one: the one `outturn close` freezes. */
function periodToClose(state: StoreState): string {
  const last = state.snapshots.at(-1);
  if (!last) throw new Error("Demoshire has no closed period to follow");
  return formatPeriodRef(periodOf(addDays(periodEnd(parsePeriodRef(last.period)), 1)));
}

describe.skipIf(!base)(
  `crash safety (${SHORT ? "short form: one kill point each" : "every kill point"})`,
  () => {
    const stores = base as BaseStores;
    const file = base ? join(base.dir, "big-placements.csv") : "";
    beforeAll(async () => {
      const register = await reopened(stores.sqlite, (s) => s.council(LA).rows("placements"));
      await writeFile(file, bigPlacementsCsv(register, ROWS));
    });
    afterAll(() => {
      if (killed.length > 0) console.log(`\nKill points\n${killed.join("\n")}\n`);
    });

    for (const kind of base ? storeKinds(base) : []) {
      describe(kind, () => {
        const expected = {} as {
          before: StoreState;
          imported: StoreState;
          closed: StoreState;
          period: string;
        };
        beforeAll(async () => {
          for (const work of ["import", "close"] as const) {
            const reference = await copyStore(stores, kind, `reference_${work}`);
            await reopened(reference.location, async (s) => {
              await commitEarlierChange(s);
              expected.before = await stateOf(s);
              expected.period = periodToClose(expected.before);
              if (work === "import") await importCommand(s, "placements", file, { la: LA, by });
              else await closeCommand(s, { period: parsePeriodRef(expected.period), la: LA, by });
              expected[work === "import" ? "imported" : "closed"] = await stateOf(s);
            }).finally(() => reference.drop());
          }
        });

        const cases = [
          ...points(IMPORT_POINTS[kind]).map((point) => ({ work: "import" as const, point })),
          ...points(CLOSE_POINTS[kind]).map((point) => ({ work: "close" as const, point })),
        ];
        for (const { work, point } of cases) {
          test(`${work} killed: ${point.name}`, { timeout: 240_000 }, async () => {
            const store = await copyStore(stores, kind, work);
            // Kept open through the kill, so on SQLite the earlier change is still in the WAL file.
            const mine = await openStore(store.location);
            try {
              await mine.migrate();
              await commitEarlierChange(mine);
              expect(await stateOf(mine)).toEqual(expected.before);
              const args =
                work === "import"
                  ? ["import", "placements", file, "--la", LA, "--by", by]
                  : ["close", "--period", expected.period, "--la", LA, "--by", by];
              const ms = await killAt(store, args, point);
              const done = work === "import" ? expected.imported : expected.closed;
              const outcome = outcomeOf(await reopened(store.location, stateOf), {
                "exactly as before": expected.before,
                [`exactly as a clean ${work}`]: done,
              });
              if (kind === "sqlite") expect(sqliteIntegrity(store.location)).toBe("ok");
              await reopened(store.location, async (s) => {
                if (work === "import") await importCommand(s, "placements", file, { la: LA, by });
                else if (outcome === "exactly as before")
                  await closeCommand(s, { period: parsePeriodRef(expected.period), la: LA, by });
                expect(await stateOf(s)).toEqual(done);
              });
              const when =
                ms === null ? "the process had finished first" : `killed ${ms} ms after it started`;
              killed.push(
                `${kind} ${work}: ${point.name}; ${when}; the store was ${outcome}; then ${work} again ran clean`,
              );
            } finally {
              await mine.close();
              await store.drop();
            }
          });
        }
      });
    }

    if (process.env.CI === "true" && !process.env.OUTTURN_TEST_PG)
      test("postgres", () => {
        throw new Error("CI=true but OUTTURN_TEST_PG is unset: the crash tests must run on PostgreSQL too");
      });
  },
);
