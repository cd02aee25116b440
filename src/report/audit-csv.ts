/** The audit trail as CSV: who changed which figure, when, and from what to what. */
import { stringify } from "csv-stringify/sync";
import type { AuditEntry } from "../store/store.js";

export function auditCsv(entries: AuditEntry[]): string {
  return stringify(
    entries.map((e) => ({
      at: e.at,
      by: e.by,
      source: e.source,
      register: e.register,
      key: e.key,
      field: e.field,
      old: e.oldValue ?? "",
      new: e.newValue ?? "",
    })),
    { header: true, columns: ["at", "by", "source", "register", "key", "field", "old", "new"] },
  );
}
