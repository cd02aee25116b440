/**
 * Helpers shared by the rules on the return's other tables (missing.ts, reviews.ts, adoption.ts,
 * outcomes.ts, social-worker.ts), and rowRule, the one builder of one-table row rules (the code, header,
 * UASC and episode rules use it too). Dates in rows are ISO when they parsed; anything else counts as no
 * date, as the validator's coerced parsing does.
 */
import { isIsoDate } from "../../calendar/dates.js";
import { collectionYearSpan, type Ssda903Return, type Ssda903Row, type Ssda903Table } from "../tables.js";
import { type FailedRow, failing, type ValidationRule } from "./rule.js";

export const text = (row: Ssda903Row, column: string): string => (row.values[column] ?? "").trim();
export const given = (row: Ssda903Row, ...columns: string[]) => columns.some((c) => text(row, c) !== "");
export const dateOf = (row: Ssda903Row, column: string): string | null => {
  const value = text(row, column);
  return isIsoDate(value) ? value : null;
};
export const childOf = (row: Ssda903Row) => text(row, "CHILD");
export const span = (r: Ssda903Return) => collectionYearSpan(r.year);

export function byChild(rows: readonly Ssda903Row[]): Map<string, Ssda903Row[]> {
  const map = new Map<string, Ssda903Row[]>();
  for (const row of rows) {
    const list = map.get(childOf(row));
    if (list) list.push(row);
    else map.set(childOf(row), [row]);
  }
  return map;
}

/** Per child, the first row (in file order) with the earliest, or latest, valid date in `column`. */
export function extremeByChild(
  rows: readonly Ssda903Row[],
  column: string,
  latest = false,
): Map<string, Ssda903Row> {
  const out = new Map<string, Ssda903Row>();
  for (const row of rows) {
    const date = dateOf(row, column);
    const held = out.get(childOf(row));
    if (date === null) continue;
    if (!held || (latest ? date > (dateOf(held, column) as string) : date < (dateOf(held, column) as string)))
      out.set(childOf(row), row);
  }
  return out;
}

/** Failed rows by table, each once, in file order. */
export function out(...groups: [Ssda903Table, Iterable<Ssda903Row>][]): FailedRow[] {
  return groups.flatMap(([table, rows]) =>
    [...new Set(rows)].sort((a, b) => a.row - b.row).map((row) => ({ table, row })),
  );
}

/** A rule over one table's rows, each tested alone with the current return at hand: the rows `test` picks fail. */
export function rowRule(
  code: string,
  message: string,
  table: Ssda903Table,
  fields: readonly string[],
  test: (row: Ssda903Row, current: Ssda903Return) => boolean,
): ValidationRule {
  return {
    code,
    message,
    tables: [table],
    fields,
    validate: (ctx) => failing(ctx, table, (row) => test(row, ctx.current)),
  };
}

/** Rows sorted by child, then by each key ascending (a null key last), keeping file order for equals. */
export function sortedBy(
  rows: readonly Ssda903Row[],
  ...keys: ((row: Ssda903Row) => string | null)[]
): Ssda903Row[] {
  const all = [childOf, ...keys].map((key) => (row: Ssda903Row) => key(row) ?? "\uffff");
  return [...rows].sort((a, b) => {
    for (const key of all) if (key(a) !== key(b)) return key(a) < key(b) ? -1 : 1;
    return 0;
  });
}
export const dateKey = (column: string) => (row: Ssda903Row) => dateOf(row, column);
