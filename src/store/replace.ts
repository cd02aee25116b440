/**
 * replace(): a register's rows in scope become exactly the given rows, in one transaction. Rows are
 * matched by keyOf(); a matched row with changed fields is updated and each changed field audited;
 * a new key is inserted and a missing one deleted, each audited as one entry with field "*".
 */
import { keyOf, type RegisterName, type RegisterRows } from "../domain/registers.js";
import { type Change, recordChanges } from "./audit.js";
import { auditText, checkValue, FieldValueError } from "./fields.js";
import { fromRecord, keyColumns, type RegisterTable, registerTable, toRecord } from "./register-tables.js";
import type { SqlValue } from "./schema.js";
import { type Actor, type ReplaceResult, StoreError } from "./store.js";
import type { CouncilQueries } from "./tenancy.js";

type Row = Record<string, unknown>;

/** Keys per delete statement: a few thousand bound parameters at most. */
const DELETE_BATCH = 500;

/** The given rows by key, after checking every field; throws naming the row, field, value and rule. */
function checkedRows(table: RegisterTable, rows: readonly object[]): Map<string, Row> {
  const byKey = new Map<string, Row>();
  rows.forEach((row, index) => {
    const where = `${table.register} row ${index + 1}`;
    for (const spec of table.fields) {
      try {
        checkValue(spec, (row as Row)[spec.name]);
      } catch (error) {
        if (error instanceof FieldValueError) throw new StoreError(`${where}: ${error.message}`);
        throw error;
      }
    }
    const key = keyOf(table.register, row as never);
    if (byKey.has(key)) throw new StoreError(`${where}: the key "${key}" appears more than once`);
    byKey.set(key, row as Row);
  });
  return byKey;
}

/** The distinct values of the scope fields among the rows, as column equalities. */
function scopesOf(table: RegisterTable, rows: Iterable<Row>): Record<string, SqlValue>[] {
  const scopes = new Map<string, Record<string, SqlValue>>();
  for (const row of rows) {
    const record = toRecord(table, row);
    const scope = Object.fromEntries(
      table.scope.map((name) => {
        const column = table.fields.find((f) => f.name === name)?.column ?? name;
        return [column, record[column] ?? null];
      }),
    );
    scopes.set(JSON.stringify(scope), scope);
  }
  return [...scopes.values()];
}

async function rowsInScope(queries: CouncilQueries, table: RegisterTable, incoming: Map<string, Row>) {
  let query = queries.select(table.table).selectAll();
  if (table.scope.length > 0) {
    const scopes = scopesOf(table, incoming.values());
    if (scopes.length === 0) return new Map<string, Row>();
    query = query.where((eb) => eb.or(scopes.map((scope) => eb.and(scope))));
  }
  const records = await query.execute();
  const rows = records.map((record) => fromRecord<Row>(table, record));
  return new Map(rows.map((row) => [keyOf(table.register, row as never), row]));
}

export async function replaceRegister<R extends RegisterName>(
  queries: CouncilQueries,
  register: R,
  rows: readonly RegisterRows[R][],
  actor: Actor,
): Promise<ReplaceResult> {
  const table = registerTable(register);
  const incoming = checkedRows(table, rows);
  const valueFields = table.fields.filter((f) => !table.key.includes(f.name));
  const rowText = (row: Row) =>
    JSON.stringify(Object.fromEntries(table.fields.map((f) => [f.name, row[f.name] ?? null])));

  return queries.transaction(async (q) => {
    const existing = await rowsInScope(q, table, incoming);
    const changes: Change[] = [];
    const inserts: Row[] = [];
    const result: ReplaceResult = { inserted: 0, updated: 0, deleted: 0, unchanged: 0 };

    for (const [key, row] of incoming) {
      const old = existing.get(key);
      if (!old) {
        inserts.push(row);
        changes.push({ register, key, field: "*", oldValue: null, newValue: rowText(row) });
        continue;
      }
      const changed = valueFields.filter((f) => auditText(old[f.name]) !== auditText(row[f.name]));
      if (changed.length === 0) {
        result.unchanged++;
        continue;
      }
      for (const f of changed) {
        changes.push({
          register,
          key,
          field: f.name,
          oldValue: auditText(old[f.name]),
          newValue: auditText(row[f.name]),
        });
      }
      const record = toRecord(table, row);
      await q
        .update(table.table, Object.fromEntries(changed.map((f) => [f.column, record[f.column] ?? null])))
        .where((eb) => eb.and(keyColumns(table, row)))
        .execute();
      result.updated++;
    }

    const removed = [...existing].filter(([key]) => !incoming.has(key));
    for (let from = 0; from < removed.length; from += DELETE_BATCH) {
      const batch = removed.slice(from, from + DELETE_BATCH);
      await q
        .delete(table.table)
        .where((eb) => eb.or(batch.map(([, row]) => eb.and(keyColumns(table, row)))))
        .execute();
    }
    for (const [key, row] of removed) {
      changes.push({ register, key, field: "*", oldValue: rowText(row), newValue: null });
    }
    result.deleted = removed.length;

    result.inserted = await q.insert(
      table.table,
      inserts.map((row) => toRecord(table, row)),
    );
    await recordChanges(q, changes, actor);
    return result;
  });
}
