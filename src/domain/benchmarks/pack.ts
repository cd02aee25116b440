/**
 * Published benchmarks in the product's own format: for each benchmark measure and year, the value
 * for every council, region and England, with the numerator and denominator where published; and each
 * council's statistical neighbours. Shipped with Outturn (the DfE's data under the Open Government
 * Licence v3.0, with its attribution).
 */

/** The measures Outturn has published benchmarks for; a measure links to one by this id. */
export const BENCHMARK_IDS = [
  "cla-rate",
  "cla-starters-rate",
  "cla-ceased-rate",
  "stability-3-plus",
  "long-term-stability",
  "missing-share",
  "new-placements-over-20-miles",
  "ehcp-20-weeks",
] as const;
export type BenchmarkId = (typeof BENCHMARK_IDS)[number];

export type GeographicLevel = "england" | "region" | "la";

export interface BenchmarkValue {
  /** The DfE's code: E92000001 for England, a region's E12… code, an LA's new_la_code (E06…, E08…, E09…, E10…). */
  code: string;
  name: string;
  level: GeographicLevel;
  /** For an LA, its region's code. */
  region: string | null;
  /** The published value (a rate per 10,000 or a percentage), or null where the DfE suppressed it. */
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

export interface BenchmarkSeries {
  id: BenchmarkId;
  name: string;
  unit: "rate-per-10k" | "percent";
  /** Higher is better? */
  polarity: "higher-better" | "lower-better" | "neutral";
  /** What the value measures: its numerator over its denominator, in words. */
  definition: string;
  /** When it is measured, e.g. "at 31 March", "in the year to 31 March", "in the calendar year". */
  period: string;
  /** By year as published, e.g. "2024" for 31 March 2024. */
  years: Record<string, BenchmarkValue[]>;
}

export interface BenchmarkPack {
  source: string;
  licence: string;
  attribution: string;
  series: BenchmarkSeries[];
  /** By LA code, its 10 statistical neighbours' codes in rank order. */
  neighbours: Record<string, string[]>;
  /**
   * By code (England, region or LA), the latest published ONS estimate of children under 18 that the
   * DfE divided by for its rates per 10,000, and the year ("2024" for 31 March 2024) it is for.
   */
  populations: Record<string, { year: string; population: number }>;
}
