/**
 * The audit trail as an Excel workbook: one sheet, a row per change, newest first as the page shows
 * them, every value whole (the page shortens long ones). Text is formula-safe, as in the CSV.
 */
import ExcelJS from "exceljs";
import type { AuditEntry } from "../store/store.js";
import { AUDIT_COLUMNS, auditCells } from "./audit-csv.js";
import { safeText } from "./safe-cells.js";

/** A plain number (such as pence, "-1250") is no formula, and stays a number. */
const PLAIN_NUMBER = /^-?(0|[1-9]\d{0,14})(\.\d+)?$/;

/** Excel holds at most 32,767 characters in a cell; a longer value is cut there and says so. */
const CELL_LIMIT = 32_767;
const VALUES_FROM = AUDIT_COLUMNS.indexOf("old");
const CUT = " … (cut: the CSV export holds the whole value)";

/** A cell as Excel holds it: an old or new value that is a plain number as a number, text cut to fit. */
const cellOf = (text: string, column: number): string | number => {
  if (column >= VALUES_FROM && PLAIN_NUMBER.test(text)) return Number(text);
  text = safeText(text);
  return text.length <= CELL_LIMIT ? text : `${text.slice(0, CELL_LIMIT - CUT.length)}${CUT}`;
};

export async function auditWorkbook(entries: AuditEntry[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Outturn";
  const sheet = workbook.addWorksheet("Audit", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = AUDIT_COLUMNS.map((header) => ({ header, width: header === "at" ? 24 : 18 }));
  sheet.getRow(1).font = { bold: true };
  for (const entry of entries) sheet.addRow(auditCells(entry).map(cellOf));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
