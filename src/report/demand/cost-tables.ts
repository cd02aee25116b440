/**
 * The projection's cost: by financial year and placement category at the council's own unit costs,
 * and the unit costs themselves with where each comes from. For a member, a category's cost in a
 * year is hidden where its children that year (on average) round to 1 to the threshold, and a
 * measured unit cost where it was measured on that few placements.
 */
import { periodOf } from "../../domain/calendar/financial.js";
import type { DemandCostBasis } from "../../domain/demand/costs/basis.js";
import type { ProjectedCost } from "../../domain/demand/costs/projected.js";
import { PLACEMENT_CATEGORIES } from "../../domain/demand/model.js";
import { type Audience, policyOf, showCount, showDerived } from "../../domain/disclosure/audience.js";
import { count, money, number, percent, text } from "../monthly/columns.js";
import type { ReportSection, ReportTable } from "../monthly/model.js";
import type { DemandSeries } from "./demand-series.js";
import { costSourceInWords, shareSourceInWords, upliftInWords } from "./demand-words.js";
import { beside, shownChildren } from "./shown-children.js";

/** Each category's children on average over the days of each financial year projected. */
function meanByYear(series: DemandSeries): Map<string, Record<string, number>> {
  const sums = new Map<string, { days: number; by: Record<string, number> }>();
  series.dates.forEach((date, d) => {
    if (d === 0) return;
    const year = periodOf(date).year;
    const entry = sums.get(year) ?? { days: 0, by: {} };
    entry.days += 1;
    for (const c of PLACEMENT_CATEGORIES) entry.by[c] = (entry.by[c] ?? 0) + (series.population[c][d] ?? 0);
    sums.set(year, entry);
  });
  return new Map(
    [...sums].map(([year, e]) => [
      year,
      Object.fromEntries(Object.entries(e.by).map(([c, v]) => [c, v / e.days])),
    ]),
  );
}

export function costByYearTable(
  cost: ProjectedCost,
  series: DemandSeries,
  audience: Audience,
  prefix = "",
): ReportTable {
  const means = meanByYear(series);
  return {
    type: "table",
    title: `${prefix}Cost by financial year`,
    columns: [
      text("year", "Financial year"),
      number("days", "Days projected"),
      ...PLACEMENT_CATEGORIES.map((c) => money(c, c)),
      money("total", "Total"),
    ],
    rows: cost.years.map((y) => ({
      values: {
        year: y.full ? y.year : `${y.year} (part)`,
        days: y.days,
        ...Object.fromEntries(
          PLACEMENT_CATEGORIES.map((c) => {
            const children = shownChildren(audience, means.get(y.year)?.[c] ?? 0);
            return [c, beside(audience, children, y.byCategory[c])];
          }),
        ),
        total: y.total,
      },
    })),
  };
}

export function unitCostsTable(basis: DemandCostBasis, audience: Audience): ReportTable {
  return {
    type: "table",
    title: "Unit costs and shares",
    columns: [
      text("subtype", "Cost sub-type"),
      text("category", "Category"),
      money("weekly", "Weekly cost"),
      count("placements", "Placements measured"),
      text("costFrom", "Where the cost comes from", true),
      percent("share", "Share of category"),
      text("shareFrom", "Where the share comes from", true),
    ],
    rows: basis.subtypes.map((s) => {
      const placements = s.costFrom === "measured" ? showCount(audience, s.placements) : null;
      return {
        values: {
          subtype: s.subtype,
          category: s.category,
          weekly:
            s.costFrom === "measured" ? showDerived(audience, s.weeklyCost, [placements]) : s.weeklyCost,
          placements,
          costFrom: costSourceInWords(s, basis.unitCostsFrom, basis.unitCostsTo),
          share: s.proportion,
          shareFrom: shareSourceInWords(s, basis.proportionsFrom, basis.proportionsTo),
        },
      };
    }),
  };
}

/** The cost section's notes: inflation on each anniversary, and every warning the costing gave. */
export function costNotes(cost: ProjectedCost, audience: Audience): NonNullable<ReportSection["notes"]> {
  const max = policyOf(audience)?.max;
  // A few child-days of unsplit care would be a small count of children in a member's edition.
  const shown = (w: string) =>
    max === undefined
      ? w
      : w.replace(/(^|[^\d.,])(\d+) child-days/g, (all, before: string, n: string) =>
          Number(n) >= 1 && Number(n) <= max ? `${before}fewer than ${max + 1} child-days` : all,
        );
  return [
    ...cost.uplifts.map((u) => ({ text: upliftInWords(u) })),
    ...cost.warnings.map((w) => ({ text: `${shown(w)}.`, alert: true })),
  ];
}
