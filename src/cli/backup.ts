/**
 * `outturn backup --la <la> --out <file>` writes one council's backup as JSON (gzipped when the name
 * ends .gz); `outturn restore <file> [--replace]` writes it back in one transaction, all or nothing.
 */
import { readFile, writeFile } from "node:fs/promises";
import { gunzipSync, gzipSync } from "node:zlib";
import type { Command } from "commander";
import { backupCouncil, restoreCouncil } from "../store/backup.js";
import { type Store, StoreError } from "../store/store.js";
import { chooseCouncil, printFrom, UserError } from "./context.js";

const GZIP_MAGIC = [0x1f, 0x8b];

export async function backupCommand(store: Store, o: { la?: string; out: string }): Promise<string> {
  const council = await chooseCouncil(store, o.la);
  const backup = await backupCouncil(store, council.la);
  const text = JSON.stringify(backup);
  await writeFile(o.out, o.out.toLowerCase().endsWith(".gz") ? gzipSync(text) : text);
  const rows = Object.values(backup.tables).reduce((sum, rows) => sum + rows.length, 0);
  return `Backed up ${council.name} (${council.la}, schema ${backup.schema}): ${rows} rows in ${Object.keys(backup.tables).length} tables to ${o.out}.\n`;
}

/** The backup file's document: JSON, gzipped or not (told by its first bytes, not its name). */
async function readBackup(file: string): Promise<unknown> {
  const bytes = await readFile(file).catch((e: NodeJS.ErrnoException) => {
    throw new UserError(`Cannot read ${file}: ${e.code === "ENOENT" ? "no such file" : e.message}`);
  });
  try {
    const zipped = bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1];
    return JSON.parse((zipped ? gunzipSync(bytes) : bytes).toString("utf8"));
  } catch (error) {
    throw new UserError(`${file} is not an Outturn backup: ${(error as Error).message}`);
  }
}

export async function restoreCommand(store: Store, file: string, o: { replace?: boolean }): Promise<string> {
  const document = await readBackup(file);
  try {
    const council = await restoreCouncil(store, document, { replace: o.replace ?? false });
    return `Restored ${council.name} (${council.la}) from ${file}.\n`;
  } catch (error) {
    if (error instanceof StoreError) throw new UserError(`${file}: ${error.message}; nothing was restored.`);
    throw error;
  }
}

export function addBackupCommands(program: Command, store: () => string): void {
  const print = printFrom(store);
  program
    .command("backup")
    .description("Write one council's data (registers, 903 returns, snapshots, audit trail) to a JSON file")
    .option("--la <code>", "council code (default: the first council in the store)")
    .requiredOption("--out <file>", "where to write it; a name ending .gz is gzipped")
    .action((o: { la?: string; out: string }) => print((s) => backupCommand(s, o)));
  program
    .command("restore")
    .description("Restore a council from a backup file, all or nothing, into a council with no data")
    .argument("<file>", "a file written by `outturn backup`")
    .option("--replace", "replace the council's data if it has any")
    .action((file: string, o: { replace?: boolean }) => print((s) => restoreCommand(s, file, o)));
}
