/**
 * A measure against its published benchmark: the council's value at 31 March of the latest year
 * the DfE has published by the period end (the history's P12 point of that year), rounded as the
 * DfE rounds it, compared with England, its region, its statistical neighbours, and ranked among
 * English LAs. A value hidden in the member view is not compared (its rank would hint at it).
 */
import {
  type BenchmarkComparison,
  BenchmarkError,
  compareWithBenchmarks,
} from "../../domain/benchmarks/compare.js";
import type { BenchmarkPack } from "../../domain/benchmarks/pack.js";
import { financialYearStarting } from "../../domain/calendar/financial.js";
import type { ShownResult } from "./member-view.js";

export interface MeasureBenchmarks {
  pack: BenchmarkPack;
  /** The council's LA code in the pack, e.g. E06000019. */
  laCode: string;
  /** The council's own name, shown for it (a demonstration council is benchmarked under a real LA's code). */
  councilName: string;
  attribution: string;
}

/** Half up to a whole number (EHCP timeliness: to one decimal place), as the DfE publishes it. */
function asPublished(value: number, id: string): number {
  const factor = id === "ehcp-20-weeks" ? 10 : 1;
  return Math.floor(value * factor + 0.5) / factor;
}

export function benchmarkFor(m: ShownResult, b: MeasureBenchmarks): BenchmarkComparison | null {
  const id = m.definition.benchmark;
  const series = id ? b.pack.series.find((s) => s.id === id) : undefined;
  if (!id || !series) return null;
  const years = Object.keys(series.years)
    .filter((year) => `${year}-03-31` <= m.asAt)
    .sort();
  const year = years.at(-1);
  if (!year) return null;
  const point = m.history.find((p) => p.period === `${financialYearStarting(Number(year) - 1)}:P12`);
  const value = !point || point.suppressed || point.value === null ? null : asPublished(point.value, id);
  try {
    const c = compareWithBenchmarks(b.pack, id, b.laCode, year, value);
    return { ...c, council: { ...c.council, name: b.councilName } };
  } catch (error) {
    if (error instanceof BenchmarkError) return null;
    throw error;
  }
}
