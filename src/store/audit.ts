/** The audit trail: who changed which figure of which row, from what to what, and when. */
import type { Actor, AuditEntry } from "./store.js";
import type { CouncilQueries } from "./tenancy.js";

export interface Change {
  register: AuditEntry["register"];
  key: string;
  /** The field changed, or "*" for a whole row inserted (old null) or deleted (new null). */
  field: string;
  oldValue: string | null;
  newValue: string | null;
}

export async function recordChanges(queries: CouncilQueries, changes: Change[], actor: Actor): Promise<void> {
  await queries.insert(
    "audit",
    changes.map((change) => ({
      at: actor.at,
      changed_by: actor.by,
      register: change.register,
      row_key: change.key,
      field: change.field,
      old_value: change.oldValue,
      new_value: change.newValue,
      source: actor.source,
    })),
  );
}

export async function readAudit(queries: CouncilQueries): Promise<AuditEntry[]> {
  const rows = await queries.select("audit").selectAll().orderBy("id").execute();
  return rows.map((row) => ({
    id: Number(row.id),
    la: String(row.la),
    at: String(row.at),
    by: String(row.changed_by),
    register: String(row.register) as AuditEntry["register"],
    key: String(row.row_key),
    field: String(row.field),
    oldValue: row.old_value === null ? null : String(row.old_value),
    newValue: row.new_value === null ? null : String(row.new_value),
    source: String(row.source),
  }));
}
