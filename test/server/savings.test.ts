/**
 * The savings tracker and the MTFP over the real server and SQLite store, on a small council: the
 * pages flag the unevidenced saving and drill to its evidence, the downloads carry the same flag,
 * the API returns the tracker and plan as JSON, and a wrong reference or scenario is refused clearly.
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { sampleRegisters } from "../../src/report/savings/sample-registers.js";
import { pdfPages } from "../support/pdf-text.js";
import { sampleServer } from "../support/sample-server.js";

const SLIP = "Savings slip by 50%";
const get = sampleServer(sampleRegisters());

describe("the savings pages", () => {
  it("flags the unevidenced saving on /savings at the latest period, and links it to its evidence", async () => {
    const page = await get("/savings?la=901");
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("Alphashire: Savings tracker 2024-25 at 2024-25:P7");
    const s3 = /<tr class="row flagged"[^>]*data-flag="UNEVIDENCED"[^>]*>.*?<\/tr>/s.exec(page.body)?.[0];
    expect(s3).toContain(`<a href="/savings/S3?la=901&amp;period=2024-25%3AP7">S3</a>`);
    expect(s3).toContain(">UNEVIDENCED: Agency FTE: 10.0 on 2024-10-31");
    expect(page.body.match(/class="row flagged"/g)).toHaveLength(1);
    expect(page.body).toContain(`href="/savings.xlsx?la=901&amp;period=2024-25%3AP7">Download Excel`);
    expect(page.body).toContain(`href="/mtfp?la=901&amp;period=2024-25%3AP7">MTFP`);
  });

  it("drills to a saving's evidence, milestones and comments, and 404s a reference it does not know", async () => {
    const page = await get("/savings/S3?la=901&period=2024-25:P7");
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(`<table data-table="Evidence by driver">`);
    expect(page.body).toMatch(/data-flag="UNEVIDENCED".*data-column="status">Not moved</s);
    expect(page.body).toMatch(/Campaign launched\..*Six offers accepted/s);
    const unknown = await get("/savings/S99?la=901");
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).toContain("No saving &quot;S99&quot; in Alphashire&#39;s savings register.");
    const notThisYear = await get("/savings/S2?la=901&period=2025-26:P1");
    expect(notThisYear.statusCode).toBe(404);
    expect(notThisYear.body).toContain("has no target in 2025-26");
  });

  it("downloads the tracker as a workbook whose unevidenced row is red and noted", async () => {
    const response = await get("/savings.xlsx?la=901&period=2024-25:P7");
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-disposition"]).toContain(
      'filename="alphashire-savings-2024-25-P7.xlsx"',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Savings 2024-25");
    const rows = (sheet?.getSheetValues() ?? []) as unknown[][];
    const at = rows.findIndex((r) => r?.[1] === "S3");
    expect(sheet?.getRow(at).getCell(1).note).toBe("UNEVIDENCED");
    expect(rows[at]?.some((v) => String(v).startsWith("UNEVIDENCED: Agency FTE"))).toBe(true);
  });

  it("prints the tracker to PDF with the flag in it", async () => {
    const response = await get("/savings.pdf?la=901");
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-disposition"]).toContain('filename="alphashire-savings-2024-25-P7.pdf"');
    const text = pdfPages(response.rawPayload).flat().join(" ");
    expect(text).toContain("UNEVIDENCED");
  });
});

describe("the MTFP pages", () => {
  it("shows every scenario compared with the plan, with the chart, by default", async () => {
    const page = await get("/mtfp?la=901");
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("Alphashire: Medium term financial plan 2024-25 to 2026-27");
    expect(page.body).toContain(`<figure aria-label="Base budget and gap by year"><svg`);
    expect(page.body).toContain(`<table data-table="MTFP 2024-25 build-up">`);
    expect(page.body).toContain(`<section id="scenario-1"><h2>Scenario: ${SLIP}</h2>`);
  });

  it("picks one scenario, and refuses one it does not know, naming those it does", async () => {
    const one = await get(`/mtfp?la=901&scenario=${encodeURIComponent(SLIP)}`);
    expect(one.statusCode).toBe(200);
    expect(one.body).toContain(`Scenario: ${SLIP}`);
    const unknown = await get("/mtfp?la=901&scenario=Nope");
    expect(unknown.statusCode).toBe(400);
    expect(unknown.body).toContain(`No scenario &quot;Nope&quot;: the scenarios are &quot;${SLIP}&quot;.`);
    const none = await get("/mtfp?la=902");
    expect(none.statusCode).toBe(404);
    expect(none.body).toContain("Betashire has no medium term financial plan yet");
  });

  it("downloads the plan as a workbook and a PDF", async () => {
    const xlsx = await get("/mtfp.xlsx?la=901");
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers["content-disposition"]).toContain(
      'filename="alphashire-mtfp-2024-25-to-2026-27.xlsx"',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const table3 = workbook.getWorksheet("MTFP 2024-25 build-up")?.getSheetValues() as unknown[][];
    expect(table3.at(-1)?.slice(1)).toEqual(["Base budget c/f", 65_132_000]);
    const pdf = await get("/mtfp.pdf?la=901");
    expect(pdf.statusCode).toBe(200);
    expect(pdfPages(pdf.rawPayload).flat()).toContain("Base budget c/f");
  });
});

describe("the savings and MTFP API", () => {
  it("returns the tracker for the period with its unevidenced flags", async () => {
    const response = await get("/api/councils/901/savings?period=2024-25:P7");
    expect(response.statusCode).toBe(200);
    const tracker = response.json();
    expect(tracker).toMatchObject({
      period: "2024-25:P7",
      year: "2024-25",
      asAt: "2024-10-31",
      unevidenced: ["S3"],
    });
    const flags = tracker.savings.map((s: { saving: { ref: string }; unevidenced: boolean }) => [
      s.saving.ref,
      s.unevidenced,
    ]);
    expect(flags).toEqual([
      ["S1", false],
      ["S2", false],
      ["S3", true],
      ["S4", false],
    ]);
    expect(tracker.total.atRisk).toBe(238_000_00);
  });

  it("returns the plan and its scenarios, one when asked, and a 400 for an unknown one", async () => {
    const all = (await get("/api/councils/901/mtfp")).json();
    expect(all.plan.years.map((y: { baseCarriedForward: number }) => y.baseCarriedForward)).toEqual([
      65_132_000_00, 59_761_000_00, 57_469_000_00,
    ]);
    expect(all.scenarios.map((s: { scenario: string }) => s.scenario)).toEqual([SLIP]);
    const one = await get(`/api/councils/901/mtfp?scenario=${encodeURIComponent(SLIP)}`);
    expect(one.json().scenarios).toHaveLength(1);
    const unknown = await get("/api/councils/901/mtfp?scenario=Nope");
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error).toContain(`the scenarios are "${SLIP}"`);
    expect((await get("/api/councils/902/mtfp")).statusCode).toBe(404);
  });
});

describe("the site navigation", () => {
  it("links the outturn page to the savings tracker and the MTFP, keeping the council and period", async () => {
    const page = await get("/?la=901");
    expect(page.body).toContain(`<a href="/savings?la=901&amp;period=2024-25%3AP7">Savings</a>`);
    expect(page.body).toContain(`<a href="/mtfp?la=901&amp;period=2024-25%3AP7">MTFP</a>`);
  });
});
