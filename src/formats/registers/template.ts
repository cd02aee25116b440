/**
 * A template workbook for a register: the header row (bold, frozen), one example row, drop-down
 * lists for code columns, and a "Guide" sheet describing every column.
 */
import ExcelJS from "exceljs";
import type { RegisterName } from "../../domain/registers.js";
import type { CellKind } from "./cells.js";
import type { Column } from "./layout.js";
import { LAYOUTS } from "./layouts/index.js";

/** How many rows below the header get the drop-down lists. */
const VALIDATED_ROWS = 1000;

const NUMBER_FORMATS: Record<CellKind, string | undefined> = {
  text: "@",
  code: "@",
  "yes-no": "@",
  money: "#,##0.00",
  date: "dd/mm/yyyy",
  number: undefined,
};

/** The example as the cell a person would type: numbers for money, Excel dates for dates. */
function exampleCell(column: Column): string | number | Date | null {
  if (column.example === "") return null;
  if (column.kind === "money" || column.kind === "number") return Number(column.example);
  if (column.kind === "date") return new Date(`${column.example}T00:00:00Z`);
  return column.example;
}

function addRegisterSheet(workbook: ExcelJS.Workbook, register: RegisterName, columns: Column[]): void {
  const sheet = workbook.addWorksheet(register, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((column) => {
    const numFmt = NUMBER_FORMATS[column.kind];
    const width = Math.max(12, column.header.length + 3, column.example.length + 3);
    return { header: column.header, width, ...(numFmt ? { style: { numFmt } } : {}) };
  });
  sheet.getRow(1).font = { bold: true };
  sheet.addRow(columns.map(exampleCell));
  columns.forEach((column, index) => {
    if (!column.codes) return;
    const validation: ExcelJS.DataValidation = {
      type: "list",
      allowBlank: !column.required,
      formulae: [`"${column.codes.join(",")}"`],
      showErrorMessage: true,
      errorTitle: column.header,
      error: `${column.header} ${column.rule}`,
    };
    for (let row = 2; row <= VALIDATED_ROWS + 1; row++)
      sheet.getCell(row, index + 1).dataValidation = validation;
  });
}

function addGuideSheet(workbook: ExcelJS.Workbook, columns: Column[]): void {
  const guide = workbook.addWorksheet("Guide", { views: [{ state: "frozen", ySplit: 1 }] });
  guide.columns = [
    { header: "Column", width: 30 },
    { header: "Required", width: 10 },
    { header: "Example", width: 22 },
    { header: "Description", width: 70 },
    { header: "Rule", width: 90 },
  ];
  guide.getRow(1).font = { bold: true };
  for (const column of columns) {
    guide.addRow([
      column.header,
      column.required ? "Yes" : "No",
      column.example,
      column.description,
      column.rule,
    ]);
  }
  for (const key of [4, 5]) guide.getColumn(key).alignment = { wrapText: true, vertical: "top" };
}

export async function writeTemplate(register: RegisterName): Promise<Buffer> {
  const columns = Object.values(LAYOUTS[register].columns);
  const workbook = new ExcelJS.Workbook();
  addRegisterSheet(workbook, register, columns);
  addGuideSheet(workbook, columns);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
