/**
 * Imports a register file into a council's store: every row is checked first, and a file with any
 * error changes nothing. A clean file replaces the register in one transaction (see
 * CouncilStore.replace for what a re-import replaces).
 */
import {
  type CouncilRegisters,
  keyOf,
  REGISTER_FIELD,
  type RegisterName,
  type RegisterRows,
} from "../domain/registers.js";
import { newScrutinyErrors } from "../domain/scrutiny/checks.js";
import { SCRUTINY_REGISTERS } from "../domain/scrutiny/columns.js";
import type { Actor, CouncilStore, ReplaceResult } from "../store/store.js";
import { type ImportError, parseRegister, type RegisterFile } from "./registers/parse.js";

export type { ImportError, RegisterFile } from "./registers/parse.js";

export type ImportOutcome = { errors: ImportError[] } | { replaced: ReplaceResult };

export async function importRegister<R extends RegisterName>(
  store: CouncilStore,
  register: R,
  file: RegisterFile,
  actor: Actor,
): Promise<ImportOutcome> {
  const parsed = await parseRegister(register, file);
  if ("errors" in parsed) return parsed;
  const errors = await crossRegisterErrors(store, register, parsed.rows, file.name);
  if (errors.length > 0) return { errors };
  return { replaced: await store.replace(register, parsed.rows, actor) };
}

/** The registers the scrutiny rules read across: an import of one is checked against the others. */
const CHECKED_ACROSS: ReadonlySet<RegisterName> = new Set([
  ...SCRUTINY_REGISTERS,
  "savings",
  "budget-lines",
  "measure-settings",
]);

/**
 * The rules across registers that the rows would newly break once they replace the register (a link
 * to a saving the file removes, an action whose recommendation is not there). Budget lines replace
 * only their years. `file` names where the rows came from.
 */
export async function crossRegisterErrors<R extends RegisterName>(
  store: CouncilStore,
  register: R,
  rows: RegisterRows[R][],
  file: string,
): Promise<ImportError[]> {
  if (!CHECKED_ACROSS.has(register)) return [];
  const before = await store.registers();
  const field = REGISTER_FIELD[register];
  const years = new Set((rows as { year?: string }[]).map((row) => row.year));
  const kept = register === "budget-lines" ? before.budgetLines.filter((line) => !years.has(line.year)) : [];
  const after = { ...before, [field]: [...kept, ...rows] } as CouncilRegisters;
  const rowOf = (key: string) => rows.findIndex((row) => keyOf(register, row) === key) + 2;
  return newScrutinyErrors(before, after).map((e) => {
    const own = e.register === register ? rowOf(e.row) : 0;
    return {
      file,
      row: own >= 2 ? own : 0,
      column: own >= 2 ? e.column : `${e.register} ${e.row}: ${e.column}`,
      value: e.value,
      rule: e.rule,
    };
  });
}

const MAX_VALUE = 40;

function shorten(value: string): string {
  const oneLine = value.replace(/\s+/g, " ");
  return oneLine.length > MAX_VALUE ? `${oneLine.slice(0, MAX_VALUE - 1)}…` : oneLine;
}

/** The errors as a plain-text table, one line each, for the command line. */
export function formatImportErrors(errors: readonly ImportError[]): string {
  if (errors.length === 0) return "No errors.";
  const header = ["File", "Row", "Column", "Value", "Rule"];
  const lines = errors.map((e) => [
    e.file,
    e.row === 0 ? "-" : String(e.row),
    e.column,
    shorten(e.value),
    e.rule,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((line) => (line[i] ?? "").length)));
  const render = (cells: string[]) =>
    cells
      .map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
      .join("  ")
      .trimEnd();
  const count = errors.length === 1 ? "1 error" : `${errors.length} errors`;
  return [
    `${count}; nothing was imported.`,
    render(header),
    render(widths.map((w) => "-".repeat(w))),
    ...lines.map(render),
  ].join("\n");
}
