/** Reads a register from an Excel workbook: the sheet named after the register, else the first. */
import ExcelJS from "exceljs";
import { type Cell, UnreadableCell } from "../cells.js";
import { type ReadResult, toSheet } from "./sheet.js";

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !(value instanceof Date);
}

function richText(value: unknown): string | undefined {
  if (!isRecord(value) || !Array.isArray(value.richText)) return undefined;
  return value.richText.map((run: { text?: unknown }) => String(run.text ?? "")).join("");
}

/** What a cell shows: a formula's saved result, rich text's plain text, a hyperlink's text. */
function cellOf(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value.trim() || null;
  if (typeof value === "number" || typeof value === "boolean" || value instanceof Date) return value;
  if (!isRecord(value)) return null;
  if (typeof value.error === "string") {
    return new UnreadableCell(value.error, `holds the Excel error ${value.error}; it must hold a value`);
  }
  if ("formula" in value || "sharedFormula" in value) {
    if (value.result === undefined) {
      const rule = "is a formula with no saved result; open the file in Excel, save it and import it again";
      return new UnreadableCell(`=${String(value.formula ?? value.sharedFormula)}`, rule);
    }
    return cellOf(value.result);
  }
  const text = richText(value) ?? ("hyperlink" in value ? (richText(value.text) ?? value.text) : undefined);
  return typeof text === "string" ? text.trim() || null : null;
}

export async function readXlsx(bytes: Uint8Array, sheetName: string): Promise<ReadResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  } catch {
    return {
      failure: {
        row: 0,
        rule: "must be an Excel workbook (.xlsx) that opens; this one is damaged or not .xlsx",
      },
    };
  }
  const named = workbook.worksheets.find(
    (sheet) => sheet.name.trim().toLowerCase() === sheetName.toLowerCase(),
  );
  const worksheet = named ?? workbook.worksheets[0];
  if (!worksheet) return { failure: { row: 0, rule: "must hold at least one worksheet" } };
  const grid: { row: number; cells: Cell[] }[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = Array.isArray(row.values) ? row.values.slice(1) : [];
    grid.push({ row: rowNumber, cells: Array.from(values, (value) => cellOf(value)) });
  });
  return { sheet: toSheet(grid) };
}
