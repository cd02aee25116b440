/**
 * Demoshire in a real SQLite file, served by the real server, with headless Chromium signed in as
 * one of the demo accounts (a member unless the test asks for another role) to read it.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { DEMO_USERS, loadDemo } from "../../src/demo/load-demo.js";
import type { Role } from "../../src/domain/access/roles.js";
import { buildServer, type ServerOptions } from "../../src/server/app.js";
import { openSqliteStore } from "../../src/store/sqlite.js";
import type { Store } from "../../src/store/store.js";
import { launchChromium } from "./browser.js";

export interface DemoServer {
  store: Store;
  /** A browser context signed in as the role's Demoshire account: `browser.newPage()` opens a signed-in page. */
  browser: BrowserContext;
  url: string;
  close(): Promise<void>;
}

/** The Demoshire demo account of a role. */
export function demoAccount(role: Role) {
  const account = DEMO_USERS.find((u) => u.la === "DEMO" && u.role === role);
  if (!account) throw new Error(`Demoshire has no demo account for the role ${role}`);
  return account;
}

/** Signs the page's browser context in through the sign-in form, as a person would. */
export async function signInBrowser(page: Page, url: string, role: Role): Promise<void> {
  const { username, password } = demoAccount(role);
  await page.goto(`${url}/sign-in`);
  await page.fill('input[name="username"]', username);
  await page.fill('input[name="password"]', password);
  await Promise.all([
    page.waitForURL((u) => !u.pathname.startsWith("/sign-in")),
    page.click('#sign-in button[type="submit"]'),
  ]);
}

/** `solve` sets how transport scenarios solve. */
export async function startDemoServer(
  role: Role = "member",
  solve?: ServerOptions["transportSolve"],
): Promise<DemoServer> {
  const dir = await mkdtemp(join(tmpdir(), "outturn-e2e-"));
  const store = await openSqliteStore(join(dir, "outturn.sqlite"));
  await store.migrate();
  await loadDemo(store, { by: "test", source: "test", at: "2024-11-01T09:00:00Z" });
  const clock = () => new Date("2024-11-01T09:00:00Z");
  const server = await buildServer({ store, clock, ...(solve ? { transportSolve: solve } : {}) });
  const url = await server.listen({ port: 0, host: "127.0.0.1" });
  const chromium: Browser = await launchChromium();
  const context = await chromium.newContext();
  const page = await context.newPage();
  await signInBrowser(page, url, role);
  await page.close();
  return {
    store,
    browser: context,
    url,
    async close() {
      await chromium.close();
      await server.close();
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
