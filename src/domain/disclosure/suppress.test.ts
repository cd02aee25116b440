/**
 * Small-number suppression: no figure a member sees is a count from 1 to 4, and no hidden count can
 * be worked out from the totals shown, neither by one subtraction from a row or column total nor by
 * adding and subtracting several (checked by linear algebra, independently of the implementation).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type CountTable,
  DEFAULT_SUPPRESSION,
  isSuppressed,
  type Shown,
  type SuppressedTable,
  type SuppressionPolicy,
  suppressCount,
  suppressDerived,
  suppressTable,
} from "./suppress.js";

const C = "[c]";

/** Each published line (a row with its total, …) as [its figures, its total], as shown and as true. */
function lines(table: CountTable, shown: SuppressedTable) {
  const rows = table.cells.length;
  const columns = table.cells[0]?.length ?? 0;
  const out: { parts: [Shown, number][]; total: [Shown, number] }[] = [];
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const rowSums = table.cells.map((r) => sum([...r]));
  const columnSums = Array.from({ length: columns }, (_, j) => sum(table.cells.map((r) => r[j] ?? 0)));
  if (shown.rowTotals) {
    for (let i = 0; i < rows; i++) {
      const parts = (table.cells[i] ?? []).map((v, j): [Shown, number] => [shown.cells[i]?.[j] ?? 0, v]);
      out.push({ parts, total: [shown.rowTotals[i] ?? 0, rowSums[i] ?? 0] });
    }
  }
  if (shown.columnTotals) {
    for (let j = 0; j < columns; j++) {
      const parts = table.cells.map((r, i): [Shown, number] => [shown.cells[i]?.[j] ?? 0, r[j] ?? 0]);
      out.push({ parts, total: [shown.columnTotals[j] ?? 0, columnSums[j] ?? 0] });
    }
  }
  if (shown.grandTotal !== null && shown.rowTotals && shown.columnTotals) {
    const grand: [Shown, number] = [shown.grandTotal, sum(rowSums)];
    out.push({ parts: shown.rowTotals.map((s, i) => [s, rowSums[i] ?? 0]), total: grand });
    out.push({ parts: shown.columnTotals.map((s, j) => [s, columnSums[j] ?? 0]), total: grand });
  }
  return out;
}

const P = 1_000_003;
const mod = (x: number) => ((x % P) + P) % P;
function power(base: number, exp: number): number {
  let result = 1;
  let b = mod(base);
  for (let e = exp; e > 0; e >>= 1) {
    if (e & 1) result = Number((BigInt(result) * BigInt(b)) % BigInt(P));
    b = Number((BigInt(b) * BigInt(b)) % BigInt(P));
  }
  return result;
}
function rank(matrix: number[][]): number {
  const m = matrix.map((r) => r.map(mod));
  let r = 0;
  for (let c = 0; c < (m[0]?.length ?? 0) && r < m.length; c++) {
    const pivot = m.findIndex((row, i) => i >= r && row[c] !== 0);
    if (pivot < 0) continue;
    [m[r], m[pivot]] = [m[pivot] as number[], m[r] as number[]];
    const inv = power(m[r]?.[c] ?? 1, P - 2);
    for (let i = 0; i < m.length; i++) {
      if (i === r || m[i]?.[c] === 0) continue;
      const f = Number((BigInt(m[i]?.[c] ?? 0) * BigInt(inv)) % BigInt(P));
      m[i] = (m[i] ?? []).map((v, k) => mod(v - Number((BigInt(f) * BigInt(m[r]?.[k] ?? 0)) % BigInt(P))));
    }
    r++;
  }
  return r;
}

/**
 * Whether any hidden figure is fixed by the shown ones. Unknowns: the hidden figures; equations:
 * each line's figures less its total. An unknown is fixed iff its unit vector is in the row space.
 * (The matrix is totally unimodular, so rank mod a prime is the rank over the rationals.)
 */
function anyRecoverable(table: CountTable, shown: SuppressedTable): boolean {
  const rows = table.cells.length;
  const columns = table.cells[0]?.length ?? 0;
  const keys: string[] = [];
  const hiddenKey = (k: string, v: Shown | null | undefined) => {
    if (isSuppressed(v ?? null) && !keys.includes(k)) keys.push(k);
  };
  for (const [i, r] of shown.cells.entries()) for (const [j, v] of r.entries()) hiddenKey(`c${i},${j}`, v);
  for (const [i, v] of (shown.rowTotals ?? []).entries()) hiddenKey(`r${i}`, v);
  for (const [j, v] of (shown.columnTotals ?? []).entries()) hiddenKey(`k${j}`, v);
  hiddenKey("g", shown.grandTotal);
  const equations: string[][][] = []; // [plus keys, minus keys]
  if (shown.rowTotals)
    for (let i = 0; i < rows; i++)
      equations.push([Array.from({ length: columns }, (_, j) => `c${i},${j}`), [`r${i}`]]);
  if (shown.columnTotals)
    for (let j = 0; j < columns; j++)
      equations.push([Array.from({ length: rows }, (_, i) => `c${i},${j}`), [`k${j}`]]);
  if (shown.grandTotal !== null) {
    equations.push([Array.from({ length: rows }, (_, i) => `r${i}`), ["g"]]);
    equations.push([Array.from({ length: columns }, (_, j) => `k${j}`), ["g"]]);
  }
  const matrix = equations.map(([plus, minus]) =>
    keys.map((k) => ((plus ?? []).includes(k) ? 1 : 0) - ((minus ?? []).includes(k) ? 1 : 0)),
  );
  const base = rank(matrix);
  return keys.some((_, k) => rank([...matrix, keys.map((_, x) => (x === k ? 1 : 0))]) === base);
}

const count = fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 60 }));
const tables = fc.record({
  cells: fc
    .integer({ min: 1, max: 5 })
    .chain((columns) =>
      fc.array(fc.array(count, { minLength: columns, maxLength: columns }), { minLength: 1, maxLength: 5 }),
    ),
  rowTotals: fc.boolean(),
  columnTotals: fc.boolean(),
});
const policies = fc.constantFrom<SuppressionPolicy>(DEFAULT_SUPPRESSION, { min: 1, max: 9, marker: "<10" });

describe("small-number suppression of a table of counts", () => {
  it("shows no count from 1 to 4 (or the policy's range), and every shown figure as it truly is", () => {
    fc.assert(
      fc.property(tables, policies, (table, policy) => {
        const shown = suppressTable(table, policy);
        for (const l of lines(table, shown)) {
          for (const [s, truth] of [...l.parts, l.total]) {
            if (isSuppressed(s)) expect(s).toBe(policy.marker);
            else expect(s).toBe(truth);
          }
        }
        shown.cells.forEach((r, i) => {
          r.forEach((s, j) => {
            if (!isSuppressed(s)) expect(s).toBe(table.cells[i]?.[j]);
          });
        });
        const visible = [
          ...shown.cells.flat(),
          ...(shown.rowTotals ?? []),
          ...(shown.columnTotals ?? []),
          shown.grandTotal,
        ];
        for (const v of visible)
          if (typeof v === "number") expect(v < policy.min || v > policy.max).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it("leaves no row or column with exactly one hidden figure, so none is one subtraction from its total", () => {
    fc.assert(
      fc.property(tables, (table) => {
        for (const l of lines(table, suppressTable(table))) {
          const hidden = [...l.parts, l.total].filter(([s]) => isSuppressed(s)).length;
          expect(hidden === 0 || hidden >= 2).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("leaves no hidden figure that adding and subtracting several totals would give", () => {
    fc.assert(
      fc.property(tables, (table) => {
        expect(anyRecoverable(table, suppressTable(table))).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it("hides the next smallest count in the row, not a zero, when a total would give one away", () => {
    const t = suppressTable({ cells: [[3, 10, 0, 7, 20]], rowTotals: true });
    expect(t.cells).toEqual([[C, 10, 0, C, 20]]);
    expect(t.rowTotals).toEqual([40]);
    expect([t.primary, t.secondary]).toEqual([1, 1]);
  });

  it("hides a rectangle of four cells when rows and columns both have totals", () => {
    const t = suppressTable({
      cells: [
        [3, 10, 50],
        [20, 30, 60],
      ],
      rowTotals: true,
      columnTotals: true,
    });
    expect(t.cells).toEqual([
      [C, C, 50],
      [C, C, 60],
    ]);
    expect([t.rowTotals, t.columnTotals, t.grandTotal]).toEqual([[63, 110], [23, 40, 110], 173]);
  });

  it("hides one more count where two hidden blocks joined by one hidden count would give it away", () => {
    // Rows 0–1 × columns 0–1 and rows 2–3 × columns 2–3 are small, and so is (1, 2) between them:
    // every line has 2 or more hidden, yet rows 0 + 1 less columns 0 + 1 would give (1, 2).
    const table = {
      cells: [
        [1, 2, 50, 60],
        [3, 4, 1, 70],
        [80, 90, 2, 3],
        [55, 65, 4, 1],
      ],
      rowTotals: true,
      columnTotals: true,
    };
    const t = suppressTable(table);
    expect(t.cells).toEqual([
      [C, C, C, 60],
      [C, C, C, 70],
      [80, 90, C, C],
      [55, 65, C, C],
    ]);
    expect([t.primary, t.secondary]).toEqual([9, 1]);
    expect(anyRecoverable(table, t)).toBe(false);
    // The check itself sees through the primary suppression alone.
    const primaryOnly = { ...t, cells: table.cells.map((r) => r.map((v): Shown => (v <= 4 ? C : v))) };
    expect(anyRecoverable(table, primaryOnly)).toBe(true);
  });

  it("hides a small total too, and only the small counts when no totals are shown", () => {
    const small = suppressTable({ cells: [[0, 2, 1]], rowTotals: true });
    expect([small.cells, small.rowTotals]).toEqual([[[0, C, C]], [C]]);
    const plain = suppressTable({
      cells: [
        [3, 10],
        [7, 2],
      ],
    });
    expect([plain.cells, plain.rowTotals, plain.columnTotals, plain.grandTotal]).toEqual([
      [
        [C, 10],
        [7, C],
      ],
      null,
      null,
      null,
    ]);
  });

  it("refuses ragged rows and counts that are not whole numbers of 0 or more", () => {
    expect(() => suppressTable({ cells: [[1, 2], [3]] })).toThrow(RangeError);
    expect(() => suppressTable({ cells: [[-1, 2]] })).toThrow(RangeError);
    expect(() => suppressTable({ cells: [[1.5, 2]] })).toThrow(RangeError);
  });
});

describe("suppressing one count and what is derived from it", () => {
  it("hides 1 to 4, shows 0 and 5 or more, and follows the policy", () => {
    expect([0, 1, 4, 5, 120, null].map((n) => suppressCount(n))).toEqual([0, C, C, 5, 120, null]);
    expect([4, 9, 10].map((n) => suppressCount(n, { min: 1, max: 9, marker: "<10" }))).toEqual([
      "<10",
      "<10",
      10,
    ]);
  });

  it("hides a rate or percentage made from a small or hidden count", () => {
    expect(suppressDerived(12.5, [3, 24])).toBe(C); // 3 of 24
    expect(suppressDerived(50, [12, 24])).toBe(50);
    expect(suppressDerived(50, [C, 24])).toBe(C); // hidden by secondary suppression
    expect(suppressDerived(0, [0, 24])).toBe(0);
    expect(suppressDerived(null, [null, 24])).toBeNull();
  });
});
