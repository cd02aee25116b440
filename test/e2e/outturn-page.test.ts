/**
 * End to end: Demoshire in a real SQLite file, the real server, and headless Chromium reading the
 * page. The page must show exactly the figures the domain computes, for the default period and for
 * a period chosen with the picker.
 */
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parsePeriodRef } from "../../src/domain/calendar/financial.js";
import { formatPounds } from "../../src/domain/money/money.js";
import { forecastOutturn } from "../../src/domain/outturn/forecast.js";
import { forecastSentences } from "../../src/report/forecast-sentences.js";
import { outturnRows } from "../../src/report/outturn-rows.js";
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

async function pageFigures(page: Page) {
  return page.$$eval("#outturn tbody tr", (trs) =>
    trs.map((tr) => ({
      key: tr.getAttribute("data-key"),
      row: tr.getAttribute("data-row"),
      cells: [...tr.querySelectorAll("td[data-field]")].map((td) => ({
        field: td.getAttribute("data-field"),
        pence: Number(td.getAttribute("data-pence")),
        text: td.textContent?.trim(),
      })),
    })),
  );
}

async function expectPageShows(page: Page, period: string) {
  const registers = await store.council("DEMO").registers();
  const expected = outturnRows(forecastOutturn(registers, parsePeriodRef(period)));
  const shown = await pageFigures(page);
  expect(shown).toHaveLength(expected.length);
  expected.forEach((row, i) => {
    const fields = ["budget", "actualToDate", "forecast", "variance"] as const;
    expect(shown[i]?.row).toBe(row.kind);
    expect(shown[i]?.cells).toEqual(
      fields.map((field) => ({
        field,
        pence: row[field],
        text: formatPounds(row[field], { wholePounds: true }),
      })),
    );
  });
  const total = expected.at(-1);
  expect(await page.textContent("[data-total=forecast]")).toBe(
    formatPounds(total?.forecast ?? NaN, { wholePounds: true }),
  );
}

describe("the forecast outturn page", () => {
  it("shows Demoshire's outturn at the latest period, as the domain computes it, with its chart", async () => {
    const page = await browser.newPage();
    await page.goto(url);
    expect(await page.textContent("header")).toContain("Demoshire");
    expect(await page.textContent(".demo")).toContain("demonstration council");
    expect(await page.textContent("h2")).toContain("2024-25:P7");
    await expectPageShows(page, "2024-25:P7");
    expect(await page.locator(".chart svg rect, .chart svg path").count()).toBeGreaterThan(5);
    await page.close();
  });

  it("says beside the forecast how accurate forecasts at this point have been, and how it moved", async () => {
    const council = store.council("DEMO");
    const registers = await council.registers();
    const snapshots = (await council.snapshots()).map((s) => s.forecast);
    const outturn = forecastOutturn(registers, parsePeriodRef("2024-25:P7"));
    const { accuracy, movement } = forecastSentences(outturn, registers, snapshots);
    expect(accuracy).toMatch(/^Forecasts at P7 were within ±\d+\.\d% of the outturn in the last 3 years/);
    const page = await browser.newPage();
    await page.goto(url);
    expect(await page.textContent("#accuracy")).toContain(accuracy);
    expect(await page.textContent("#movement")).toContain(movement ?? "no movement");
    expect(await page.getAttribute("#accuracy a", "href")).toBe(
      "/report?la=DEMO&period=2024-25%3AP7#accuracy",
    );
    await page.close();
  });

  it("recomputes when another period is picked", async () => {
    const page = await browser.newPage();
    await page.goto(url);
    await Promise.all([page.waitForURL(/period=2023-24%3AP4/), page.selectOption("#period", "2023-24:P4")]);
    expect(await page.textContent("h2")).toContain("2023-24:P4");
    await expectPageShows(page, "2023-24:P4");
    await page.close();
  });

  it("says what is wrong with a bad period instead of failing", async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${url}/?period=2024-25:P13`);
    expect(response?.status()).toBe(400);
    expect(await page.textContent("body")).toContain("not a period");
    await page.close();
  });
});
