/**
 * Small-number suppression for anything a member or the public sees.
 *
 * - Primary: a count from `min` to `max` (1 to 4 by default; 0 is shown) is replaced by the
 *   marker, "[c]" by default (the Government Statistical Service's shorthand for confidential, as
 *   the DfE's "c").
 * - Secondary: in a table of counts with row and/or column totals, a hidden count must not be
 *   recoverable from the totals. While one could be worked out, the next smallest count sharing a
 *   row or column with it is hidden too (a non-zero count before a zero, a cell before a total),
 *   until none can be: no row or column then has exactly one hidden figure, nor can any be found
 *   by adding and subtracting several totals (table-graph.ts).
 * - Derived: a rate or percentage from a hidden count is hidden too (suppressDerived).
 *
 * Officers with the right role see the unsuppressed figures: callers simply do not suppress.
 */
import {
  type Edge,
  exposedFigures,
  figureIds,
  GROUND,
  nodeCount,
  reachable,
  type TableShape,
  tableEdges,
} from "./table-graph.js";

export interface SuppressionPolicy {
  min: number;
  max: number;
  marker: string;
}

export const DEFAULT_SUPPRESSION: SuppressionPolicy = { min: 1, max: 4, marker: "[c]" };

/** A figure as shown: the number, or the policy's marker where it is suppressed. */
export type Shown = number | string;

export const isSuppressed = (value: Shown | null): value is string => typeof value === "string";

export function isSmallCount(count: number, policy: SuppressionPolicy = DEFAULT_SUPPRESSION): boolean {
  return count >= policy.min && count <= policy.max;
}

/** One count as shown (null, for no figure, stays null). */
export function suppressCount(
  count: number | null,
  policy: SuppressionPolicy = DEFAULT_SUPPRESSION,
): Shown | null {
  if (count === null) return null;
  return isSmallCount(count, policy) ? policy.marker : count;
}

/**
 * A rate or percentage as shown: hidden if any count it is derived from is small, or is already
 * hidden (a marker, as suppressTable shows it).
 */
export function suppressDerived(
  value: number | null,
  from: readonly (Shown | null)[],
  policy: SuppressionPolicy = DEFAULT_SUPPRESSION,
): Shown | null {
  const hidden = from.some((c) => (typeof c === "number" ? isSmallCount(c, policy) : isSuppressed(c)));
  return hidden ? policy.marker : value;
}

export interface CountTable {
  /** Counts, row by row (whole numbers of 0 or more). */
  cells: readonly (readonly number[])[];
  /** Each row's total is shown (a "Total" column). */
  rowTotals?: boolean;
  /** Each column's total is shown (a "Total" row); with row totals, so is the grand total. */
  columnTotals?: boolean;
}

export interface SuppressedTable {
  cells: Shown[][];
  /** Null where not shown. */
  rowTotals: Shown[] | null;
  columnTotals: Shown[] | null;
  grandTotal: Shown | null;
  /** How many figures were hidden as small, and how many more so that none can be worked out. */
  primary: number;
  secondary: number;
}

export function suppressTable(
  table: CountTable,
  policy: SuppressionPolicy = DEFAULT_SUPPRESSION,
): SuppressedTable {
  const rows = table.cells.length;
  const columns = table.cells[0]?.length ?? 0;
  if (table.cells.some((r) => r.length !== columns))
    throw new RangeError("every row needs the same number of cells");
  const shape: TableShape = {
    rows,
    columns,
    rowTotals: !!table.rowTotals,
    columnTotals: !!table.columnTotals,
  };
  const ids = figureIds(shape);
  const edges = tableEdges(shape);
  const cell = (i: number, j: number) => table.cells[i]?.[j] ?? 0;
  const rowSum = (i: number) => table.cells[i]?.reduce((a, b) => a + b, 0) ?? 0;
  const columnSum = (j: number) => table.cells.reduce((a, r) => a + (r[j] ?? 0), 0);
  const values = new Array<number>(ids.count).fill(0);
  const shown = new Set<number>();
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < columns; j++) {
      values[ids.cell(i, j)] = cell(i, j);
      shown.add(ids.cell(i, j));
    }
    if (shape.rowTotals) {
      values[ids.rowTotal(i)] = rowSum(i);
      shown.add(ids.rowTotal(i));
    }
  }
  for (let j = 0; j < columns && shape.columnTotals; j++) {
    values[ids.columnTotal(j)] = columnSum(j);
    shown.add(ids.columnTotal(j));
  }
  if (shape.rowTotals && shape.columnTotals) {
    values[ids.grand] = values.slice(0, rows * columns).reduce((a, b) => a + b, 0);
    shown.add(ids.grand);
  }
  for (const id of shown) {
    const v = values[id] ?? 0;
    if (!Number.isSafeInteger(v) || v < 0)
      throw new RangeError(`a count must be a whole number of 0 or more: ${v}`);
  }

  const hidden = new Set([...shown].filter((id) => isSmallCount(values[id] ?? 0, policy)));
  const primary = hidden.size;
  for (;;) {
    const [exposed] = exposedFigures(edges, hidden, nodeCount(shape));
    if (exposed === undefined) break;
    hidden.add(secondaryFor(exposed, edges, hidden, shown, values));
  }

  const show = (id: number): Shown => (hidden.has(id) ? policy.marker : (values[id] ?? 0));
  return {
    cells: table.cells.map((r, i) => r.map((_, j) => show(ids.cell(i, j)))),
    rowTotals: shape.rowTotals ? table.cells.map((_, i) => show(ids.rowTotal(i))) : null,
    columnTotals: shape.columnTotals
      ? Array.from({ length: columns }, (_, j) => show(ids.columnTotal(j)))
      : null,
    grandTotal: shape.rowTotals && shape.columnTotals ? show(ids.grand) : null,
    primary,
    secondary: hidden.size - primary,
  };
}

/**
 * The figure to hide so that `exposed` can no longer be worked out: one that closes a loop of
 * hidden figures through it if any does, preferring its own row or column (then figures next to
 * the hidden ones), a cell before a total, a non-zero count before a zero, the smallest, the first.
 */
function secondaryFor(
  exposed: number,
  edges: readonly Edge[],
  hidden: ReadonlySet<number>,
  shown: ReadonlySet<number>,
  values: readonly number[],
): number {
  const e = edges[exposed] as Edge;
  const sideA = reachable(edges, hidden, e.a, exposed);
  const sideB = reachable(edges, hidden, e.b, exposed);
  const lines = new Set([e.a, e.b].filter((n) => n !== GROUND));
  const near = (n: number) => n !== GROUND && (sideA.has(n) || sideB.has(n));
  const rank = (id: number) => {
    const f = edges[id] as Edge;
    const v = values[id] ?? 0;
    const closes = (sideA.has(f.a) && sideB.has(f.b)) || (sideA.has(f.b) && sideB.has(f.a));
    const inLine = lines.has(f.a) || lines.has(f.b);
    return [
      closes ? 0 : 1,
      inLine ? 0 : 1,
      near(f.a) || near(f.b) ? 0 : 1,
      f.cell ? 0 : 1,
      v > 0 ? 0 : 1,
      v,
      id,
    ];
  };
  const ranked = [...shown]
    .filter((id) => !hidden.has(id))
    .map((id) => ({ id, key: rank(id) }))
    .sort((x, y) => {
      for (let k = 0; k < x.key.length; k++) {
        const d = (x.key[k] ?? 0) - (y.key[k] ?? 0);
        if (d !== 0) return d;
      }
      return 0;
    });
  const pick = ranked[0]?.id;
  if (pick === undefined) throw new Error("secondary suppression found nothing left to hide");
  return pick;
}
