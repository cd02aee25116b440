/**
 * A report document (the monthly report, the savings tracker, the MTFP) as an Excel workbook: a
 * cover sheet (council, period, summary), then one formatted sheet per table. Money is written in
 * pounds as numbers, so the figures add up in Excel. A flagged row is red, its flag a note.
 */
import ExcelJS from "exceljs";
import { toDecimalPounds } from "../../domain/money/money.js";
import { safeText } from "../safe-cells.js";
import { formatCell } from "./format.js";
import type {
  CellValue,
  ColumnType,
  MonthlyReport,
  ReportDocument,
  ReportRow,
  ReportTable,
} from "./model.js";

/** Any document; the monthly report adds its headline and key figures to the cover. */
export type XlsxDocument = ReportDocument & Partial<Pick<MonthlyReport, "headline" | "keyFigures">>;

const RED = "FFB3261E";
const PALE_RED = "FFFDECEA";

const FORMATS: Readonly<Record<ColumnType, string | undefined>> = {
  text: undefined,
  money: "£#,##0;-£#,##0",
  number: "#,##0.##",
  count: "#,##0",
  percent: "0.0%",
};

/** A value as Excel holds it: money in pounds (exactly, from pence), everything else as it is. */
function excelValue(value: CellValue, type: ColumnType): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return safeText(value);
  return type === "money" ? Number(toDecimalPounds(value)) : value;
}

export async function reportXlsx(report: XlsxDocument): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Outturn";
  cover(workbook, report);
  const names = new Set(["cover"]);
  for (const section of report.sections) {
    for (const block of section.blocks) {
      if (block.type === "table") tableSheet(workbook, sheetName(block.title, names), block);
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function cover(workbook: ExcelJS.Workbook, report: XlsxDocument): void {
  const sheet = workbook.addWorksheet("Cover");
  sheet.getColumn(1).width = 28;
  sheet.getColumn(2).width = 90;
  sheet.addRow([safeText(`${report.council.name}: ${report.title}`)]).font = { bold: true, size: 14 };
  sheet.addRow(["Council", safeText(`${report.council.name} (${report.council.la})`)]);
  sheet.addRow(["Period", safeText(report.period)]);
  sheet.addRow([report.subtitle ? "As at" : "Actuals to", safeText(report.asAt)]);
  if (report.subtitle) sheet.addRow(["Basis", safeText(report.subtitle)]);
  if (report.headline) sheet.addRow(["Summary", safeText(report.headline)]);
  if (report.council.demo) {
    sheet.addRow(["Note", `${report.council.name} is a demonstration council; its figures are invented.`]);
  }
  sheet.addRow([]);
  for (const figure of report.keyFigures ?? []) {
    const row = sheet.addRow([safeText(figure.label), excelValue(figure.value, figure.type)]);
    row.getCell(2).numFmt = FORMATS[figure.type] ?? "General";
    row.getCell(2).alignment = { horizontal: "left" };
    row.getCell(1).font = { bold: true };
  }
  sheet.addRow([]);
  sheet.addRow(["Charts", "The charts are in the HTML and PDF forms of this report."]);
  sheet.getColumn(1).font = { bold: true };
}

function tableSheet(workbook: ExcelJS.Workbook, name: string, table: ReportTable): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  const header = sheet.addRow(table.columns.map((c) => c.label));
  header.font = { bold: true };
  header.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFEEF1F5" } };
  const add = (r: ReportRow, bold: boolean) => {
    const row = sheet.addRow(table.columns.map((c) => excelValue(r.values[c.key] ?? null, c.type)));
    if (bold) row.font = { bold: true };
    if (r.flag) {
      row.font = { bold: true, color: { argb: RED } };
      row.eachCell((cell) => {
        cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: PALE_RED } };
      });
      row.getCell(1).note = r.flag;
    }
  };
  for (const r of table.rows) add(r, r.subtotal === true);
  if (table.total) add(table.total, true);
  table.columns.forEach((column, i) => {
    const sheetColumn = sheet.getColumn(i + 1);
    const format =
      column.decimals === undefined
        ? FORMATS[column.type]
        : `#,##0${column.decimals > 0 ? `.${"0".repeat(column.decimals)}` : ""}`;
    if (format) sheetColumn.numFmt = format;
    if (column.wrap) sheetColumn.alignment = { wrapText: true, vertical: "top" };
    const rows = table.total ? [...table.rows, table.total] : table.rows;
    const widest = Math.max(
      column.label.length,
      ...rows.map((r) => formatCell(r.values[column.key] ?? null, column.type, column.decimals).length),
    );
    sheetColumn.width = Math.min(60, Math.max(8, widest + 2));
  });
}

/** A worksheet name Excel accepts: at most 31 characters, none of []:*?/\, unique in the workbook. */
function sheetName(title: string, taken: Set<string>): string {
  const base =
    title
      .replace(/[[\]:*?/\\]/g, " ")
      .trim()
      .slice(0, 31) || "Table";
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, 30 - String(n).length)} ${n}`;
  taken.add(name.toLowerCase());
  return name;
}
