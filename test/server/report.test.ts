/**
 * The product owner's check: the monthly report's PDF and workbook show the same totals as its web
 * page, and those are the forecast's. Demoshire in memory, the real server, Chromium printing.
 */
import ExcelJS from "exceljs";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDemo } from "../../src/demo/load-demo.js";
import { parsePeriodRef } from "../../src/domain/calendar/financial.js";
import { formatPounds } from "../../src/domain/money/money.js";
import { type ForecastOutturn, forecastOutturn } from "../../src/domain/outturn/forecast.js";
import { headline } from "../../src/report/monthly/summary.js";
import { buildServer } from "../../src/server/app.js";
import { openSqliteStore } from "../../src/store/sqlite.js";
import type { Store } from "../../src/store/store.js";
import { pdfPages } from "../support/pdf-text.js";
import { type SignedIn, signedIn } from "../support/sign-in.js";

const PERIOD = "2024-25:P6";
const FIELDS = ["budget", "actualToDate", "forecast", "variance"] as const;
let store: Store;
let app: FastifyInstance;
let member: SignedIn;
let outturn: ForecastOutturn;
const pounds = (pence: number) => formatPounds(pence, { wholePounds: true });

beforeAll(async () => {
  store = await openSqliteStore(":memory:");
  await store.migrate();
  await loadDemo(store, { by: "demo generator", source: "demo", at: "2024-11-01T00:00:00.000Z" });
  app = await buildServer({ store, clock: () => new Date("2024-11-04T10:00:00Z") });
  member = await signedIn(app, store, "member", "DEMO");
  outturn = forecastOutturn(await store.council("DEMO").registers(), parsePeriodRef(PERIOD));
});

afterAll(async () => {
  await app?.close();
  await store?.close();
});

/** The total row of the page's outturn table: each money cell's pence and text. */
async function pageTotals() {
  const response = await member.inject({ url: `/report?period=${PERIOD}` });
  expect(response.statusCode).toBe(200);
  const table = /<table data-table="Outturn by line">([\s\S]*?)<\/table>/.exec(response.body)?.[1] ?? "";
  const total = /<tr class="total"[^>]*>([\s\S]*?)<\/tr>/.exec(table)?.[1] ?? "";
  return Object.fromEntries(
    FIELDS.map((field) => {
      const cell = new RegExp(`data-column="${field}" data-pence="(-?\\d+)">([^<]*)<`).exec(total);
      return [field, { pence: Number(cell?.[1]), text: cell?.[2] }];
    }),
  );
}

describe("the monthly report downloads", () => {
  it("shows the forecast's totals on the page", async () => {
    const totals = await pageTotals();
    for (const field of FIELDS) {
      expect(totals[field]).toEqual({ pence: outturn.total[field], text: pounds(outturn.total[field]) });
    }
  });

  it("prints a PDF whose total row reads as the page's", async () => {
    const response = await member.inject({ url: `/report.pdf?period=${PERIOD}` });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("application/pdf");
    expect(response.headers["content-disposition"]).toContain('filename="demoshire-2024-25-P6.pdf"');
    expect(response.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
    const pages = pdfPages(response.rawPayload);
    expect(pages.length).toBeGreaterThanOrEqual(1);
    const lines = pages.flat();
    const totals = await pageTotals();
    const at = lines.findIndex((line, i) => line === "Total" && lines[i + 1] === totals.budget?.text);
    expect(lines.slice(at + 1, at + 5)).toEqual(FIELDS.map((field) => totals[field]?.text));
    expect(lines).toContain(headline(outturn));
    expect(pages[0]?.join("")).toMatch(new RegExp(`Page\\s*1\\s*of\\s*${pages.length}$`));
  });

  it("writes a workbook whose totals are the forecast's, in pounds, on formatted sheets", async () => {
    const response = await member.inject({ url: `/report.xlsx?period=${PERIOD}` });
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const names = workbook.worksheets.map((s) => s.name);
    expect(names.slice(0, 3)).toEqual(["Cover", "Summary", "Key pressures (£million)"]);
    for (const name of ["Outturn by line", "High-cost placements by type", "Average weekly cost by type"])
      expect(names).toContain(name);
    // £m to one decimal place, as the table prints it.
    expect(workbook.getWorksheet("Key pressures (£million)")?.getColumn(3).numFmt).toBe("#,##0.0");

    const cover = workbook.getWorksheet("Cover");
    const figure = (label: string) =>
      cover?.getSheetValues().find((row) => Array.isArray(row) && row[1] === label) as unknown[] | undefined;
    expect(figure("Forecast outturn")?.[2]).toBe(outturn.total.forecast / 100);
    expect(figure("Summary")?.[2]).toBe(headline(outturn));

    const sheet = workbook.getWorksheet("Outturn by line");
    if (!sheet) throw new Error("no outturn sheet");
    const header = sheet.getRow(1).values as unknown[];
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.getRow(1).font?.bold).toBe(true);
    const total = sheet.getRow(sheet.rowCount);
    expect(total.getCell(1).value).toBe("Total");
    expect(total.font?.bold).toBe(true);
    const labels = ["Budget", "Actual to date", "Forecast outturn", "Variance"];
    FIELDS.forEach((field, i) => {
      const cell = total.getCell(header.indexOf(labels[i]));
      expect(cell.value).toBe(outturn.total[field] / 100);
      expect(cell.numFmt).toBe("£#,##0;-£#,##0");
    });
  });

  it("drills from a service area to its lines and from a line to its items, and 404s for others", async () => {
    const area = await member.inject({
      url: `/areas/${encodeURIComponent("Looked after children")}?period=${PERIOD}`,
    });
    expect(area.statusCode).toBe(200);
    expect(area.body).toContain(`href="/lines/LAC-RES?la=DEMO&amp;period=2024-25%3AP6"`);
    const line = await member.inject({ url: `/lines/LAC-RES?period=${PERIOD}` });
    // A member sees the placements by type; an officer sees each one.
    expect(line.body).toContain("Placements by type");
    expect(line.body).not.toContain("Child (pseudonymised)");
    const manager = await signedIn(app, store, "manager", "DEMO");
    const officerLine = await manager.inject({ url: `/lines/LAC-RES?period=${PERIOD}` });
    expect(officerLine.body).toContain("Child (pseudonymised)");
    expect(officerLine.body).not.toContain("Placements by type");
    expect((await member.inject({ url: `/lines/NOPE?period=${PERIOD}` })).statusCode).toBe(404);
    expect((await member.inject({ url: "/areas/Nowhere" })).statusCode).toBe(404);
  });
});
