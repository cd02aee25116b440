/**
 * The audit trail as CSV: who changed which figure, when, and from what to what. Text a spreadsheet
 * could take for a formula is written with a leading apostrophe, so a hostile value never runs.
 */
import type { AuditEntry } from "../store/store.js";
import { csv } from "./safe-cells.js";

export const AUDIT_COLUMNS = ["at", "by", "source", "register", "key", "field", "old", "new"] as const;

/** An entry's cells in AUDIT_COLUMNS order (made safe by the writer). */
export function auditCells(e: AuditEntry): string[] {
  return [e.at, e.by, e.source, e.register, e.key, e.field, e.oldValue ?? "", e.newValue ?? ""];
}

export function auditCsv(entries: AuditEntry[]): string {
  return csv(entries.map(auditCells), { header: true, columns: [...AUDIT_COLUMNS] });
}
