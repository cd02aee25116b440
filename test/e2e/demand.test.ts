/**
 * End to end on Demoshire in headless Chromium, signed in as an analyst: from the outturn page to
 * /demand by the site's navigation, where the projection's chart is drawn with a shaded band around
 * each line; then a scenario added through the editor's form (so the browser's own Origin header
 * passes the same-origin check), shown beside the base, and removed again.
 */
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHART_TITLE } from "../../src/report/demand/demand-document.js";
import type { Store } from "../../src/store/store.js";
import { type DemoServer, startDemoServer } from "../support/demo-server.js";

let demo: DemoServer;
let store: Store;
let browser: BrowserContext;
let url: string;

beforeAll(async () => {
  demo = await startDemoServer("analyst");
  ({ store, browser, url } = demo);
});

afterAll(() => demo?.close());

describe("the demand projection in the browser", () => {
  it("leads from the navigation to /demand, whose chart draws each line with its band", async () => {
    const page = await browser.newPage();
    await page.goto(url);
    await Promise.all([page.waitForURL(/\/demand\?/), page.click("header nav a:text-is('Demand')")]);
    expect(await page.textContent("h1")).toBe("Demoshire: Demand and cost projection");
    const chart = page.locator(`#projection figure[aria-label='${CHART_TITLE}'] svg`);
    expect(await chart.count()).toBe(1);
    // One shaded band for the total and one for each of the four placement categories.
    expect(await chart.locator("path[fill-opacity='0.18']").count()).toBe(5);
    const box = await chart.boundingBox();
    expect(box?.width).toBeGreaterThan(600);
    await page.close();
  });

  it("adds a scenario through the editor, shows it beside the base, and removes it", async () => {
    const page = await browser.newPage();
    await page.goto(`${url}/demand`);
    await page.fill("form.scenario input[name=scenario]", "Step down 8");
    await page.selectOption("form.scenario select[name=kind]", "step-down");
    await page.fill("form.scenario input[name=number]", "8");
    await page.fill("form.scenario input[name=by]", "2025-09-30");
    await Promise.all([page.waitForURL(/\/demand\?.*#scenarios$/), page.click("form.scenario button")]);
    expect(await page.textContent("#scenarios .intro")).toMatch(/^1 saved scenario,/);
    const changes = page.locator(
      "table[data-table='Scenarios: changes to the model'] td[data-column=change]",
    );
    expect(await changes.count()).toBeGreaterThan(1);
    expect(await store.council("DEMO").rows("demand-scenarios")).toHaveLength(1);

    await Promise.all([page.waitForURL(/#scenarios$/), page.click("button[data-remove='Step down 8']")]);
    expect(await page.textContent("#scenarios .intro")).toMatch(/^No scenario is saved yet\./);
    expect(await store.council("DEMO").rows("demand-scenarios")).toEqual([]);
    await page.close();
  });
});
