/**
 * The savings tracker as a document: a green saving whose linked driver has not moved is flagged
 * UNEVIDENCED in the page and the workbook, the tables add up to the tracker's totals, and the
 * drill-down shows the evidence, milestones, comments oldest first, and targets by year.
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { parsePeriodRef } from "../../domain/calendar/financial.js";
import { OFFICER } from "../../domain/disclosure/audience.js";
import { forecastOutturn } from "../../domain/outturn/forecast.js";
import { emptyRegisters } from "../../domain/registers.js";
import { savingsTracker } from "../../domain/savings/tracker.js";
import type { ReportTable } from "../monthly/model.js";
import { reportHtml } from "../monthly/render-html.js";
import { reportXlsx } from "../monthly/render-xlsx.js";
import { monthlyReport } from "../monthly/report.js";
import { sampleRegisters } from "./sample-registers.js";
import { savingDetail } from "./saving-detail.js";
import { savingsDocument, savingsSection } from "./savings-document.js";

const council = { la: "901", name: "Alphashire", region: "West Midlands", demo: false };
const registers = sampleRegisters();
const tracker = savingsTracker(registers, "2024-25", "2024-10-31");
const doc = savingsDocument(council, tracker, "2024-25:P7");
const tables = (sections: { blocks: { type: string }[] }[]) =>
  sections.flatMap((s) => s.blocks).filter((b): b is ReportTable => b.type === "table");
const table = (title: string) => tables(doc.sections).find((t) => t.title === title);
/** The HTML row of a saving, by its reference in the first cell. */
const htmlRow = (page: string, ref: string) =>
  new RegExp(
    `<tr [^>]*>(?:(?!</tr>).)*data-column="ref">(?:<a [^>]*>)?${ref}<(?:(?!</tr>).)*</tr>`,
    "s",
  ).exec(page)?.[0] ?? "";

describe("the savings tracker document", () => {
  it("flags the green saving whose agency FTE has not moved, in red, and says why in words", () => {
    expect(tracker.unevidenced).toEqual(["S3"]);
    const page = reportHtml(doc);
    const s3 = htmlRow(page, "S3");
    expect(s3).toMatch(/^<tr class="row flagged" data-row="row" data-flag="UNEVIDENCED"/);
    const sentence = tracker.savings.find((t) => t.saving.ref === "S3")?.evidence[0]?.sentence;
    expect(sentence).toMatch(/^Agency FTE: 10\.0 on 2024-10-31 against 0\.0 planned .*not moved\.$/);
    expect(s3).toContain(`data-column="evidence">UNEVIDENCED: ${sentence}</td>`);
    // Green with no driver, and blue with its driver moved as planned: neither is flagged.
    for (const ref of ["S1", "S4"]) expect(htmlRow(page, ref)).toMatch(/^<tr class="row" data-row="row">/);
    expect(page).toContain(
      `<p class="note alert">1 saving rated blue or green is UNEVIDENCED, with a linked driver that has not moved as planned: S3.</p>`,
    );
  });

  it("flags it in the workbook too: the evidence says UNEVIDENCED, the row is red, the flag a note", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await reportXlsx(doc)) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Savings 2024-25");
    if (!sheet) throw new Error("no savings sheet");
    const header = sheet.getRow(1).values as unknown[];
    const rowOf = (ref: string) => {
      for (let i = 2; i <= sheet.rowCount; i++)
        if (sheet.getRow(i).getCell(1).value === ref) return sheet.getRow(i);
      throw new Error(`no row ${ref}`);
    };
    const s3 = rowOf("S3");
    expect(String(s3.getCell(header.indexOf("Evidence")).value)).toMatch(/^UNEVIDENCED: Agency FTE: 10\.0/);
    expect(s3.font?.color?.argb).toBe("FFB3261E");
    expect(s3.getCell(1).note).toBe("UNEVIDENCED");
    expect(rowOf("S4").getCell(1).note).toBeUndefined();
    expect(String(rowOf("S4").getCell(header.indexOf("Evidence")).value)).toMatch(/^Evidenced: Agency FTE/);
    expect(rowOf("S3").getCell(header.indexOf("At risk")).value).toBe(0);
    const cover = workbook.getWorksheet("Cover")?.getSheetValues() as unknown[][];
    expect(cover.find((r) => r?.[1] === "Summary")?.[2]).toBe(doc.headline);
  });

  it("sums the BRAG, category and programme tables to the tracker's totals: £2,503k, £238k at risk", () => {
    expect(tracker.total.target).toBe(2_503_000_00);
    expect(tracker.total.atRisk).toBe(238_000_00);
    const brag = table("Savings by BRAG 2024-25");
    expect(brag?.rows.map((r) => [r.values.name, r.values.count])).toEqual([
      ["Blue (delivered)", 1],
      ["Green (on track)", 2],
      ["Amber (at risk)", 1],
      ["Red (undeliverable)", 0],
    ]);
    for (const title of [
      "Savings by BRAG 2024-25",
      "Savings by category 2024-25",
      "Savings by programme 2024-25",
    ]) {
      const t = table(title);
      for (const key of ["target", "forecast", "atRisk"] as const) {
        expect(t?.total?.values[key]).toBe(tracker.total[key]);
        expect(t?.rows.reduce((sum, r) => sum + Number(r.values[key]), 0)).toBe(tracker.total[key]);
      }
    }
    expect(doc.sections[0]?.intro).toBe(
      "4 savings planned for 2024-25 total £2.5m; £238k is at risk (forecast delivery £2.3m).",
    );
  });

  it("drills to a saving: its evidence, milestones with status, comments oldest first, and targets by year", () => {
    const detail = savingDetail(council, tracker, registers, "S3", "2024-25:P7");
    const [figures, evidence, milestones, comments, years] = tables(detail?.sections ?? []);
    expect(figures?.total?.flag).toBe("UNEVIDENCED");
    expect(
      evidence?.rows.map((r) => [
        r.values.baseline,
        r.values.expected,
        r.values.actual,
        r.values.status,
        r.flag,
      ]),
    ).toEqual([["10.0 (measured)", "0.0", "10.0", "Not moved", "UNEVIDENCED"]]);
    expect(milestones?.rows.map((r) => [r.values.due, r.values.status])).toEqual([
      ["2024-04-15", "Done"],
      ["2024-05-31", "Overdue"],
      ["2025-01-31", "Due"],
    ]);
    expect(comments?.rows.map((r) => r.values.date)).toEqual(["2024-05-31", "2024-09-30"]);
    expect(years?.rows.map((r) => [r.values.year, r.values.target])).toEqual([
      ["2024-25", 1_006_000_00],
      ["2025-26", 1_477_000_00],
      ["2026-27", 933_000_00],
    ]);
    expect(years?.total?.values.target).toBe(3_416_000_00);
    expect(savingDetail(council, tracker, registers, "S99", "2024-25:P7")).toBeNull();
  });
});

describe("savings in the monthly report", () => {
  const period = parsePeriodRef("2024-25:P7");
  const report = monthlyReport({
    council,
    audience: OFFICER,
    outturn: forecastOutturn(registers, period),
    registers,
  });

  it("comes after the outturn, leads each saving to its drill-down, and names the unevidenced in the summary", () => {
    const ids = report.sections.map((s) => s.id);
    expect(ids.indexOf("savings")).toBe(ids.indexOf("forecast-chart") + 1);
    const savings = report.sections.find((s) => s.id === "savings");
    expect(tables([savings ?? { blocks: [] }])[1]?.rows[2]?.drill).toEqual({ kind: "saving", ref: "S3" });
    const summary = report.sections[0];
    expect(summary?.intro).toBe(report.headline);
    expect(summary?.notes?.[0]?.text).toContain("£238k is at risk");
    expect(summary?.notes?.[0]?.text).toContain("1 saving rated blue or green is UNEVIDENCED");
    expect(report.keyFigures.slice(-2)).toEqual([
      { label: "Savings at risk", type: "money", value: 238_000_00 },
      { label: "Unevidenced savings", type: "number", value: 1 },
    ]);
  });

  it("is left out for a council with no savings", () => {
    const none = { ...emptyRegisters(), budgetLines: registers.budgetLines, actuals: registers.actuals };
    const outturn = forecastOutturn(none, period);
    expect(savingsSection({ council, audience: OFFICER, outturn, registers: none })).toBeNull();
    expect(
      monthlyReport({ council, audience: OFFICER, outturn, registers: none }).sections[0]?.notes,
    ).toBeUndefined();
  });
});
