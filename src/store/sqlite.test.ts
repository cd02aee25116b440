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
