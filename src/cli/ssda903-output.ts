/** What `import-903` and `validate-903` print: per-year counts, artefacts, and validation reports. */

import { lookedAfterOn } from "../domain/ssda903/clean.js";
import type { Artefact, Ssda903History } from "../domain/ssda903/history.js";
import type { Ssda903Return } from "../domain/ssda903/tables.js";
import type { ValidationReport } from "../domain/ssda903/validate.js";
import { csv } from "../report/safe-cells.js";

/** The collection year as people write it: 2024 is 2023-24. */
export const yearLabel = (year: number) => `${year - 1}-${String(year % 100).padStart(2, "0")}`;
const count = (n: number) => n.toLocaleString("en-GB");
const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

function table(header: string[], rows: string[][], right: ReadonlySet<number> = new Set()): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) =>
        i === cells.length - 1 ? c : right.has(i) ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0),
      )
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)];
}

/** Per year: children in the header, episode rows, and children looked after at 31 March in the merged history. */
export function yearsTable(returns: readonly Ssda903Return[], history: Ssda903History): string[] {
  const rows = returns.map((r) => [
    yearLabel(r.year),
    count(new Set(r.tables.header.map((h) => h.values.CHILD)).size),
    count(r.tables.episodes.length),
    count(lookedAfterOn(history, `${r.year}-03-31`)),
  ]);
  return table(["Year", "Children", "Episodes", "Looked after at 31 March"], rows, new Set([1, 2, 3]));
}

/** How many artefacts of each rule, most first, then the first of each rule in file order. */
export function artefactSummary(artefacts: readonly Artefact[]): string[] {
  if (artefacts.length === 0) return ["No artefacts: the cleaning changed nothing."];
  const byRule = new Map<string, { n: number; first: Artefact }>();
  for (const a of artefacts) {
    const seen = byRule.get(a.rule);
    if (seen) seen.n++;
    else byRule.set(a.rule, { n: 1, first: a });
  }
  const rules = [...byRule].sort((a, b) => b[1].n - a[1].n || a[0].localeCompare(b[0]));
  const first = rules
    .map(([, { first: a }]) => a)
    .sort((a, b) => a.file.localeCompare(b.file) || a.row - b.row);
  return [
    `${count(artefacts.length)} artefacts reported by the cleaning (docs/formats.md#ssda903-returns):`,
    ...table(
      ["Rule", "Count"],
      rules.map(([rule, { n }]) => [rule, count(n)]),
      new Set([1]),
    ).map((l) => `  ${l}`),
    "The first of each:",
    ...table(
      ["File", "Row", "Child", "Rule", "Message"],
      first.map((a) => [a.file, String(a.row), a.child, a.rule, a.message]),
    ).map((l) => `  ${l}`),
  ];
}

export function validationText(reports: readonly ValidationReport[]): string {
  const out: string[] = [];
  for (const r of reports) {
    out.push(
      `${yearLabel(r.year)}: ${count(r.errors.length)} errors from ${r.rulesRun} rules; ${count(r.childrenWithErrors)} of ${count(r.children)} children have one; ${percent(r.cleanShare)} of children are clean.`,
    );
    if (r.byRule.length > 0) {
      out.push("", "Errors by rule:");
      const rows = r.byRule.map((b) => [b.rule, count(b.errors), count(b.children), b.message]);
      out.push(
        ...table(["Rule", "Errors", "Children", "Message"], rows, new Set([1, 2])).map((l) => `  ${l}`),
      );
      out.push("", "Errors:");
      const errors = r.errors.map((e) => [e.file, String(e.row), e.child, e.rule, e.message]);
      out.push(...table(["File", "Row", "Child", "Rule", "Message"], errors).map((l) => `  ${l}`));
    }
    out.push("");
  }
  return `${out.join("\n")}\n`;
}

export function validationCsv(reports: readonly ValidationReport[]): string {
  const rows = reports.flatMap((r) =>
    r.errors.map((e) => [r.year, e.file, e.row, e.child, e.rule, e.message]),
  );
  return csv([["year", "file", "row", "child", "rule", "message"], ...rows]);
}
