/**
 * A solved transport scenario as an Excel workbook for officers and operators: Summary (the figures,
 * the sentences, notes and warnings), Routes (both runs), Stops (every stop in order) and Pupils.
 * Money is pounds as numbers with a £ format; text a spreadsheet could take for a formula (starting
 * = + - @, a tab or a return) is written with a leading apostrophe, so no cell ever runs as one.
 */
import ExcelJS from "exceljs";
import { OFFICER } from "../../domain/disclosure/audience.js";
import { type Pence, toDecimalPounds } from "../../domain/money/money.js";
import type { ScenarioResult, TransportScenario } from "../../domain/transport/scenarios/model.js";
import type { CellValue, ColumnType, ReportTable } from "../monthly/model.js";
import { safeText } from "../safe-cells.js";
import { operatorRoutes, stopsTable } from "./operators.js";
import { pupilTable } from "./tables.js";
import { policyInWords, scenarioSentences } from "./words.js";

const POUNDS = "£#,##0.00;-£#,##0.00";

function cellOf(value: CellValue, type: ColumnType): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return safeText(value);
  return type === "money" ? Number(toDecimalPounds(value)) : value;
}

function formatOf(type: ColumnType, decimals: number | undefined): string | undefined {
  if (type === "money") return POUNDS;
  if (decimals !== undefined) return decimals > 0 ? `0.${"0".repeat(decimals)}` : "0";
  return undefined;
}

function tableSheet(workbook: ExcelJS.Workbook, table: ReportTable): void {
  const sheet = workbook.addWorksheet(table.title, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.addRow(table.columns.map((c) => c.label)).font = { bold: true };
  for (const r of table.rows) sheet.addRow(table.columns.map((c) => cellOf(r.values[c.key] ?? null, c.type)));
  table.columns.forEach((c, i) => {
    const column = sheet.getColumn(i + 1);
    const format = formatOf(c.type, c.decimals);
    if (format) column.numFmt = format;
    column.width = Math.max(10, Math.min(50, c.label.length + 2));
  });
}

function summarySheet(workbook: ExcelJS.Workbook, result: ScenarioResult, scenario: TransportScenario): void {
  const sheet = workbook.addWorksheet("Summary");
  sheet.getColumn(1).width = 28;
  sheet.getColumn(2).width = 100;
  sheet.getColumn(1).font = { bold: true };
  sheet.getColumn(2).alignment = { wrapText: true, vertical: "top" };
  const text = (label: string, value: string | number | null) =>
    sheet.addRow([label, typeof value === "string" ? safeText(value) : value]);
  const pounds = (label: string, value: Pence) => {
    const row = text(label, Number(toDecimalPounds(value)));
    row.getCell(2).numFmt = POUNDS;
    row.getCell(2).alignment = { horizontal: "left" };
  };
  sheet.addRow([safeText(`Transport scenario: ${result.scenario}`)]).font = { bold: true, size: 14 };
  text("Policy", policyInWords(scenario));
  text("School day", result.on);
  text("Today", result.current.basis);
  pounds("Today a day", result.current.dailyCost);
  pounds("Plan a day", result.dailyCost);
  if (result.otherDailyCost > 0) pounds("Of which besides routes", result.otherDailyCost);
  pounds("Saving a day", result.dailySaving);
  pounds("One-off cost", result.oneOffCost);
  text("Financial year", result.year);
  text("School days", result.schoolDays);
  pounds("Plan a year", result.annualCost);
  pounds("Saving a year", result.annualSaving);
  text("Evidence for saving", scenario.saving);
  text("Adopted from", scenario.adoptFrom);
  if (scenario.note) text("Note", scenario.note);
  const lines = (label: string, values: readonly string[]) => {
    sheet.addRow([]);
    for (const [i, v] of values.entries()) text(i === 0 ? label : "", v);
  };
  lines("Summary", scenarioSentences(result, OFFICER));
  lines("Notes", result.notes);
  lines("Warnings", result.warnings);
}

export async function scenarioWorkbook(result: ScenarioResult, scenario: TransportScenario): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Outturn";
  summarySheet(workbook, result, scenario);
  for (const table of [operatorRoutes(result), stopsTable(result), pupilTable(result, OFFICER)])
    tableSheet(workbook, table);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
