/**
 * Groups of people (placements by type, pupils by group) with a count and money figures each, as an
 * audience sees them. For a member the counts are one column of a table with its total, suppressed
 * with secondary suppression, and each group's money is hidden where its count is, so that no hidden
 * count, nor the cost of one child, can be worked out from what is shown.
 */
import { type Audience, policyOf } from "../../domain/disclosure/audience.js";
import { type Shown, suppressTable } from "../../domain/disclosure/suppress.js";
import type { CellValue } from "./model.js";

export interface CountedGroup {
  label: string;
  count: number;
  /** Money or other figures made from the group's people, by column key. */
  figures: Record<string, number | null>;
}

export interface ShownGroup {
  label: string;
  count: Shown;
  figures: Record<string, CellValue>;
}

export function countedGroups(
  audience: Audience,
  groups: readonly CountedGroup[],
): { groups: ShownGroup[]; total: Shown } {
  const total = groups.reduce((sum, g) => sum + g.count, 0);
  const policy = policyOf(audience);
  if (!policy) return { groups: groups.map((g) => ({ ...g })), total };
  const table = suppressTable({ cells: groups.map((g) => [g.count]), columnTotals: true }, policy);
  return {
    groups: groups.map((g, i) => {
      const count = table.cells[i]?.[0] ?? policy.marker;
      const hidden = typeof count === "string";
      const figures = Object.fromEntries(
        Object.entries(g.figures).map(([k, v]) => [k, hidden ? policy.marker : v]),
      );
      return { label: g.label, count, figures };
    }),
    total: table.columnTotals?.[0] ?? policy.marker,
  };
}
