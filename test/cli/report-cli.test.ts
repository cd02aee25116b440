/** `outturn report` on a real SQLite file: each format written where asked, or under its default name. */
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { demoStore } from "../support/cli.js";

const { cli, path } = demoStore("outturn-report-cli-");

describe("outturn report", () => {
  it("writes the PDF and says where", async () => {
    const file = path("demoshire-2024-25-P7.pdf");
    const result = await cli("report", "--period", "2024-25:P7", "--format", "pdf", "--out", file);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(`Wrote ${file}`);
    expect((await readFile(file)).subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("writes the workbook and the HTML page with the same total", async () => {
    const xlsx = path("report.xlsx");
    const page = path("report.html");
    expect((await cli("report", "--period", "2024-25:P7", "--format", "xlsx", "--out", xlsx)).code).toBe(0);
    expect((await cli("report", "--period", "2024-25:P7", "--format", "html", "--out", page)).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx);
    const sheet = workbook.getWorksheet("Outturn by line");
    const header = sheet?.getRow(1).values as unknown[];
    const forecast = sheet?.getRow(sheet.rowCount).getCell(header.indexOf("Forecast outturn"))
      .value as number;
    const html = await readFile(page, "utf8");
    const total = /<tr class="total"[\s\S]*?data-column="forecast" data-pence="(-?\d+)"/.exec(html);
    expect(forecast).toBe(Number(total?.[1]) / 100);
  });

  it("refuses a period that is not one", async () => {
    const result = await cli("report", "--period", "2024-25:P13", "--format", "html");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("--period");
  });
});
