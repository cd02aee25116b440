/**
 * End to end on Demoshire in headless Chromium, on an officers' server that solves with a tiny
 * iteration budget: from the navigation to /transport, Solve on "Shared routes", the progress bar
 * while the job runs, and (the page reloading itself when the job ends) the map of the morning run
 * with one line per route, and the route table.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDemo } from "../../src/demo/load-demo.js";
import type { ScenarioResult } from "../../src/domain/transport/scenarios/model.js";
import { buildServer } from "../../src/server/app.js";
import { openSqliteStore } from "../../src/store/sqlite.js";
import type { Store } from "../../src/store/store.js";
import { launchChromium } from "../support/browser.js";

let dir: string;
let store: Store;
let server: Awaited<ReturnType<typeof buildServer>>;
let browser: Browser;
let url: string;

// As test/support/demo-server.ts, with the solve's budget the demo server does not take.
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "outturn-e2e-"));
  store = await openSqliteStore(join(dir, "outturn.sqlite"));
  await store.migrate();
  await loadDemo(store, { by: "test", source: "test", at: "2024-11-01T09:00:00Z" });
  const clock = () => new Date("2024-11-01T09:00:00Z");
  const transportSolve = { iterations: 5, secondsPerRun: 600, workers: 1 };
  server = await buildServer({ store, clock, reader: "officer", transportSolve });
  url = await server.listen({ port: 0, host: "127.0.0.1" });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await store?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("transport scenarios in the browser", () => {
  it("solves Shared routes with a progress bar, then draws each morning route and lists it", async () => {
    const page = await browser.newPage();
    await page.goto(url);
    await Promise.all([page.waitForURL(/\/transport\?/), page.click("header nav a:text-is('Transport')")]);
    await Promise.all([
      page.waitForURL(/\/transport\/scenarios\/Shared%20routes\?la=DEMO$/),
      page.click("button[data-solve='Shared routes']"),
    ]);
    const bar = page.locator("#solving progress");
    expect(await bar.count()).toBe(1);
    expect(await page.textContent("#solving .words")).toMatch(
      /^(Starting the solver…|Solving the .+ run on .+, \d of 2: \d+%)$/,
    );

    // The page's script polls the job and reloads when it ends.
    const map = page.locator("figure.route-map[data-run='morning'] svg");
    await map.waitFor({ timeout: 120_000 });
    const [plan] = await store.council("DEMO").rows("transport-plans");
    const result = JSON.parse(plan?.result ?? "") as ScenarioResult;
    const routes = result.morning.routes.length;
    expect(routes).toBeGreaterThan(0);
    expect(await map.locator("polyline.route").count()).toBe(routes);
    expect(await page.locator("table[data-table='Morning run: routes'] tbody tr.row").count()).toBe(routes);
    expect(await page.locator("#solving").count()).toBe(0);

    // Picking a route shows it alone; the others fade.
    await page.locator("figure.route-map[data-run='morning'] select.route-pick").selectOption("1");
    const opacity = (route: number) =>
      map.locator(`polyline.route[data-route='${route}']`).evaluate((l) => getComputedStyle(l).opacity);
    expect(await opacity(1)).toBe("1");
    if (routes > 1) expect(Number(await opacity(2))).toBeLessThan(0.5);
    await page.close();
  });
});
