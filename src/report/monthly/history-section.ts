/**
 * The report's history sections: the movement since the last closed period, line by line and by
 * reason; and how close past forecasts came to the outturn, against a naive run-rate forecast.
 * Both read the council's snapshots (input.snapshots) and show nothing without them.
 */
import { parsePeriodRef } from "../../domain/calendar/financial.js";
import { formatPounds } from "../../domain/money/money.js";
import { accuracySummary, forecastAccuracy } from "../../domain/outturn/accuracy.js";
import { movement } from "../../domain/outturn/movement.js";
import { TABULATED_PERIODS } from "../accuracy-text.js";
import { previousSnapshot } from "../forecast-sentences.js";
import { money, percent, text } from "./columns.js";
import type { ReportSection, SectionBuilder } from "./model.js";

const ratio = (percent: number | null | undefined) => (typeof percent === "number" ? percent / 100 : null);

export const movementSection: SectionBuilder = ({ outturn, registers, snapshots }): ReportSection | null => {
  const previous = previousSnapshot(outturn, snapshots ?? []);
  if (!previous) return null;
  const moved = movement(previous, outturn, registers.adjustments);
  const adjustments = moved.lines.flatMap((l) =>
    l.reasons
      .filter((r) => r.reason === "adjustments")
      .flatMap((r) => r.details.map((d) => ({ line: l.name, ...d }))),
  );
  return {
    id: "movement",
    title: `Movement since ${moved.from}`,
    intro: `The forecast outturn moved by ${formatPounds(moved.total.movement, { wholePounds: true })} since ${moved.from} was closed. Each line's reasons add up to its movement to the penny: the month's spend against what the last forecast expected, placements, posts and routes that started, ended or changed price, other drivers re-estimated, savings re-forecast, and manual adjustments.`,
    blocks: [
      {
        type: "table",
        title: "Movement by reason",
        columns: [text("reason", "Reason"), money("amount", "Movement", true)],
        rows: moved.reasons.map((r) => ({ values: { reason: r.words, amount: r.amount } })),
        total: { values: { reason: "Total", amount: moved.total.movement } },
      },
      {
        type: "table",
        title: "Movement by line",
        columns: [
          text("line", "Budget line"),
          money("previous", moved.from),
          money("current", moved.to),
          money("movement", "Movement", true),
        ],
        rows: moved.lines
          .filter((l) => l.movement !== 0)
          .map((l) => ({
            values: { line: l.name, previous: l.previous, current: l.current, movement: l.movement },
            drill: { kind: "line", costCentre: l.costCentre },
          })),
        total: { values: { line: "Total", ...moved.total } },
      },
      ...(adjustments.length > 0
        ? [
            {
              type: "table" as const,
              title: "Manual adjustments this month",
              columns: [
                text("line", "Budget line"),
                text("ref", "Ref"),
                text("note", "Why (and who)"),
                money("amount", "Amount", true),
              ],
              rows: adjustments.map((a) => ({
                values: { line: a.line, ref: a.ref, note: a.note, amount: a.amount },
              })),
            },
          ]
        : []),
    ],
  };
};

export const accuracySection: SectionBuilder = ({ outturn, registers, snapshots }): ReportSection | null => {
  const accuracy = forecastAccuracy(snapshots ?? [], registers.actuals);
  if (accuracy.years.length === 0) return null;
  const period = parsePeriodRef(outturn.period).period;
  const rows = accuracy.periods
    .filter((p) => (TABULATED_PERIODS as readonly number[]).includes(p.period))
    .map((p) => ({
      values: {
        when: `${p.year} P${p.period}`,
        total: ratio(p.total.errorPercent),
        totalNaive: ratio(p.total.naivePercent),
        placements: ratio(p.kinds.placements?.errorPercent),
        placementsNaive: ratio(p.kinds.placements?.naivePercent),
      },
    }));
  return {
    id: "accuracy",
    title: "Forecast accuracy",
    intro: `${accuracySummary(accuracy, period)}. Each closed year's forecasts as they were frozen, against the year's outturn (positive: the forecast was too high), beside a naive forecast of actual to date ÷ periods elapsed × 12.`,
    blocks: [
      {
        type: "table",
        title: "Forecast error against outturn",
        columns: [
          text("when", "Forecast at"),
          percent("total", "All lines"),
          percent("totalNaive", "All lines, run-rate"),
          percent("placements", "Placements"),
          percent("placementsNaive", "Placements, run-rate"),
        ],
        rows,
      },
    ],
  };
};
