/** Movement since last period as a plain-text table (each line, then its reasons) and as CSV. */

import { formatPounds, toDecimalPounds } from "../domain/money/money.js";
import type { ForecastMovement } from "../domain/outturn/movement.js";
import { csv } from "./safe-cells.js";
import { textTable } from "./text-table.js";

const money = (p: number) => formatPounds(p, { wholePounds: true });

/** Whole pounds, so a reason of a few pence (rounding between the two forecasts) is left out. */
export function movementTable(moved: ForecastMovement, councilName: string): string {
  const rows: string[][] = [];
  const reasonRows = (reasons: ForecastMovement["reasons"]) =>
    reasons.filter((r) => Math.abs(r.amount) >= 50).map((r) => [`  ${r.words}`, "", "", money(r.amount)]);
  for (const line of moved.lines) {
    if (line.movement === 0 && line.reasons.every((r) => r.amount === 0)) continue;
    rows.push([line.name, money(line.previous), money(line.current), money(line.movement)]);
    rows.push(...reasonRows(line.reasons));
  }
  rows.push(["Total", money(moved.total.previous), money(moved.total.current), money(moved.total.movement)]);
  rows.push(...reasonRows(moved.reasons));
  const made = moved.lines.flatMap((line) =>
    line.reasons
      .filter((r) => r.reason === "adjustments")
      .flatMap((r) => r.details.map((d) => `  ${line.name}: ${money(d.amount)}, ${d.ref}: ${d.note}`)),
  );
  const title = `${councilName}: movement in the forecast outturn from ${moved.from} to ${moved.to}`;
  const adjustments = made.length > 0 ? ["", "Manual adjustments:", ...made] : [];
  return `${[title, ...textTable(["", moved.from, moved.to, "Movement"], rows), ...adjustments].join("\n")}\n`;
}

/** One row per reason on each line, and one per row or adjustment behind it. */
export function movementCsv(moved: ForecastMovement): string {
  const header = ["Cost centre", "Line", "Reason", "Ref", "Note", "Amount (£)"];
  const body = moved.lines.flatMap((line) => [
    [line.costCentre, line.name, "Movement", "", "", toDecimalPounds(line.movement)],
    ...line.reasons.flatMap((reason) => [
      [line.costCentre, line.name, reason.words, "", "", toDecimalPounds(reason.amount)],
      ...reason.details.map((d) => [
        line.costCentre,
        line.name,
        reason.words,
        d.ref,
        d.note,
        toDecimalPounds(d.amount),
      ]),
    ]),
  ]);
  return csv([header, ...body]);
}
