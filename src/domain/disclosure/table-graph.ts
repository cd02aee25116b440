/**
 * A table of counts with totals, seen as a graph for secondary suppression. Each published figure
 * (cell, row total, column total, grand total) is an edge; each "line" (a row with its total, a
 * column with its total, the row totals or column totals with the grand total) is a node whose
 * edges add up to zero, with signs, as flows do at a node. Lines whose totals are not shown are
 * merged into one "ground" node, which adds no equation.
 *
 * A hidden figure can be worked out from the shown ones, by adding and subtracting totals, exactly
 * when its edge is a bridge in the graph of hidden edges (it lies on no cycle of hidden edges); the
 * constraint matrix is a network matrix, so this is exact, not only for single subtractions.
 */

export interface TableShape {
  rows: number;
  columns: number;
  rowTotals: boolean;
  columnTotals: boolean;
}

export const GROUND = 0;

export interface Edge {
  a: number;
  b: number;
  /** Whether the figure is a cell (else a total). */
  cell: boolean;
}

/** Figure ids: cells row by row, then row totals, column totals, the grand total. */
export function figureIds(shape: TableShape) {
  const { rows, columns } = shape;
  return {
    cell: (i: number, j: number) => i * columns + j,
    rowTotal: (i: number) => rows * columns + i,
    columnTotal: (j: number) => rows * columns + rows + j,
    grand: rows * columns + rows + columns,
    count: rows * columns + rows + columns + 1,
  };
}

/** One edge per figure id (a total that is not shown is a loop on ground, in no equation). */
export function tableEdges(shape: TableShape): Edge[] {
  const { rows, columns, rowTotals, columnTotals } = shape;
  const ids = figureIds(shape);
  const row = (i: number) => (rowTotals ? 1 + i : GROUND);
  const column = (j: number) => (columnTotals ? 1 + rows + j : GROUND);
  const both = rowTotals && columnTotals;
  const grandOfRows = both ? 1 + rows + columns : GROUND;
  const grandOfColumns = both ? 2 + rows + columns : GROUND;
  const edges: Edge[] = Array.from({ length: ids.count }, () => ({ a: GROUND, b: GROUND, cell: false }));
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < columns; j++) edges[ids.cell(i, j)] = { a: row(i), b: column(j), cell: true };
    if (rowTotals) edges[ids.rowTotal(i)] = { a: row(i), b: grandOfRows, cell: false };
  }
  if (columnTotals) {
    for (let j = 0; j < columns; j++)
      edges[ids.columnTotal(j)] = { a: column(j), b: grandOfColumns, cell: false };
  }
  if (both) edges[ids.grand] = { a: grandOfRows, b: grandOfColumns, cell: false };
  return edges;
}

export const nodeCount = (shape: TableShape) => shape.rows + shape.columns + 3;

/** The hidden edges that are bridges among the hidden edges (each could be worked out). */
export function exposedFigures(edges: readonly Edge[], hidden: ReadonlySet<number>, nodes: number): number[] {
  const adjacent: [number, number][][] = Array.from({ length: nodes }, () => []);
  for (const id of hidden) {
    const e = edges[id];
    if (!e || e.a === e.b) continue;
    adjacent[e.a]?.push([e.b, id]);
    adjacent[e.b]?.push([e.a, id]);
  }
  const order = new Array<number>(nodes).fill(-1);
  const low = new Array<number>(nodes).fill(0);
  const bridges: number[] = [];
  let time = 0;
  const visit = (node: number, viaEdge: number) => {
    order[node] = low[node] = time++;
    for (const [next, id] of adjacent[node] ?? []) {
      if (id === viaEdge) continue;
      if (order[next] === -1) {
        visit(next, id);
        low[node] = Math.min(low[node] ?? 0, low[next] ?? 0);
        if ((low[next] ?? 0) > (order[node] ?? 0)) bridges.push(id);
      } else {
        low[node] = Math.min(low[node] ?? 0, order[next] ?? 0);
      }
    }
  };
  for (let n = 0; n < nodes; n++) if (order[n] === -1) visit(n, -1);
  return bridges.sort((x, y) => x - y);
}

/** The nodes reachable from `start` over hidden edges other than `without`. */
export function reachable(
  edges: readonly Edge[],
  hidden: ReadonlySet<number>,
  start: number,
  without: number,
): Set<number> {
  const seen = new Set([start]);
  let frontier = [start];
  while (frontier.length > 0) {
    const next: number[] = [];
    for (const id of hidden) {
      const e = edges[id];
      if (!e || id === without) continue;
      for (const [from, to] of [
        [e.a, e.b],
        [e.b, e.a],
      ] as const) {
        if (frontier.includes(from) && !seen.has(to)) {
          seen.add(to);
          next.push(to);
        }
      }
    }
    frontier = next;
  }
  return seen;
}
