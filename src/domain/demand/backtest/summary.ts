/**
 * A backtest in sentences a councillor can read: how close the model came to the children actually
 * looked after, next to carrying the start's figure forward and a straight-line trend, and which did
 * best, in children.
 */
import type { IsoDate } from "../../calendar/dates.js";
import { pointInWords } from "../words.js";
import type { Comparison, Errors } from "./errors.js";

function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

function children(count: number): string {
  return `${count.toFixed(1)} ${count.toFixed(1) === "1.0" ? "child" : "children"}`;
}

/** "within 4.1%", or "within 0.0 children" when no child was looked after at any month end. */
function within(errors: Errors): string {
  return `within ${errors.mape === null ? children(errors.mae) : percent(errors.mape)}`;
}

function verdict(c: Comparison): string {
  const { carried, trend } = c.beats.Total;
  if (trend === null)
    return carried
      ? "The model did better than carrying the figure forward."
      : "Carrying the figure forward did as well as the model or better.";
  if (carried && trend) return "The model did better than both.";
  if (!carried && !trend)
    return "Both simple methods did as well as the model or better, so read its projection with care.";
  return carried
    ? "The model did better than carrying the figure forward, but not than the straight-line trend."
    : "The model did better than the straight-line trend, but not than carrying the figure forward.";
}

/** The backtest of the total in two or three sentences. */
export function backtestSummary(c: Comparison, start: IsoDate): string {
  const from = pointInWords(start);
  const months = c.monthEnds.length;
  const over = months === 1 ? "at the next month end" : `over the next ${months} months on average`;
  const t = c.trend;
  const trendText =
    t === null
      ? "; there were too few earlier month ends for a straight-line trend"
      : `, a straight-line trend${c.trendMonths < 36 ? ` (fitted to only ${c.trendMonths} month ends)` : ""} ${within(t.errors.Total)}`;
  const first =
    `Projecting from ${from}, the model was ${within(c.model.errors.Total)} of the children actually looked after ${over}; ` +
    `carrying the ${from} figure forward was ${within(c.carried.errors.Total)}${trendText}.`;
  const against = [`${children(c.carried.errors.Total.mae)} carrying forward`];
  if (t !== null) against.push(`${children(t.errors.Total.mae)} for the trend`);
  const second = `That is ${children(c.model.errors.Total.mae)} out on average, against ${against.join(" and ")}.`;
  return `${first} ${second} ${verdict(c)}`;
}
