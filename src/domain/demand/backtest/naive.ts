/**
 * The naive methods a projection must beat to be worth its rates: the stock at the start carried
 * forward unchanged, and a straight line fitted by least squares to the month ends before the start,
 * extended (never below no children).
 */
import { type IsoDate, toDay } from "../../calendar/dates.js";
import { type ByMeasure, MEASURES, zeroByMeasure } from "./series.js";

/** The figure at the start, held flat at every month end. */
export function carriedForward(atStart: ByMeasure, monthEnds: readonly IsoDate[]): ByMeasure[] {
  return monthEnds.map(() => ({ ...atStart }));
}

/** A straight line through the mean of the points: children at `meanDay` and the change per day. */
export interface Line {
  meanDay: number;
  meanValue: number;
  slope: number;
}

export function valueOn(line: Line, day: number): number {
  return line.meanValue + line.slope * (day - line.meanDay);
}

/** The least-squares line through (day, value); null with fewer than two distinct days. */
export function fitLine(points: readonly { day: number; value: number }[]): Line | null {
  const n = points.length;
  if (n < 2) return null;
  const meanX = points.reduce((s, p) => s + p.day, 0) / n;
  const meanY = points.reduce((s, p) => s + p.value, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (const p of points) {
    sxx += (p.day - meanX) ** 2;
    sxy += (p.day - meanX) * (p.value - meanY);
  }
  if (sxx === 0) return null;
  return { meanDay: meanX, meanValue: meanY, slope: sxy / sxx };
}

/**
 * Each measure's own straight line through the figures at `earlier` month ends, read at the
 * horizon's month ends; null when fewer than two earlier month ends are known.
 */
export function linearTrend(
  earlier: readonly { date: IsoDate; stock: ByMeasure }[],
  monthEnds: readonly IsoDate[],
): ByMeasure[] | null {
  const lines = new Map<string, Line>();
  for (const m of MEASURES) {
    const line = fitLine(earlier.map((e) => ({ day: toDay(e.date), value: e.stock[m] })));
    if (line === null) return null;
    lines.set(m, line);
  }
  return monthEnds.map((date) => {
    const out = zeroByMeasure();
    for (const m of MEASURES) {
      const line = lines.get(m) as Line;
      out[m] = Math.max(0, valueOn(line, toDay(date)));
    }
    return out;
  });
}
