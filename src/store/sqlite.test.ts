import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, test } from "vitest";
import { openStore } from "./open.js";
import { openSqliteStore } from "./sqlite.js";
import { storeSuite } from "./store.suite.js";

storeSuite("sqlite", () => openSqliteStore(":memory:"));

const dir = mkdtempSync(join(tmpdir(), "outturn-store-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("a store file keeps its councils across opening, in WAL mode", async () => {
  const file = join(dir, "outturn.sqlite");
  const first = await openStore(file);
  expect(first.dialect).toBe("sqlite");
  await first.migrate();
  await first.saveCouncil({ la: "901", name: "Alphashire", region: "West Midlands", demo: true });
  await first.close();
  const second = await openStore(file);
  await second.migrate();
  expect((await second.councils()).map((c) => c.la)).toEqual(["901"]);
  await second.close();
  const BetterSqlite3 = (await import("better-sqlite3")).default;
  const raw = new BetterSqlite3(file, { readonly: true });
  expect(raw.pragma("journal_mode", { simple: true })).toBe("wal");
  raw.close();
});

test("a change waits for another process's write to finish, instead of failing", async () => {
  const file = join(dir, "two-writers.sqlite");
  const store = await openSqliteStore(file);
  await store.migrate();
  await store.saveCouncil({ la: "901", name: "Alphashire", region: "West Midlands", demo: true });
  // Another process takes the write lock, writes, and commits 400 ms later.
  const { spawn } = await import("node:child_process");
  const other = spawn(
    process.execPath,
    [
      "-e",
      `const db = new (require("better-sqlite3"))(${JSON.stringify(file)});
       db.exec("begin immediate");
       db.prepare("insert into councils (la, name, region, demo) values ('902', 'Betashire', 'West Midlands', 1)").run();
       console.log("locked");
       setTimeout(() => { db.exec("commit"); db.close(); }, 400);`,
    ],
    { cwd: process.cwd(), stdio: ["ignore", "pipe", "inherit"] },
  );
  await new Promise<void>((resolve) => other.stdout.once("data", () => resolve()));
  const closure = { date: "2024-12-24", reason: "Christmas Eve" };
  await store
    .council("901")
    .replace("closures", [closure], { by: "ana", source: "test", at: "2024-11-01T09:00:00Z" });
  expect(await store.council("901").rows("closures")).toEqual([closure]);
  expect((await store.councils()).map((c) => c.la)).toEqual(["901", "902"]);
  await new Promise((resolve) => other.once("exit", resolve));
  await store.close();
});
