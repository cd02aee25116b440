/** The high-cost placements list and the unit-cost trends as plain-text tables and as CSV. */

import { formatPounds, toDecimalPounds } from "../domain/money/money.js";
import type { HighCostList } from "../domain/placements/high-cost.js";
import { PLACEMENT_TYPES } from "../domain/placements/types.js";
import type { UnitCostTrends } from "../domain/placements/unit-costs.js";
import { csv } from "./safe-cells.js";

const money = (p: number) => formatPounds(p, { wholePounds: true });

function textTable(header: string[], rows: string[][], rightFrom: number): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const format = (cells: string[]) =>
    cells.map((v, i) => (i < rightFrom ? v.padEnd(widths[i] ?? 0) : v.padStart(widths[i] ?? 0))).join("  ");
  return [format(header), "-".repeat(widths.reduce((a, b) => a + b + 2, -2)), ...rows.map(format)];
}

const HIGH_COST_HEADER = [
  "Placement",
  "Provider",
  "Type",
  "Weekly cost",
  "Net weekly",
  "Weeks so far",
  "Cost to date",
  "Remaining",
  "Forecast this year",
];

export function highCostTable(list: HighCostList, councilName: string): string {
  const rows = list.placements.map((p) => [
    p.placementRef,
    p.provider,
    `${p.typeName} (${p.placeCode})`,
    money(p.weeklyCost),
    money(p.netWeeklyCost),
    p.weeksSoFar.toFixed(1),
    money(p.costToDate),
    money(p.remaining),
    money(p.forecastThisYear),
  ]);
  const total = list.placements.reduce((s, p) => s + p.forecastThisYear, 0);
  const lines = [
    `${councilName}: placements costing ${money(list.threshold)} a week or more at ${list.period} (${list.asAt})`,
    ...textTable(HIGH_COST_HEADER, rows, 3),
    "",
    `${list.placements.length} placements; forecast cost this year ${money(total)}`,
  ];
  if (list.warnings.length > 0) lines.push("", "Warnings:", ...list.warnings.map((w) => `  ${w}`));
  return `${lines.join("\n")}\n`;
}

export function highCostCsv(list: HighCostList): string {
  const header = [
    "Placement ref",
    "Provider",
    "PLACE",
    "Type",
    "Cost centre",
    "Start",
    "Weekly cost (£)",
    "Net weekly cost (£)",
    "Weeks so far",
    "Cost to date (£)",
    "Remaining (£)",
    "Forecast this year (£)",
  ];
  const body = list.placements.map((p) => [
    p.placementRef,
    p.provider,
    p.placeCode,
    p.typeName,
    p.costCentre,
    p.start,
    toDecimalPounds(p.weeklyCost),
    toDecimalPounds(p.netWeeklyCost),
    p.weeksSoFar,
    toDecimalPounds(p.costToDate),
    toDecimalPounds(p.remaining),
    toDecimalPounds(p.forecastThisYear),
  ]);
  return csv([header, ...body]);
}

export function unitCostTable(trends: UnitCostTrends, councilName: string): string {
  const lines = [`${councilName}: average gross weekly cost by placement type (to ${trends.until})`];
  const header = ["Type", ...trends.years];
  const rows = Object.entries(PLACEMENT_TYPES).flatMap(([type, name]) => {
    const ofType = trends.rows.filter((r) => r.type === type);
    if (ofType.length === 0) return [];
    return [
      [
        name,
        ...trends.years.map((y) => {
          const row = ofType.find((r) => r.year === y);
          return row ? `${money(row.averageWeekly)} (${row.averageRunning.toFixed(1)})` : "";
        }),
      ],
    ];
  });
  lines.push(
    ...textTable(header, rows, 1),
    "",
    "In brackets: how many placements of the type ran on an average day.",
  );
  lines.push("", "Published reference points (not this council's figures):");
  for (const r of trends.references) {
    lines.push(
      `  ${r.year} ${PLACEMENT_TYPES[r.type]}: ${money(r.averageWeekly)} a week, ${r.council}, ${r.source}`,
    );
  }
  return `${lines.join("\n")}\n`;
}

export function unitCostCsv(trends: UnitCostTrends): string {
  const header = ["Year", "Type", "Average weekly cost (£)", "Average running", "Council", "Source"];
  const own = trends.rows.map((r) => [
    r.year,
    r.typeName,
    toDecimalPounds(r.averageWeekly),
    r.averageRunning,
    "",
    "own registers",
  ]);
  const refs = trends.references.map((r) => [
    r.year,
    PLACEMENT_TYPES[r.type],
    toDecimalPounds(r.averageWeekly),
    "",
    r.council,
    r.source,
  ]);
  return csv([header, ...own, ...refs]);
}
