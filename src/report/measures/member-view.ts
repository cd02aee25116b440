/**
 * The measures as a member or the public may see them: a measure that counts children is hidden
 * wherever a count it is made from is 1 to 4 (the policy's range), and so are its RAG rating and its
 * direction (which would hint at the hidden value). The placement mix is one table of counts (in-house
 * foster, IFA, kinship, residential, other, totalling the children looked after), suppressed with
 * secondary suppression, so that no hidden count can be worked out from the shares shown.
 * Officers with the right role see the report as the engine made it.
 */

import type { Audience } from "../../domain/disclosure/audience.js";
import {
  DEFAULT_SUPPRESSION,
  isSmallCount,
  type SuppressionPolicy,
  suppressTable,
} from "../../domain/disclosure/suppress.js";
import type { MeasurePoint, MeasureResult, MeasuresReport } from "../../domain/measures/engine.js";

/** A point as shown: `suppressed` when its figure is hidden. */
export type ShownPoint = MeasurePoint & { suppressed?: boolean };
export type ShownResult = Omit<MeasureResult, "history" | "previous"> & {
  suppressed?: boolean;
  history: ShownPoint[];
  previous: ShownPoint | null;
};
export type ShownReport = Omit<MeasuresReport, "measures"> & {
  measures: ShownResult[];
  policy: SuppressionPolicy | null;
};

const MIX = ["placed-foster", "placed-residential", "foster-ifa-share", "placed-kinship"] as const;

const hide = (p: MeasurePoint): ShownPoint => ({
  ...p,
  value: null,
  numerator: null,
  denominator: null,
  rag: null,
  suppressed: true,
});

/** The mix measures hidden at one point by the mix table's suppression; empty when the mix is unknown there. */
function hiddenMix(points: Map<string, MeasurePoint>, policy: SuppressionPolicy): Set<string> {
  const [foster, residential, ifaShare, kinship] = MIX.map((id) => points.get(id));
  if (!foster || !residential || !ifaShare || !kinship || foster.denominator === null) return new Set();
  const counts = [foster, residential, ifaShare, kinship].map((p) => p.numerator);
  if (counts.some((c) => c === null) || ifaShare.denominator === null) return new Set();
  const [fosterN, residentialN, ifaN, kinshipN] = counts as number[];
  const inHouse = (ifaShare.denominator as number) - (ifaN as number);
  const other = foster.denominator - (fosterN as number) - (residentialN as number);
  // Cells: in-house, IFA, kinship, residential, other; the row total is the children looked after.
  const table = suppressTable(
    {
      cells: [[inHouse, ifaN as number, kinshipN as number, residentialN as number, other]],
      rowTotals: true,
    },
    policy,
  );
  const [h, i, k, r] = (table.cells[0] ?? []).map((c) => typeof c === "string");
  const hidden = new Set<string>();
  if (h || i || k || table.rowTotals?.[0] === policy.marker) hidden.add("placed-foster");
  if (r || table.rowTotals?.[0] === policy.marker) hidden.add("placed-residential");
  if (h || i) hidden.add("foster-ifa-share");
  if (k || table.rowTotals?.[0] === policy.marker) hidden.add("placed-kinship");
  return hidden;
}

/** Whether a point's own counts are small. */
const small = (p: MeasurePoint, policy: SuppressionPolicy) =>
  [p.numerator, p.denominator].some((c) => c !== null && isSmallCount(c, policy));

export function memberView(
  report: MeasuresReport,
  policy: SuppressionPolicy = DEFAULT_SUPPRESSION,
): ShownReport {
  const length = Math.max(0, ...report.measures.map((m) => m.history.length));
  // Per history index, the mix measures hidden there.
  const mixHidden = Array.from({ length }, (_, i) =>
    hiddenMix(
      new Map(
        report.measures
          .filter((m) => m.definition.frequency === "monthly")
          .map((m) => [m.definition.id, m.history[i] as MeasurePoint]),
      ),
      policy,
    ),
  );
  const measures = report.measures.map((m): ShownResult => {
    if (!m.definition.counts) return m;
    const history = m.history.map(
      (p, i): ShownPoint => (small(p, policy) || mixHidden[i]?.has(m.definition.id) ? hide(p) : p),
    );
    const current = history.at(-1) as ShownPoint;
    const previous = history.at(-2) ?? null;
    const hidden = current.suppressed === true || previous?.suppressed === true;
    return {
      ...m,
      ...current,
      previous,
      history,
      direction: hidden ? null : m.direction,
    };
  });
  return { ...report, measures, policy };
}

/** The report as the engine made it, for officers with the right role. */
export function officerView(report: MeasuresReport): ShownReport {
  return { ...report, policy: null };
}

/** The report as the audience sees it. */
export function viewFor(report: MeasuresReport, audience: Audience): ShownReport {
  return audience.reader === "member" ? memberView(report, audience.policy) : officerView(report);
}
