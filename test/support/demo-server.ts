/** Demoshire in a real SQLite file, served by the real server, with headless Chromium to read it. */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { loadDemo } from "../../src/demo/load-demo.js";
import type { Reader } from "../../src/domain/disclosure/audience.js";
import { buildServer, type ServerOptions } from "../../src/server/app.js";
import { openSqliteStore } from "../../src/store/sqlite.js";
import type { Store } from "../../src/store/store.js";
import { launchChromium } from "./browser.js";

export interface DemoServer {
  store: Store;
  browser: Browser;
  url: string;
  close(): Promise<void>;
}

/** Members read the pages unless the test asks for an officer's server; `solve` sets how transport scenarios solve. */
export async function startDemoServer(
  reader: Reader = "member",
  solve?: ServerOptions["transportSolve"],
): Promise<DemoServer> {
  const dir = await mkdtemp(join(tmpdir(), "outturn-e2e-"));
  const store = await openSqliteStore(join(dir, "outturn.sqlite"));
  await store.migrate();
  await loadDemo(store, { by: "test", source: "test", at: "2024-11-01T09:00:00Z" });
  const clock = () => new Date("2024-11-01T09:00:00Z");
  const server = await buildServer({ store, clock, reader, ...(solve ? { transportSolve: solve } : {}) });
  const url = await server.listen({ port: 0, host: "127.0.0.1" });
  const browser = await launchChromium();
  return {
    store,
    browser,
    url,
    async close() {
      await browser.close();
      await server.close();
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
