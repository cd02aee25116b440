/**
 * The report's placements sections: the high-cost placements list (each placement at or above the
 * council's weekly threshold at the period end, dearest first) and the unit-cost trend by type, as a
 * table and a chart beside the published reference points.
 */
import { parsePeriodRef, periodEnd } from "../../domain/calendar/financial.js";
import { formatPounds } from "../../domain/money/money.js";
import { highCostPlacements } from "../../domain/placements/high-cost.js";
import { PLACEMENT_TYPE_NAMES, PLACEMENT_TYPES } from "../../domain/placements/types.js";
import { unitCostTrends } from "../../domain/placements/unit-costs.js";
import type { ReportColumn, ReportSection, SectionBuilder } from "./model.js";
import { unitCostChart } from "./unit-cost-chart.js";

const text = (key: string, label: string): ReportColumn => ({ key, label, type: "text" });
const money = (key: string, label: string): ReportColumn => ({ key, label, type: "money" });
const pounds = (amount: number) => formatPounds(amount, { wholePounds: true });

export const highCostSection: SectionBuilder = ({ outturn, registers }): ReportSection | null => {
  if (registers.placements.length === 0) return null;
  const list = highCostPlacements(registers, parsePeriodRef(outturn.period));
  const children = new Map(registers.placements.map((p) => [p.placementRef, p.childRef]));
  const forecast = list.placements.reduce((sum, p) => sum + p.forecastThisYear, 0);
  const placementsForecast = outturn.lines
    .filter((l) => l.kind === "placements")
    .reduce((sum, l) => sum + l.forecast, 0);
  const share =
    placementsForecast > 0
      ? `, ${((forecast / placementsForecast) * 100).toFixed(1)}% of the placements forecast`
      : "";
  const count = list.placements.length;
  const found =
    count === 0
      ? `No placement costs ${pounds(list.threshold)} a week or more on ${list.asAt}.`
      : `${count} ${count === 1 ? "placement costs" : "placements cost"} ${pounds(list.threshold)} a week or more on ${list.asAt} (the council's high-cost threshold). Together they are forecast to cost ${pounds(forecast)} this year${share}.`;
  const warnings = list.warnings.length > 0 ? ` Not read: ${list.warnings.join("; ")}.` : "";
  // Small numbers: a member view will suppress these child-level rows, and any count below the
  // council's threshold, here; until roles arrive every reader is an officer. Even so, a child is
  // shown only by the pseudonymised reference, never by anything that could identify them.
  return {
    id: "high-cost",
    title: "High-cost placements",
    intro: `${found} Weekly cost is the gross price in force; the forecast this year is what each has cost since 1 April plus what it will cost to its planned move, end or 31 March, net of health and education contributions.${warnings}`,
    blocks:
      count === 0
        ? []
        : [
            {
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
              total: { values: { placementRef: `Total: ${count}`, forecastThisYear: forecast } },
            },
          ],
  };
};

export const unitCostSection: SectionBuilder = ({ council, outturn, registers }): ReportSection | null => {
  const trends = unitCostTrends(registers, periodEnd(parsePeriodRef(outturn.period)));
  if (trends.rows.length === 0) return null;
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
  // Small numbers: an average over very few placements can identify a child; a member view will
  // suppress the averages of types with fewer placements than the council's threshold, here.
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
        rows: PLACEMENT_TYPE_NAMES.filter((type) => trends.rows.some((r) => r.type === type)).map((type) => ({
          values: {
            type: PLACEMENT_TYPES[type],
            ...Object.fromEntries(
              trends.rows.filter((r) => r.type === type).map((r) => [r.year, r.averageWeekly]),
            ),
          },
        })),
      },
      unitCostChart(trends, council.name),
    ],
  };
};
