/**
 * Projected and actual numbers of children as an audience sees them: whole children, and for a
 * member those that round to 1 to the council's threshold shown as the marker, with secondary
 * suppression where a total is shown with its parts, and anything beside a hidden figure (its band,
 * its rate, its cost) hidden with it.
 */
import { type Audience, policyOf } from "../../domain/disclosure/audience.js";
import { type Shown, type SuppressionPolicy, suppressTable } from "../../domain/disclosure/suppress.js";

/** A policy that hides nothing: an officer's tables go through the same sums. */
const NOTHING_HIDDEN: SuppressionPolicy = { min: 1, max: 0, marker: "[c]" };

/** Whole children, as the tables show projected figures. */
export const wholeChildren = (children: number): number => Math.round(children);

export interface ShownCounts {
  cells: Shown[][];
  rowTotals: Shown[] | null;
  columnTotals: Shown[] | null;
}

/**
 * A table of children (rounded to whole children first) with its totals, as the audience sees it.
 * The totals are the sums of the rounded figures, so a table adds up.
 */
export function shownCounts(
  audience: Audience,
  children: readonly (readonly number[])[],
  totals: { rowTotals?: boolean; columnTotals?: boolean } = {},
): ShownCounts {
  const cells = children.map((row) => row.map(wholeChildren));
  const shown = suppressTable({ cells, ...totals }, policyOf(audience) ?? NOTHING_HIDDEN);
  return { cells: shown.cells, rowTotals: shown.rowTotals, columnTotals: shown.columnTotals };
}

/** One figure of children on its own (no total beside it), rounded, as the audience sees it. */
export function shownChildren(audience: Audience, children: number): Shown {
  return shownCounts(audience, [[children]]).cells[0]?.[0] ?? wholeChildren(children);
}

export const isHidden = (value: Shown | null | undefined): value is string => typeof value === "string";

/** A figure beside a count (its band, a rate, a cost): the marker where the count is hidden. */
export function beside<T>(audience: Audience, count: Shown | null | undefined, value: T): T | string {
  return isHidden(count) ? (policyOf(audience)?.marker ?? "[c]") : value;
}
