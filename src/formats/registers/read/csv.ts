/** Reads a register from CSV: UTF-8 (with or without a BOM) or, failing that, Windows-1252 as older Excel saves it. */
import { CsvError, parse } from "csv-parse/sync";
import { type ReadResult, toSheet } from "./sheet.js";

function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

export function readCsv(bytes: Uint8Array): ReadResult {
  let records: string[][];
  try {
    records = parse(decode(bytes), { bom: true, relax_column_count: true, skip_empty_lines: false });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const row = typeof error.lines === "number" ? error.lines : 0;
    return { failure: { row, rule: `must be valid CSV (${error.message})` } };
  }
  // A spreadsheet shows each record, blank or not, as one row; so a record's index is its row number.
  const grid = records.map((fields, i) => ({
    row: i + 1,
    cells: fields.map((field) => field.trim() || null),
  }));
  return { sheet: toSheet(grid) };
}
