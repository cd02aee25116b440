/** The forecast outturn as a plain-text table (for the terminal) and as CSV (for spreadsheets). */

import { formatPounds, toDecimalPounds } from "../domain/money/money.js";
import type { ForecastOutturn } from "../domain/outturn/forecast.js";
import { OUTTURN_COLUMNS, outturnRows } from "./outturn-rows.js";
import { csv } from "./safe-cells.js";
import { textTable } from "./text-table.js";

export function outturnCsv(outturn: ForecastOutturn): string {
  const header = [
    "Row",
    "Service area",
    "Cost centre",
    "Line",
    "Basis",
    ...OUTTURN_COLUMNS.map((c) => `${c} (£)`),
  ];
  const body = outturnRows(outturn).map((r) => [
    r.kind,
    r.serviceArea,
    r.costCentre,
    r.label,
    r.basis,
    toDecimalPounds(r.budget),
    toDecimalPounds(r.actualToDate),
    toDecimalPounds(r.forecast),
    toDecimalPounds(r.variance),
  ]);
  return csv([header, ...body]);
}

export function outturnTable(outturn: ForecastOutturn, councilName: string): string {
  const rows = outturnRows(outturn);
  const money = (p: number) => formatPounds(p, { wholePounds: true });
  const cells = rows.map((r) => [
    r.kind === "line" ? `  ${r.label}` : r.label,
    money(r.budget),
    money(r.actualToDate),
    money(r.forecast),
    money(r.variance),
  ]);
  const lines = [
    `${councilName}: forecast outturn at ${outturn.period} (to ${outturn.asAt})`,
    ...textTable(["", ...OUTTURN_COLUMNS], cells),
  ];
  if (outturn.warnings.length > 0) lines.push("", "Warnings:", ...outturn.warnings.map((w) => `  ${w}`));
  return `${lines.join("\n")}\n`;
}
