/**
 * A plain-text table for the terminal: the first `textColumns` columns left-aligned, the rest
 * (figures) right-aligned.
 */
export function textTable(header: readonly string[], rows: readonly string[][], textColumns = 1): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const format = (cells: readonly string[]) =>
    cells.map((v, i) => (i < textColumns ? v.padEnd(widths[i] ?? 0) : v.padStart(widths[i] ?? 0))).join("  ");
  return [format(header), "-".repeat(widths.reduce((a, b) => a + b + 2, -2)), ...rows.map(format)];
}
