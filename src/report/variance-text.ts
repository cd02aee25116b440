/** The variance analysis and the key pressures table as terminal tables and CSV. */

import { costTypeLabel } from "../domain/budget/budget-assumption.js";
import { formatPounds, type Pence, toDecimalPounds } from "../domain/money/money.js";
import type { KeyPressures } from "../domain/variance/pressures.js";
import type { VarianceAnalysis } from "../domain/variance/variance.js";
import { csv } from "./safe-cells.js";

/** Rows of text cells laid out in columns: the first left-aligned, the rest right-aligned. */
function layout(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells
      .map((v, i) => (i === 0 ? v.padEnd(widths[i] ?? 0) : v.padStart(widths[i] ?? 0)))
      .join("  ")
      .trimEnd();
  return [line(header), "-".repeat(widths.reduce((a, b) => a + b + 2, -2)), ...rows.map(line)];
}

const oneDecimal = (m: number) => (m === 0 ? "0.0" : m.toFixed(1));

/** One row per pressure under its service area's row, then any rounding line and the total. */
export interface PressureRow {
  serviceArea: string;
  /** Empty on a service area's row and the total. */
  pressure: string;
  millions: number;
  /** Null on the rounding line. */
  amount: Pence | null;
}

export function pressureRows(pressures: KeyPressures): PressureRow[] {
  const rows = pressures.areas.flatMap((area): PressureRow[] => [
    { serviceArea: area.serviceArea, pressure: "", millions: area.millions, amount: area.amount },
    ...area.pressures.map((p) => ({
      serviceArea: area.serviceArea,
      pressure: p.pressure,
      millions: p.millions,
      amount: p.amount,
    })),
  ]);
  if (pressures.rounding !== 0)
    rows.push({ serviceArea: "", pressure: "Rounding", millions: pressures.rounding, amount: null });
  return [
    ...rows,
    {
      serviceArea: "Total",
      pressure: "",
      millions: pressures.total.millions,
      amount: pressures.total.amount,
    },
  ];
}

export function pressuresTable(pressures: KeyPressures, councilName: string): string {
  const rows = pressureRows(pressures).map((r) =>
    r.pressure === "" || r.serviceArea === ""
      ? [r.serviceArea || r.pressure, oneDecimal(r.millions)]
      : [`  ${r.pressure}`, oneDecimal(r.millions)],
  );
  return `${[
    `${councilName}: key pressures at ${pressures.period}, the forecast variance by what drives it`,
    ...layout(["Service area / key pressure", "£million"], rows),
  ].join("\n")}\n`;
}

export function pressuresCsv(pressures: KeyPressures): string {
  const rows = pressureRows(pressures).map((r) => [
    r.serviceArea,
    r.pressure,
    oneDecimal(r.millions),
    r.amount === null ? "" : toDecimalPounds(r.amount),
  ]);
  return csv([["Service area", "Key pressure", "£million", "Amount (£)"], ...rows]);
}

const pounds = (p: Pence | null) => (p === null ? "" : formatPounds(p, { wholePounds: true }));

export function varianceTable(analysis: VarianceAnalysis, councilName: string): string {
  const rows = analysis.lines.flatMap((line) => {
    const per = line.unitCostPer === "week" ? "/wk" : "/yr";
    return [
      [
        `${line.costCentre} ${line.name}`,
        "",
        "",
        "",
        "",
        pounds(line.budget),
        pounds(line.forecast),
        pounds(line.variance),
        pounds(line.price),
        pounds(line.volume),
        pounds(line.mix),
      ],
      ...line.types.map((t) => [
        `  ${costTypeLabel(t.costType)}`,
        t.budgetedNumber.toFixed(2),
        `${pounds(t.budgetedUnitCost)}${per}`,
        t.actualNumber.toFixed(2),
        t.actualUnitCost === null ? "" : `${pounds(t.actualUnitCost)}${per}`,
        pounds(t.budgetedCost),
        pounds(t.actualCost),
        pounds(t.actualCost - t.budgetedCost),
      ]),
    ];
  });
  const { total } = analysis;
  rows.push([
    "Total",
    "",
    "",
    "",
    "",
    "",
    "",
    ...[total.variance, total.price, total.volume, total.mix].map(pounds),
  ]);
  const header = [
    "Line / cost type",
    "Budget no.",
    "Unit cost",
    "Forecast no.",
    "Unit cost",
    "Budget",
    "Forecast",
    "Variance",
    "Price",
    "Volume",
    "Mix",
  ];
  const lines = [
    `${councilName}: variance analysis at ${analysis.period} (price + volume + mix = variance, to the penny)`,
    ...layout(header, rows),
  ];
  if (analysis.warnings.length > 0) lines.push("", "Warnings:", ...analysis.warnings.map((w) => `  ${w}`));
  return `${lines.join("\n")}\n`;
}
