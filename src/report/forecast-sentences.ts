/**
 * What a reader needs beside a forecast: how accurate forecasts at this point of the year have been,
 * and how far the forecast moved since the last closed period and why, each in one sentence. The
 * outturn page shows both; the report's summary and movement sections say the same.
 */
import { parsePeriodRef } from "../domain/calendar/financial.js";
import { formatPounds } from "../domain/money/money.js";
import { accuracySummary, forecastAccuracy } from "../domain/outturn/accuracy.js";
import type { ForecastOutturn } from "../domain/outturn/forecast.js";
import { type ForecastMovement, movement } from "../domain/outturn/movement.js";
import type { CouncilRegisters } from "../domain/registers.js";

/** How many reasons the one-line movement names, largest first. */
const REASONS_NAMED = 3;

export interface ForecastSentences {
  /** e.g. "Forecasts at P7 were within ±2.1% of the outturn in the last 3 years (…)." */
  accuracy: string;
  /** e.g. "Since 2024-25:P6 the forecast rose by £120,000: new placements +£90,000, …"; null without that snapshot. */
  movement: string | null;
}

/** The snapshot of the period just before the outturn's, in the same year; undefined at P1 or when not closed. */
export function previousSnapshot(
  outturn: ForecastOutturn,
  snapshots: readonly ForecastOutturn[],
): ForecastOutturn | undefined {
  const at = parsePeriodRef(outturn.period);
  return snapshots.find((s) => {
    const ref = parsePeriodRef(s.period);
    return ref.year === at.year && ref.period === at.period - 1;
  });
}

const signed = (amount: number) => `${amount > 0 ? "+" : ""}${formatPounds(amount, { wholePounds: true })}`;

/** "Since 2024-25:P6 the forecast outturn rose by £123,456: new placements +£200,000, …". */
export function movementSentence(moved: ForecastMovement): string {
  const total = moved.total.movement;
  const change =
    total === 0
      ? "did not change"
      : `${total > 0 ? "rose" : "fell"} by ${formatPounds(Math.abs(total), { wholePounds: true })}`;
  const reasons = [...moved.reasons]
    .filter((r) => r.amount !== 0)
    .sort((a, b) => Math.abs(b.amount) - Math.abs(a.amount))
    .slice(0, REASONS_NAMED)
    .map((r) => `${r.words.charAt(0).toLowerCase()}${r.words.slice(1)} ${signed(r.amount)}`);
  const largest = reasons.length > 1 ? "the largest reasons" : "the reason";
  return `Since ${moved.from} the forecast outturn ${change}${reasons.length > 0 ? `; ${largest}: ${reasons.join(", ")}` : ""}.`;
}

export function forecastSentences(
  outturn: ForecastOutturn,
  registers: Pick<CouncilRegisters, "actuals" | "adjustments">,
  snapshots: readonly ForecastOutturn[],
): ForecastSentences {
  const period = parsePeriodRef(outturn.period).period;
  const accuracy = `${accuracySummary(forecastAccuracy(snapshots, registers.actuals), period)}.`;
  const previous = previousSnapshot(outturn, snapshots);
  return {
    accuracy,
    movement: previous ? movementSentence(movement(previous, outturn, registers.adjustments)) : null,
  };
}
