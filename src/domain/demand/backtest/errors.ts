/**
 * The pure comparison at the heart of a backtest: given the children actually looked after at each
 * month end, the model's projection of them, the stock at the start and the stock at the month ends
 * before it, the error of the model and of each naive method, for the total and each category.
 * Where the numbers come from is the caller's business (backtest.ts).
 */
import type { IsoDate } from "../../calendar/dates.js";
import { carriedForward, linearTrend } from "./naive.js";
import { type ByMeasure, MEASURES, type Measure, type SeriesByMeasure, toSeries } from "./series.js";

export interface Errors {
  /** Mean absolute error, in children. */
  mae: number;
  /** Mean absolute percentage error (0.041 = 4.1%), over the month ends with any child looked after; null when none had. */
  mape: number | null;
}

export type MethodName = "model" | "carried" | "trend";

export interface MethodResult {
  method: MethodName;
  /** Each measure's figure at each month end. */
  values: SeriesByMeasure;
  errors: Record<Measure, Errors>;
}

export interface Comparison {
  monthEnds: IsoDate[];
  actual: SeriesByMeasure;
  model: MethodResult;
  carried: MethodResult;
  /** Null when fewer than two month ends before the start are known. */
  trend: MethodResult | null;
  /** The month ends the trend was fitted to. */
  trendMonths: number;
  /** Whether the model's mean absolute error is below each naive method's (a tie is not a win). */
  beats: Record<Measure, { carried: boolean; trend: boolean | null }>;
}

export interface ComparisonInput {
  monthEnds: readonly IsoDate[];
  /** The stock the data shows at each month end. */
  actual: readonly ByMeasure[];
  /** The model's projected stock at each month end. */
  model: readonly ByMeasure[];
  /** The stock the data shows on the start day. */
  atStart: ByMeasure;
  /** The stock the data shows at the month ends before the start (up to 3 years, the start's own included). */
  earlier: readonly { date: IsoDate; stock: ByMeasure }[];
}

export function errorsOf(actual: readonly number[], predicted: readonly number[]): Errors {
  let absolute = 0;
  let percent = 0;
  let counted = 0;
  actual.forEach((a, i) => {
    const miss = Math.abs((predicted[i] ?? 0) - a);
    absolute += miss;
    if (a > 0) {
      percent += miss / a;
      counted++;
    }
  });
  return {
    mae: actual.length === 0 ? 0 : absolute / actual.length,
    mape: counted === 0 ? null : percent / counted,
  };
}

function method(name: MethodName, points: readonly ByMeasure[], actual: SeriesByMeasure): MethodResult {
  const values = toSeries(points);
  const errors = {} as Record<Measure, Errors>;
  for (const m of MEASURES) errors[m] = errorsOf(actual[m], values[m]);
  return { method: name, values, errors };
}

export function compareBacktest(input: ComparisonInput): Comparison {
  const actual = toSeries(input.actual);
  const model = method("model", input.model, actual);
  const carried = method("carried", carriedForward(input.atStart, input.monthEnds), actual);
  const trendPoints = linearTrend(input.earlier, input.monthEnds);
  const trend = trendPoints === null ? null : method("trend", trendPoints, actual);
  const beats = {} as Comparison["beats"];
  for (const m of MEASURES)
    beats[m] = {
      carried: model.errors[m].mae < carried.errors[m].mae,
      trend: trend === null ? null : model.errors[m].mae < trend.errors[m].mae,
    };
  return {
    monthEnds: [...input.monthEnds],
    actual,
    model,
    carried,
    trend,
    trendMonths: trend === null ? 0 : input.earlier.length,
    beats,
  };
}
