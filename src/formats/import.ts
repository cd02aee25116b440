/**
 * Imports a register file into a council's store: every row is checked first, and a file with any
 * error changes nothing. A clean file replaces the register in one transaction (see
 * CouncilStore.replace for what a re-import replaces).
 */
import type { RegisterName } from "../domain/registers.js";
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
  return { replaced: await store.replace(register, parsed.rows, actor) };
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
