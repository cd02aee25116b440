import type { Cell } from "../cells.js";

/** A row of a file, numbered as a spreadsheet shows it (the header row is 1). */
export interface SheetRow {
  row: number;
  cells: Cell[];
}

/** A file read as a grid: the header row's cells, then every row that is not blank. */
export interface Sheet {
  header: Cell[];
  rows: SheetRow[];
}

/** Why a file could not be read as a grid at all, and where. */
export interface ReadFailure {
  row: number;
  rule: string;
}

export type ReadResult = { sheet: Sheet } | { failure: ReadFailure };

function isBlankRow(cells: readonly Cell[]): boolean {
  return cells.every((cell) => cell === null || (typeof cell === "string" && cell.trim() === ""));
}

/** Splits a grid into its header (row 1) and its non-blank rows. */
export function toSheet(grid: readonly { row: number; cells: Cell[] }[]): Sheet {
  const [first, ...rest] = grid;
  const header = first?.row === 1 ? first.cells : [];
  const rows = (first?.row === 1 ? rest : grid).filter((row) => !isBlankRow(row.cells));
  return { header, rows };
}
