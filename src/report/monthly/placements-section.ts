/**
 * The report's placements sections: the high-cost placements list (each placement at or above the
 * council's weekly threshold at the period end, dearest first) and the unit-cost trend by type, as a
 * table and a chart beside the published reference points.
 */
import { parsePeriodRef, periodEnd } from "../../domain/calendar/financial.js";
import { type Audience, countInWords, showCount, showDerived } from "../../domain/disclosure/audience.js";
import { formatPounds } from "../../domain/money/money.js";
import { type HighCostList, highCostPlacements } from "../../domain/placements/high-cost.js";
import { PLACEMENT_TYPE_NAMES, PLACEMENT_TYPES } from "../../domain/placements/types.js";
import { type UnitCostYear, unitCostTrends } from "../../domain/placements/unit-costs.js";
import { money, text } from "./columns.js";
import { countedGroups } from "./counted-groups.js";
import type { MonthlyReportInput, ReportSection, ReportTable, SectionBuilder } from "./model.js";
import { unitCostChart } from "./unit-cost-chart.js";

const pounds = (amount: number) => formatPounds(amount, { wholePounds: true });

export const highCostSection: SectionBuilder = ({ audience, outturn, registers }): ReportSection | null => {
  if (registers.placements.length === 0) return null;
  const list = highCostPlacements(registers, parsePeriodRef(outturn.period));
  const forecast = list.placements.reduce((sum, p) => sum + p.forecastThisYear, 0);
  const placementsForecast = outturn.lines
    .filter((l) => l.kind === "placements")
    .reduce((sum, l) => sum + l.forecast, 0);
  const count = list.placements.length;
  const hidden = typeof showCount(audience, count) === "string";
  const share =
    placementsForecast > 0 && !hidden
      ? `, ${((forecast / placementsForecast) * 100).toFixed(1)}% of the placements forecast`
      : "";
  const together = hidden ? "" : ` Together they are forecast to cost ${pounds(forecast)} this year${share}.`;
  const found =
    count === 0
      ? `No placement costs ${pounds(list.threshold)} a week or more on ${list.asAt}.`
      : `${countInWords(audience, count, "placement costs", "placements cost")} ${pounds(list.threshold)} a week or more on ${list.asAt} (the council's high-cost threshold).${together}`;
  const warnings = list.warnings.length > 0 ? ` Not read: ${list.warnings.join("; ")}.` : "";
  return {
    id: "high-cost",
    title: "High-cost placements",
    intro: `${found} Weekly cost is the gross price in force; the forecast this year is what each has cost since 1 April plus what it will cost to its planned move, end or 31 March, net of health and education contributions.${audience.reader === "officer" ? warnings : ""}`,
    blocks:
      count === 0
        ? []
        : [audience.reader === "officer" ? highCostList(list, registers) : highCostByType(audience, list)],
  };
};

/** Each high-cost placement, by the child's pseudonymised reference: for officers only. */
function highCostList(list: HighCostList, registers: MonthlyReportInput["registers"]): ReportTable {
  const children = new Map(registers.placements.map((p) => [p.placementRef, p.childRef]));
  return {
    type: "table",
    title: "High-cost placements",
    columns: [
      text("placementRef", "Placement"),
      text("childRef", "Child (pseudonymised)"),
      text("provider", "Provider"),
      text("type", "Type"),
      money("weeklyCost", "Weekly cost"),
      { key: "weeksSoFar", label: "Weeks so far", type: "number", decimals: 1 },
      money("forecastThisYear", "Forecast cost this year"),
    ],
    rows: list.placements.map((p) => ({
      values: {
        placementRef: p.placementRef,
        childRef: children.get(p.placementRef) ?? null,
        provider: p.provider,
        type: `${p.typeName} (${p.placeCode})`,
        weeklyCost: p.weeklyCost,
        weeksSoFar: p.weeksSoFar,
        forecastThisYear: p.forecastThisYear,
      },
      drill: { kind: "line", costCentre: p.costCentre },
    })),
    total: {
      values: {
        placementRef: `Total: ${list.placements.length}`,
        forecastThisYear: list.placements.reduce((sum, p) => sum + p.forecastThisYear, 0),
      },
    },
  };
}

/** The high-cost placements by type, as a member sees them: no child, small counts suppressed. */
function highCostByType(audience: Audience, list: HighCostList): ReportTable {
  const types = PLACEMENT_TYPE_NAMES.filter((t) => list.placements.some((p) => p.type === t));
  const of = (t: string) => list.placements.filter((p) => p.type === t);
  const shown = countedGroups(
    audience,
    types.map((t) => ({
      label: PLACEMENT_TYPES[t],
      count: of(t).length,
      figures: { forecastThisYear: of(t).reduce((sum, p) => sum + p.forecastThisYear, 0) },
    })),
  );
  const forecast = list.placements.reduce((sum, p) => sum + p.forecastThisYear, 0);
  return {
    type: "table",
    title: "High-cost placements by type",
    columns: [
      text("type", "Placement type"),
      { key: "placements", label: "Placements", type: "count" },
      money("forecastThisYear", "Forecast cost this year"),
    ],
    rows: shown.groups.map((g) => ({ values: { type: g.label, placements: g.count, ...g.figures } })),
    total: {
      values: {
        type: "Total",
        placements: shown.total,
        forecastThisYear: showDerived(audience, forecast, [shown.total]),
      },
    },
  };
}

export const unitCostSection: SectionBuilder = ({
  audience,
  council,
  outturn,
  registers,
}): ReportSection | null => {
  const all = unitCostTrends(registers, periodEnd(parsePeriodRef(outturn.period)));
  if (all.rows.length === 0) return null;
  // An average over a few placements is near enough one child's price: hidden from members.
  const small = (r: UnitCostYear) => typeof showCount(audience, r.placements) === "string";
  const trends = { ...all, rows: all.rows.filter((r) => !small(r)) };
  const comparisons = trends.references.flatMap((ref) => {
    const own = trends.rows.find((r) => r.type === ref.type && r.year === ref.year);
    return own
      ? [
          `${council.name}'s ${PLACEMENT_TYPES[ref.type].toLowerCase()} averaged ${pounds(own.averageWeekly)} in ${ref.year}, against ${ref.council}'s ${pounds(ref.averageWeekly)}.`,
        ]
      : [];
  });
  const published = [...new Set(trends.references.map((r) => r.council))].join(" and ");
  const cited = trends.references.map((r) => `${pounds(r.averageWeekly)} a week in ${r.year}`).join(" and ");
  const reference =
    trends.references.length > 0
      ? ` Seed 002 cites ${published}'s average residential placement at ${cited}.`
      : "";
  return {
    id: "unit-costs",
    title: "Unit costs by type",
    intro:
      `The average gross weekly cost of each placement type in each financial year, weighted by the days each placement ran at the price then in force (${trends.years.at(-1)} so far, to ${trends.until}).${reference} ${comparisons.join(" ")}`.trim(),
    blocks: [
      {
        type: "table",
        title: "Average weekly cost by type",
        columns: [text("type", "Placement type"), ...trends.years.map((year) => money(year, year))],
        rows: PLACEMENT_TYPE_NAMES.filter((type) => all.rows.some((r) => r.type === type)).map((type) => ({
          values: {
            type: PLACEMENT_TYPES[type],
            ...Object.fromEntries(
              all.rows
                .filter((r) => r.type === type)
                .map((r) => [
                  r.year,
                  showDerived(audience, r.averageWeekly, [showCount(audience, r.placements)]),
                ]),
            ),
          },
        })),
      },
      unitCostChart(trends, council.name),
    ],
  };
};
