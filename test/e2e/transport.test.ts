/**
 * End to end on Demoshire in headless Chromium, signed in as an analyst, the server solving with a tiny
 * iteration budget: from the navigation to /transport, Solve on "Shared routes", the progress bar
 * while the job runs, and (the page reloading itself when the job ends) the map of the morning run
 * with one line per route, and the route table.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ScenarioResult } from "../../src/domain/transport/scenarios/model.js";
import { type DemoServer, startDemoServer } from "../support/demo-server.js";

let demo: DemoServer;

beforeAll(async () => {
  demo = await startDemoServer("analyst", { iterations: 5, secondsPerRun: 600, workers: 1 });
});

afterAll(async () => {
  await demo?.close();
});

describe("transport scenarios in the browser", () => {
  it("solves Shared routes with a progress bar, then draws each morning route and lists it", async () => {
    const page = await demo.browser.newPage();
    await page.goto(demo.url);
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
    const [plan] = await demo.store.council("DEMO").rows("transport-plans");
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
