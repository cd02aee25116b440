/**
 * End to end: from the outturn page to the monthly report, then drill-down from a service area to
 * a line to its placements, in headless Chromium, as a member reads them. What a line lists adds up
 * to what the line still has to pay, and no child appears.
 */
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parsePeriodRef } from "../../src/domain/calendar/financial.js";
import { forecastOutturn } from "../../src/domain/outturn/forecast.js";
import { headline } from "../../src/report/monthly/summary.js";
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

const pence = (page: Page, selector: string) =>
  page.$$eval(selector, (cells) => cells.map((c) => Number(c.getAttribute("data-pence"))));

describe("the monthly report in the browser", () => {
  it("leads from the outturn page to the report, a service area, a line and its placements", async () => {
    const outturn = forecastOutturn(await store.council("DEMO").registers(), parsePeriodRef("2024-25:P7"));
    const page = await browser.newPage();
    await page.goto(url);
    await Promise.all([page.waitForURL(/\/report\?/), page.click("#report-link")]);
    expect(await page.textContent("h1")).toBe("Demoshire: Monthly outturn report 2024-25:P7");
    expect(await page.textContent("#summary .intro")).toBe(headline(outturn));
    expect(await pence(page, "#outturn tr.total td[data-column=forecast]")).toEqual([outturn.total.forecast]);
    expect(await page.locator("#forecast-chart svg rect, #forecast-chart svg path").count()).toBeGreaterThan(
      5,
    );
    for (const chart of [
      "Forecast outturn and budget by period",
      "Variance waterfall by driver",
      "Unit-cost trend by placement type",
    ])
      expect(await page.locator(`figure[aria-label="${chart}"] svg path`).count()).toBeGreaterThan(5);

    await Promise.all([
      page.waitForURL(/\/areas\//),
      page.click("#outturn tr.subtotal a:text('Total Looked after children')"),
    ]);
    const area = outturn.serviceAreas.find((a) => a.serviceArea === "Looked after children");
    expect(await pence(page, "tr.total td[data-column=forecast]")).toEqual([area?.forecast]);

    await Promise.all([
      page.waitForURL(/\/lines\/LAC-RES/),
      page.click("a:text('Children\\'s homes and secure placements')"),
    ]);
    const line = outturn.lines.find((l) => l.costCentre === "LAC-RES");
    const [remaining] = await pence(page, "#line tr.total td[data-column=remaining]");
    expect(remaining).toBe(line?.remaining);
    const drivers = await pence(page, "#items table[data-table=Drivers] tr.row td[data-column=amount]");
    expect(drivers.reduce((a, b) => a + b, 0)).toBe(remaining);
    const running = line?.drivers.find((d) => d.driver === "commitments")?.amount;
    // A member sees the placements by type, not one by one: no child appears at all.
    const byType = "#items table[data-table='Placements by type']";
    expect(await pence(page, `${byType} tr.total td[data-column=remaining]`)).toEqual([running]);
    expect(await page.locator(`${byType} tr.row`).count()).toBeGreaterThan(0);
    expect(await page.locator("td[data-column=childRef]").count()).toBe(0);
    await page.close();
  });

  it("offers the report as a PDF download", async () => {
    const page = await browser.newPage();
    await page.goto(`${url}/report?period=2024-25:P7`);
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("text=Download PDF")]);
    expect(download.suggestedFilename()).toBe("demoshire-2024-25-P7.pdf");
    await page.close();
  });
});
