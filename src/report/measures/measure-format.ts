/** A measure's figures in words and numbers as people read them, with suppressed figures as the marker. */
import type { Direction, MeasureDefinition, MeasureUnit, Rag } from "../../domain/measures/measure.js";
import { asShown, UNIT_DECIMALS } from "../../domain/measures/rag.js";
import { formatPounds } from "../../domain/money/money.js";
import type { ShownPoint, ShownReport } from "./member-view.js";

export const RAG_LABELS: Readonly<Record<Rag, string>> = { red: "Red", amber: "Amber", green: "Green" };

export const DIRECTION_LABELS: Readonly<Record<Direction, string>> = {
  improving: "Improving",
  worsening: "Worsening",
  same: "→ Same",
  up: "↑ Up",
  down: "↓ Down",
};

export const POLARITY_LABELS: Readonly<Record<MeasureDefinition["polarity"], string>> = {
  "higher-better": "higher is better",
  "lower-better": "lower is better",
  neutral: "neither higher nor lower is better",
};

/** A value in its unit: "1,234", "28.6%", "50 per 10,000", "£4,501". */
export function formatMeasure(value: number, unit: MeasureUnit): string {
  const shown = asShown(value, unit);
  const decimals = UNIT_DECIMALS[unit];
  const number = shown.toLocaleString("en-GB", {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });
  if (unit === "percent") return `${number}%`;
  if (unit === "rate-per-10k") return `${number} per 10,000`;
  if (unit === "pence") return formatPounds(shown, { wholePounds: true });
  return number;
}

/** A point's value as shown: the figure, the suppression marker, or "not available". */
export function shownValue(point: ShownPoint, unit: MeasureUnit, view: ShownReport): string {
  if (point.suppressed) return view.policy?.marker ?? "";
  if (point.value === null) return "not available";
  return formatMeasure(point.value, unit);
}

/** "2 of 7" where the value is a share of counts of children; "" otherwise (and wherever suppressed). */
export function shownCounts(point: ShownPoint, d: MeasureDefinition): string {
  if (point.suppressed || point.numerator === null || point.denominator === null) return "";
  if (d.unit !== "percent" || !d.counts) return "";
  const n = (c: number) => c.toLocaleString("en-GB", { maximumFractionDigits: 2 });
  return `${n(point.numerator)} of ${n(point.denominator)}`;
}

export function shownTarget(d: MeasureDefinition): string {
  if (d.target === null) return "";
  const tolerance = d.tolerance > 0 ? ` (amber within ${formatMeasure(d.tolerance, d.unit)})` : "";
  return `${formatMeasure(d.target, d.unit)}${tolerance}`;
}

/** A value for a chart axis: pounds for money (charts show pounds), the value itself otherwise. */
export function chartValue(point: ShownPoint, unit: MeasureUnit): number | null {
  if (point.suppressed || point.value === null) return null;
  const shown = asShown(point.value, unit);
  return unit === "pence" ? shown / 100 : shown;
}
