/**
 * Users and sessions on SQLite and, when OUTTURN_TEST_PG holds a connection URL, on PostgreSQL in a
 * schema of its own: saved and found again, listed by council, failures counted to a lock, sessions
 * touched and ended one at a time or all of a user's but one.
 */
import pg from "pg";
import { afterAll, afterEach, beforeEach, describe, expect, test } from "vitest";
import type { User } from "./access-store.js";
import { openStore } from "./open.js";
import { openSqliteStore } from "./sqlite.js";
import type { Store } from "./store.js";

const url = process.env.OUTTURN_TEST_PG;
const schema = `access_${process.pid}`;

const dialects: [string, () => Promise<Store>][] = [["sqlite", () => openSqliteStore(":memory:")]];
if (url) {
  const scoped = new URL(url);
  scoped.searchParams.set("options", `-c search_path=${schema}`);
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(sql);
    await client.end();
  };
  dialects.push([
    "postgres",
    async () => {
      await admin(`drop schema if exists "${schema}" cascade; create schema "${schema}"`);
      return openStore(scoped.href);
    },
  ]);
  afterAll(() => admin(`drop schema if exists "${schema}" cascade`));
}

const ANA: User = {
  username: "ana",
  la: "901",
  name: "Ana Analyst",
  role: "analyst",
  passwordHash: "scrypt$32768$8$1$c2FsdA==$aGFzaA==",
  failedAttempts: 0,
  lockedUntil: null,
  disabled: false,
  createdAt: "2024-11-01T09:00:00.000Z",
};
const session = (id: string, username = "ana") => ({
  id,
  username,
  la: "901",
  csrf: `csrf-${id}`,
  createdAt: "2024-11-04T10:00:00.000Z",
  expiresAt: "2024-11-04T22:00:00.000Z",
  lastSeen: "2024-11-04T10:00:00.000Z",
});

describe.each(dialects)("users and sessions (%s)", (_name, open) => {
  let store: Store;

  beforeEach(async () => {
    store = await open();
    await store.migrate();
    await store.saveCouncil({ la: "901", name: "Alphashire", region: "West Midlands", demo: false });
    await store.saveCouncil({ la: "902", name: "Betashire", region: "West Midlands", demo: false });
  });
  afterEach(() => store.close());

  test("a user comes back as saved, is replaced by username, and is listed with its council", async () => {
    const access = store.access();
    await access.saveUser(ANA);
    await access.saveUser({ ...ANA, username: "ben", la: "902", role: "member", disabled: true });
    expect(await access.user("ana")).toEqual(ANA);
    await access.saveUser({ ...ANA, name: "Ana B", role: "manager" });
    expect(await access.user("ana")).toEqual({ ...ANA, name: "Ana B", role: "manager" });
    expect((await access.users("901")).map((u) => u.username)).toEqual(["ana"]);
    expect((await access.users()).map((u) => [u.username, u.la, u.disabled])).toEqual([
      ["ana", "901", false],
      ["ben", "902", true],
    ]);
    expect(await access.user("nobody")).toBeNull();
  });

  test("refuses a role outside the five and a council that is not there", async () => {
    const access = store.access();
    await expect(access.saveUser({ ...ANA, role: "owner" as never })).rejects.toThrow();
    await expect(access.saveUser({ ...ANA, la: "999" })).rejects.toThrow();
    expect(await access.users()).toEqual([]);
  });

  test("the fifth failure in a row locks until the time given and starts the count again; clearing unlocks", async () => {
    const access = store.access();
    await access.saveUser(ANA);
    const lock = { after: 5, until: "2024-11-04T10:15:00.000Z" };
    for (let i = 1; i <= 4; i++)
      expect(await access.recordFailure("ana", lock)).toMatchObject({ failedAttempts: i, lockedUntil: null });
    expect(await access.recordFailure("ana", lock)).toMatchObject({
      failedAttempts: 0,
      lockedUntil: lock.until,
    });
    expect(await access.recordFailure("nobody", lock)).toBeNull();
    await access.clearFailures("ana");
    expect(await access.user("ana")).toMatchObject({ failedAttempts: 0, lockedUntil: null });
  });

  test("sessions are found by id, touched, and ended one at a time or all of a user's but one", async () => {
    const access = store.access();
    await access.saveUser(ANA);
    await access.saveUser({ ...ANA, username: "ben" });
    for (const id of ["a1", "a2", "a3"]) await access.createSession(session(id));
    await access.createSession(session("b1", "ben"));
    expect(await access.session("a1")).toEqual(session("a1"));
    await access.touchSession("a1", "2024-11-04T10:30:00.000Z");
    expect((await access.session("a1"))?.lastSeen).toBe("2024-11-04T10:30:00.000Z");
    await access.deleteSession("a2");
    expect(await access.session("a2")).toBeNull();
    await access.deleteSessionsOf("ana", "a3");
    expect([await access.session("a1"), (await access.session("a3"))?.id]).toEqual([null, "a3"]);
    await access.deleteSessionsOf("ana");
    expect(await access.session("a3")).toBeNull();
    expect((await access.session("b1"))?.username).toBe("ben");
  });
});
