/** The audit trail: who changed which figure of which row, from what to what, and when. */
import { addDays } from "../domain/calendar/dates.js";
import type { Actor, AuditEntry, AuditFilter } from "./store.js";
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

/** The entries the filter keeps, in SQL: equal register, key, field and person; `at` within the days. */
export async function readAudit(queries: CouncilQueries, filter: AuditFilter = {}): Promise<AuditEntry[]> {
  let query = queries.select("audit").selectAll();
  const equal = {
    register: filter.register,
    row_key: filter.key,
    field: filter.field,
    changed_by: filter.by,
  };
  for (const [column, value] of Object.entries(equal))
    if (value !== undefined) query = query.where(column, "=", value);
  if (filter.from !== undefined) query = query.where("at", ">=", filter.from);
  // `at` is an ISO timestamp, so every moment of the last day sorts below the next day.
  if (filter.to !== undefined) query = query.where("at", "<", addDays(filter.to, 1));
  query = query.orderBy("id", filter.newestFirst ? "desc" : "asc");
  if (filter.limit !== undefined) query = query.limit(filter.limit).offset(filter.offset ?? 0);
  const rows = await query.execute();
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
