/**
 * The report's variance section: the key pressures table in the form of seed 002's Table 1, and each
 * placements and staffing line's variance split into price, volume and mix.
 */
import { parsePeriodRef } from "../../domain/calendar/financial.js";
import { keyPressures } from "../../domain/variance/pressures.js";
import { varianceAnalysis } from "../../domain/variance/variance.js";
import { pressureRows } from "../variance-text.js";
import { money, text } from "./columns.js";
import type { ReportRow, ReportSection, SectionBuilder } from "./model.js";
import { waterfallChart } from "./waterfall-chart.js";

export const varianceSection: SectionBuilder = ({ outturn, registers }): ReportSection => {
  const analysis = varianceAnalysis(registers, outturn, parsePeriodRef(outturn.period));
  const pressures = keyPressures(outturn, analysis);
  const rows = pressureRows(pressures);
  const total = rows.pop();
  const pressureRow = (r: (typeof rows)[number]): ReportRow => ({
    values: { area: r.pressure === "" ? r.serviceArea : "", pressure: r.pressure, millions: r.millions },
    ...(r.pressure === "" ? { subtotal: true } : {}),
  });
  const lineValues = (l: (typeof analysis.lines)[number] | typeof analysis.total) => ({
    variance: l.variance,
    price: l.price,
    volume: l.volume,
    mix: l.mix,
  });
  return {
    id: "variance",
    title: "Key pressures and variance analysis",
    intro:
      "The forecast variance by what drives it, in £ million to one decimal place (a rounding line shows where the rounded figures do not add up); and each placements and staffing line's variance split into price, volume and mix against the budget's own numbers and unit costs, every penny of the line's budget and forecast given to a cost type. Price + volume + mix = variance to the penny.",
    blocks: [
      {
        type: "table",
        title: "Key pressures (£million)",
        columns: [
          text("area", "Service area"),
          text("pressure", "Key pressure"),
          { key: "millions", label: "£million", type: "number", overspend: true, decimals: 1 },
        ],
        rows: rows.map(pressureRow),
        ...(total ? { total: { values: { area: "Total", pressure: "", millions: total.millions } } } : {}),
      },
      waterfallChart(pressures),
      {
        type: "table",
        title: "Variance analysis",
        columns: [
          text("line", "Budget line"),
          money("variance", "Variance", true),
          money("price", "Price", true),
          money("volume", "Volume", true),
          money("mix", "Mix", true),
        ],
        rows: analysis.lines.map(
          (l): ReportRow => ({
            values: { line: `${l.costCentre} ${l.name}`, ...lineValues(l) },
            drill: { kind: "line", costCentre: l.costCentre },
          }),
        ),
        total: { values: { line: "Total", ...lineValues(analysis.total) } },
      },
    ],
  };
};
