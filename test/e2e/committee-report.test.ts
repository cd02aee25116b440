/**
 * End to end on Demoshire in headless Chromium: an analyst opens the committee reports, edits the
 * purpose in the form, sees it in the draft beside the live figures, and downloads the Word document,
 * which carries the new text.
 */
import { readFile } from "node:fs/promises";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DemoServer, startDemoServer } from "../support/demo-server.js";

const REF = "CR-24-11";
let demo: DemoServer;

beforeAll(async () => {
  demo = await startDemoServer("analyst");
}, 120_000);

afterAll(() => demo?.close());

describe("the committee report in the browser", () => {
  it("lets an officer edit the narrative and download it in Word", async () => {
    const page = await demo.browser.newPage();
    await page.goto(`${demo.url}/committee-reports`);
    const row = page.locator(`tr[data-ref="${REF}"]`);
    await Promise.all([page.waitForURL(/\/edit$/), row.locator("a:text-is('Edit')").click()]);

    const purpose = "Edited in the browser: the committee is asked to note Cabinet's response.";
    await page.fill("#field-purpose", purpose);
    await Promise.all([
      page.waitForURL(new RegExp(`/committee-reports/${REF}$`)),
      page.click("form.committee button[type=submit]"),
    ]);
    expect(await page.textContent("#purpose")).toContain(purpose);
    expect(await page.locator("#evidence-outturn table").count()).toBe(1);
    expect(await page.locator("#evidence-outturn figure svg").count()).toBe(1);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.click("a:text-is('Download Word')"),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const zip = await JSZip.loadAsync(await readFile(await download.path()));
    const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
    expect(xml).toContain("Edited in the browser: the committee is asked to note Cabinet&apos;s response.");
    await page.close();
  }, 180_000);
});
