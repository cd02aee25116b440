/**
 * The forecast outturn as people read it: each service area's lines, then its subtotal, then the
 * grand total. The web page, the CLI table and the CSV all lay it out from these rows.
 */

import type { Pence } from "../domain/money/money.js";
import type { ForecastOutturn } from "../domain/outturn/forecast.js";

export interface OutturnRow {
  kind: "line" | "area" | "total";
  label: string;
  costCentre: string;
  serviceArea: string;
  basis: string;
  budget: Pence;
  actualToDate: Pence;
  forecast: Pence;
  variance: Pence;
}

export const OUTTURN_COLUMNS = ["Budget", "Actual to date", "Forecast outturn", "Variance"] as const;

export function outturnRows(outturn: ForecastOutturn): OutturnRow[] {
  const rows: OutturnRow[] = [];
  for (const area of outturn.serviceAreas) {
    for (const line of outturn.lines.filter((l) => l.serviceArea === area.serviceArea)) {
      rows.push({
        kind: "line",
        label: line.name,
        ...pick(line),
        costCentre: line.costCentre,
        serviceArea: line.serviceArea,
        basis: line.basis,
      });
    }
    rows.push({
      kind: "area",
      label: `Total ${area.serviceArea}`,
      ...pick(area),
      costCentre: "",
      serviceArea: area.serviceArea,
      basis: "",
    });
  }
  rows.push({
    kind: "total",
    label: "Total",
    ...pick(outturn.total),
    costCentre: "",
    serviceArea: "",
    basis: "",
  });
  return rows;
}

function pick(f: { budget: Pence; actualToDate: Pence; forecast: Pence; variance: Pence }) {
  return { budget: f.budget, actualToDate: f.actualToDate, forecast: f.forecast, variance: f.variance };
}
