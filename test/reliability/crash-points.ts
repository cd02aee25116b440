/**
 * The moments a crash test kills `outturn import` or `outturn close` with SIGKILL, for each store,
 * each named by what was seen in the running process at that moment (crash-watch.ts). The short
 * form (CI) takes the first point of each list only.
 */
import pg from "pg";
import { type Backend, childBackends, heldFor, sqliteLocksOf, waitUntil, walSize } from "./crash-watch.js";
import type { Outturn } from "./outturn-process.js";
import type { StoreKind, TestStore } from "./stores.js";
import { databaseName } from "./stores.js";

export interface Watch {
  store: TestStore;
  /** The WAL file's size before the process started (SQLite). */
  walBefore: number;
  /** A client watching pg_stat_activity (PostgreSQL). */
  watcher: pg.Client | null;
}

export interface KillPoint {
  name: string;
  /** Run before the process starts; returns what undoes it once the process is dead. */
  arm?(store: TestStore): Promise<() => Promise<void>>;
  /** Resolves at the moment to kill: the ms since the process started, or null if it finished first. */
  reach(run: Outturn, watch: Watch): Promise<number | null>;
}

const sqliteLock = (run: Outturn, watch: Watch, lock: "writing" | "reading") => async () =>
  (await sqliteLocksOf(run.pid, watch.store.location))[lock];

const backends = (watch: Watch) =>
  childBackends(watch.watcher as pg.Client, databaseName(watch.store.location));

const anyBackend = (watch: Watch, test: (b: Backend) => boolean) => async () =>
  (await backends(watch)).some(test);

const walGrown = (watch: Watch) => async () => (await walSize(watch.store.location)) > watch.walBefore;

/** Holds once pages have reached the WAL file and the write lock is free again: the commit is written. */
const committed = (run: Outturn, watch: Watch) => async () =>
  (await walGrown(watch)()) && !(await sqliteLock(run, watch, "writing")());
const hasWritten = (b: Backend) => b.xid !== null;

/** Holds once a backend seen writing has been sent COMMIT (the migrations' own commit comes earlier). */
const commitSent = (watch: Watch) => {
  const writers = new Set<number>();
  return async () =>
    (await backends(watch)).some((b) => {
      if (hasWritten(b)) writers.add(b.pid);
      return writers.has(b.pid) && /^\s*commit/i.test(b.query);
    });
};

/** The import's transaction writes from its first update to its commit. */
export const IMPORT_POINTS: Record<StoreKind, KillPoint[]> = {
  sqlite: [
    {
      name: "write transaction open (its write lock first seen)",
      reach: (run, w) => waitUntil(run, "the write lock", sqliteLock(run, w, "writing")),
    },
    {
      name: "write transaction open for 150 ms",
      reach: (run, w) => waitUntil(run, "150 ms of writing", heldFor(150, sqliteLock(run, w, "writing"))),
    },
    {
      name: "the WAL file first grows (pages written: a cache spill or the commit)",
      reach: (run, w) => waitUntil(run, "the WAL growing", walGrown(w), { mayFinish: true }),
    },
    {
      name: "the commit written (the WAL grown, the write lock free), before the process ends",
      reach: (run, w) => waitUntil(run, "the commit", committed(run, w), { mayFinish: true }),
    },
  ],
  postgres: [
    {
      name: "write transaction open (its transaction id first seen)",
      reach: (run, w) => waitUntil(run, "a transaction id", anyBackend(w, hasWritten)),
    },
    {
      name: "write transaction open for 300 ms",
      reach: (run, w) => waitUntil(run, "300 ms of writing", heldFor(300, anyBackend(w, hasWritten))),
    },
    {
      name: "COMMIT sent",
      reach: (run, w) => waitUntil(run, "the commit", commitSent(w), { mayFinish: true }),
    },
  ],
};

/** Holds an EXCLUSIVE lock on forecast_snapshots, so the close's insert waits inside its transaction. */
async function lockSnapshots(store: TestStore): Promise<() => Promise<void>> {
  const client = new pg.Client({ connectionString: store.location });
  await client.connect();
  await client.query("begin");
  await client.query("lock table forecast_snapshots in exclusive mode");
  return async () => {
    await client.query("rollback");
    await client.end();
  };
}

/** The close reads the registers and computes the forecast inside its transaction, then inserts. */
export const CLOSE_POINTS: Record<StoreKind, KillPoint[]> = {
  sqlite: [
    {
      // Transactions begin immediate, so the close holds the write lock while it reads and computes.
      name: "transaction open (its write lock first seen: the registers being read, the forecast computed)",
      reach: (run, w) => waitUntil(run, "the write lock", sqliteLock(run, w, "writing")),
    },
    {
      name: "the WAL file first grows (the snapshot being committed)",
      reach: (run, w) => waitUntil(run, "the WAL growing", walGrown(w), { mayFinish: true }),
    },
    {
      name: "the commit written (the WAL grown, the write lock free), before the process ends",
      reach: (run, w) => waitUntil(run, "the commit", committed(run, w), { mayFinish: true }),
    },
  ],
  postgres: [
    {
      name: "the snapshot's insert waiting on a lock, inside the transaction",
      arm: lockSnapshots,
      reach: (run, w) =>
        waitUntil(
          run,
          "the insert waiting",
          anyBackend(
            w,
            (b) => b.waitEventType === "Lock" && /insert into "forecast_snapshots"/i.test(b.query),
          ),
        ),
    },
    {
      name: "transaction open, reading the registers",
      reach: (run, w) =>
        waitUntil(
          run,
          "a read inside the transaction",
          anyBackend(w, (b) => b.inTransaction && /^\s*select/i.test(b.query) && !/kysely_/i.test(b.query)),
        ),
    },
  ],
};
