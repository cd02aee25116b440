/**
 * Scrutiny end to end on Demoshire in headless Chromium: an officer finds the recommendation whose
 * executive response is overdue flagged in red and in words, records Cabinet's response on its page,
 * and the flag goes; a member reads the same pages with no form on them.
 */
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DemoServer, signInBrowser, startDemoServer } from "../support/demo-server.js";

let demo: DemoServer;
let officer: BrowserContext;
let url: string;

beforeAll(async () => {
  demo = await startDemoServer("analyst");
  ({ browser: officer, url } = demo);
}, 180_000);

afterAll(() => demo?.close());

const row = (ref: string) => `#recommendations tr:has(td[data-column=ref] a:text-is('${ref}'))`;

describe("scrutiny in the browser", () => {
  it("an officer records the executive's response and the overdue flag goes away", async () => {
    const page = await officer.newPage();
    await page.goto(`${url}/scrutiny`);
    const overdue = page.locator(row("REC-24-f"));
    expect(await overdue.getAttribute("data-flag")).toBe("OVERDUE");
    expect(await overdue.locator("td[data-column=overdue]").textContent()).toBe(
      "Response overdue by 46 days",
    );
    const colour = await overdue.locator("td[data-column=text]").evaluate((td) => getComputedStyle(td).color);
    expect(colour).toBe("rgb(179, 38, 30)");

    await Promise.all([page.waitForURL(/\/scrutiny\/REC-24-f\?/), overdue.locator("a").click()]);
    const form = page.locator("form[data-form=response]");
    await form.locator("select[name=status]").selectOption("accepted");
    await form.locator("textarea[name=response]").fill("Accepted: the review starts in January.");
    await form.locator("input[name=respondedOn]").fill("2024-10-30");
    await Promise.all([
      page.waitForURL(/\/scrutiny\/REC-24-f\?la=DEMO$/),
      form.locator("button[type=submit]").click(),
    ]);
    const fields = page.locator("#item table[data-table=Recommendation]");
    expect(await fields.locator("tr:has(td:text-is('Status')) td[data-column=value]").textContent()).toBe(
      "Accepted",
    );
    expect(await fields.locator("tr.flagged").count()).toBe(0);

    await page.goto(`${url}/scrutiny`);
    const answered = page.locator(row("REC-24-f"));
    expect(await answered.getAttribute("data-flag")).toBeNull();
    expect(await answered.locator("td[data-column=overdue]").textContent()).toBe("");
    await page.close();
  });

  it("a member sees the tracker and an item's figures with no form", async () => {
    const context = await officer.browser()?.newContext();
    if (!context) throw new Error("no browser for a second context");
    const page = await context.newPage();
    await signInBrowser(page, url, "member");
    await page.goto(`${url}/scrutiny`);
    expect(await page.locator(`${row("REC-24-e")}[data-flag=OVERDUE]`).count()).toBe(1);
    expect(await page.locator("form.scrutiny").count()).toBe(0);
    await page.goto(`${url}/scrutiny/REC-24-c`);
    expect(await page.locator("#figures table[data-table='Measures it concerns'] tr.row").count()).toBe(2);
    expect(await page.locator("form[method=post]:not(.sign-out)").count()).toBe(0);
    await context.close();
  });
});
