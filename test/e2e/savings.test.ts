/**
 * End to end on Demoshire in headless Chromium: from the outturn page to the savings tracker, where
 * the saving rated green whose agency FTE has not moved as planned stands out in red as UNEVIDENCED,
 * then to its evidence; and the MTFP page with its chart of base budget and gap.
 */
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { savingsTracker } from "../../src/domain/savings/tracker.js";
import type { Store } from "../../src/store/store.js";
import { type DemoServer, startDemoServer } from "../support/demo-server.js";

let demo: DemoServer;
let store: Store;
let browser: BrowserContext;
let url: string;

beforeAll(async () => {
  demo = await startDemoServer();
  ({ store, browser, url } = demo);
});

afterAll(() => demo?.close());

describe("savings and the MTFP in the browser", () => {
  it("flags an unevidenced saving in red on /savings and drills down to its evidence", async () => {
    const tracker = savingsTracker(await store.council("DEMO").registers(), "2024-25", "2024-10-31");
    const [ref] = tracker.unevidenced;
    expect(ref).toBeDefined();
    const page = await browser.newPage();
    await page.goto(url);
    await Promise.all([page.waitForURL(/\/savings\?/), page.click("header nav a:text-is('Savings')")]);
    expect(await page.textContent("h1")).toBe("Demoshire: Savings tracker 2024-25 at 2024-25:P7");

    const flagged = page.locator("#savings tr.flagged[data-flag=UNEVIDENCED]");
    expect(await flagged.count()).toBe(tracker.unevidenced.length);
    const row = flagged.first();
    expect(await row.locator("td[data-column=ref]").textContent()).toBe(ref);
    expect(await row.locator("td[data-column=evidence]").textContent()).toMatch(/^UNEVIDENCED: /);
    const colour = await row.locator("td[data-column=name]").evaluate((td) => getComputedStyle(td).color);
    expect(colour).toBe("rgb(179, 38, 30)");
    expect(await page.textContent("#savings-summary .alert")).toContain(`UNEVIDENCED`);

    await Promise.all([page.waitForURL(new RegExp(`/savings/${ref}\\?`)), row.locator("a").click()]);
    expect(await page.textContent("h1")).toContain(`Saving ${ref}:`);
    const evidence = page.locator("#evidence table[data-table='Evidence by driver'] tr.flagged");
    expect(await evidence.count()).toBeGreaterThanOrEqual(1);
    const tracked = tracker.savings.find((s) => s.saving.ref === ref);
    const failing = tracked?.evidence.find((e) => e.status === "behind" || e.status === "not-moved");
    expect(await evidence.first().locator("td[data-column=sentence]").textContent()).toBe(failing?.sentence);
    expect(await page.locator("#milestones tr.row").count()).toBe(tracked?.milestones.length);
    await page.close();
  });

  it("draws the MTFP's chart of base budget and gap as SVG on /mtfp", async () => {
    const page = await browser.newPage();
    await page.goto(`${url}/mtfp`);
    expect(await page.textContent("h1")).toMatch(/^Demoshire: Medium term financial plan /);
    const chart = page.locator("figure[aria-label='Base budget and gap by year'] svg");
    expect(await chart.count()).toBe(1);
    expect(await chart.locator("path").count()).toBeGreaterThan(5);
    expect(await page.locator("table[data-table^='MTFP '][data-table$=' build-up']").count()).toBeGreaterThan(
      0,
    );
    await page.close();
  });
});
