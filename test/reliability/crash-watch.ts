/**
 * What a crash test watches in a running `outturn` process to kill it at a known moment, never by a
 * sleep alone, and without touching its locks: for SQLite, the locks it holds on the store (from
 * /proc/locks) and the WAL file growing as pages are written; for PostgreSQL, its backends in
 * pg_stat_activity (a transaction id once it has written, a lock wait, the statement running).
 */
import { readFile, stat } from "node:fs/promises";
import type pg from "pg";
import type { Outturn } from "./outturn-process.js";

/** The application name a watched child's PostgreSQL connections carry (pg reads PGAPPNAME). */
export const CHILD_APP = "outturn-crash-child";

/**
 * Polls `check` every few ms until it holds: the ms since the wait began. When the process ends
 * first, throws, or with `mayFinish` (a point so late that the process may have finished) gives null.
 */
export async function waitUntil(
  run: Outturn,
  what: string,
  check: () => boolean | Promise<boolean>,
  options: { mayFinish?: boolean } = {},
): Promise<number | null> {
  const started = performance.now();
  let ended = false;
  run.exited.then(() => {
    ended = true;
  });
  while (!(await check())) {
    if (ended && options.mayFinish) return null;
    if (ended) throw new Error(`outturn ended before ${what}:\n${run.output()}`);
    if (performance.now() - started > 180_000) throw new Error(`no ${what} within 180 s`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  return Math.round(performance.now() - started);
}

/** The WAL file's size in bytes (0 when there is none). */
export async function walSize(file: string): Promise<number> {
  return stat(`${file}-wal`).then(
    (s) => s.size,
    () => 0,
  );
}

/** SQLite's lock bytes in the -shm file: the write lock (120), then the read marks (123 to 127). */
const WRITE_LOCK = 120;
const READ_MARKS = [123, 124, 125, 126, 127];

/**
 * What the process holds on the store now, from /proc/locks (SQLite's WAL locks are POSIX locks on
 * the -shm file): `writing` inside a write transaction, `reading` inside a read (or any) transaction.
 */
export async function sqliteLocksOf(
  pid: number,
  file: string,
): Promise<{ writing: boolean; reading: boolean }> {
  const ino = await stat(`${file}-shm`).then(
    (s) => String(s.ino),
    () => null,
  );
  if (!ino) return { writing: false, reading: false };
  const offsets = (await readFile("/proc/locks", "utf8"))
    .split("\n")
    .map((line) => line.trim().split(/\s+/))
    .filter((f) => f[1] === "POSIX" && f[4] === String(pid) && f[5]?.split(":")[2] === ino)
    .map((f) => Number(f[6]));
  return { writing: offsets.includes(WRITE_LOCK), reading: offsets.some((o) => READ_MARKS.includes(o)) };
}

/** A check that holds once `check` has held at every poll for `ms` on end. */
export function heldFor(ms: number, check: () => Promise<boolean>): () => Promise<boolean> {
  let since: number | null = null;
  return async () => {
    if (!(await check())) {
      since = null;
      return false;
    }
    since ??= performance.now();
    return performance.now() - since >= ms;
  };
}

export interface Backend {
  pid: number;
  state: string | null;
  /** Set once the backend's transaction has written. */
  xid: string | null;
  waitEventType: string | null;
  /** True inside an explicit transaction, after its first statement. */
  inTransaction: boolean;
  query: string;
}

/** The watched child's PostgreSQL backends on the database, as pg_stat_activity shows them now. */
export async function childBackends(client: pg.Client, database: string): Promise<Backend[]> {
  const { rows } = await client.query(
    `select pid, state, backend_xid::text as xid, wait_event_type as "waitEventType",
            coalesce(xact_start < query_start, false) as "inTransaction", query
       from pg_stat_activity where datname = $1 and application_name = $2`,
    [database, CHILD_APP],
  );
  return rows as Backend[];
}

/** Resolves once none of the child's backends is left: whatever it had not committed is rolled back. */
export async function backendsGone(client: pg.Client, database: string): Promise<void> {
  for (let i = 0; i < 5000; i++) {
    if ((await childBackends(client, database)).length === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  throw new Error("the killed process's PostgreSQL backends are still there after 10 s");
}
