/**
 * A council's value for a benchmark measure against England, its region, its 10 statistical
 * neighbours (and their average), and its rank and quartile among all English LAs that year.
 *
 * Rank 1 is the best by the measure's polarity (the highest where higher is better, else the
 * lowest; a neutral measure such as the rate of children looked after ranks lowest first and says
 * nothing of better or worse). Ties share the best rank they span (1, 2, 2, 4). Quartile 1 is the
 * best quarter: quartile = ⌊(rank − 1) × 4 ÷ of⌋ + 1, so tied councils share a quartile.
 */
import type { BenchmarkId, BenchmarkPack, BenchmarkSeries, BenchmarkValue } from "./pack.js";

export interface BenchmarkPoint {
  code: string;
  name: string;
  value: number | null;
}

export interface BenchmarkComparison {
  id: BenchmarkId;
  name: string;
  unit: BenchmarkSeries["unit"];
  polarity: BenchmarkSeries["polarity"];
  year: string;
  /** The council's value compared (its own if given, else the published one), and the published one. */
  council: BenchmarkPoint & { published: number | null; region: string | null };
  england: BenchmarkPoint | null;
  region: BenchmarkPoint | null;
  /** In the statistical neighbours' rank order; a value is null where none is published. */
  neighbours: BenchmarkPoint[];
  /** The plain mean of the neighbours' published values (as the DfE's LAIT takes it), or null if none. */
  neighbourAverage: number | null;
  /** Among LAs with a value that year, counting the council at its compared value; null if it has none. */
  rank: number | null;
  of: number;
  quartile: 1 | 2 | 3 | 4 | null;
}

export class BenchmarkError extends Error {}

export function benchmarkSeries(pack: BenchmarkPack, id: BenchmarkId): BenchmarkSeries {
  const series = pack.series.find((s) => s.id === id);
  if (!series) throw new BenchmarkError(`the benchmark pack has no series "${id}"`);
  return series;
}

/** The years published for a measure, oldest first. */
export function benchmarkYears(pack: BenchmarkPack, id: BenchmarkId): string[] {
  return Object.keys(benchmarkSeries(pack, id).years).sort();
}

const point = (v: BenchmarkValue | undefined): BenchmarkPoint | null =>
  v ? { code: v.code, name: v.name, value: v.value } : null;

/** Whether a is better than b for this polarity (neutral: lower first). */
const better = (polarity: BenchmarkSeries["polarity"]) => (a: number, b: number) =>
  polarity === "higher-better" ? a > b : a < b;

/** Shared ("1, 2, 2, 4") rank of value among others, and the number ranked. */
export function rankAmong(
  value: number,
  others: readonly number[],
  polarity: BenchmarkSeries["polarity"],
): { rank: number; of: number; quartile: 1 | 2 | 3 | 4 } {
  const isBetter = better(polarity);
  const rank = 1 + others.filter((o) => isBetter(o, value)).length;
  const of = others.length + 1;
  return { rank, of, quartile: quartileOf(rank, of) };
}

export function quartileOf(rank: number, of: number): 1 | 2 | 3 | 4 {
  return (Math.floor(((rank - 1) * 4) / of) + 1) as 1 | 2 | 3 | 4;
}

/**
 * Compares a council (by its LA code) with the published benchmarks for one measure and year. The
 * value is the council's own (for example computed from its SSDA903 return); leave it out to use
 * the published one.
 */
export function compareWithBenchmarks(
  pack: BenchmarkPack,
  id: BenchmarkId,
  laCode: string,
  year: string,
  value?: number | null,
): BenchmarkComparison {
  const series = benchmarkSeries(pack, id);
  const values = series.years[year];
  if (!values) throw new BenchmarkError(`no published "${id}" for ${year}`);
  const byCode = new Map(values.map((v) => [v.code, v]));
  const own = byCode.get(laCode);
  const neighbourCodes = pack.neighbours[laCode] ?? [];
  if (!own && neighbourCodes.length === 0)
    throw new BenchmarkError(`${laCode} is not an English LA in the pack`);
  const compared = value === undefined ? (own?.value ?? null) : value;
  const neighbours = neighbourCodes.map((code) => ({
    code,
    name: byCode.get(code)?.name ?? nameOf(pack, code),
    value: byCode.get(code)?.value ?? null,
  }));
  const published = neighbours.map((n) => n.value).filter((v): v is number => v !== null);
  const others = values
    .filter((v) => v.level === "la" && v.code !== laCode && v.value !== null)
    .map((v) => v.value as number);
  const ranked = compared === null ? null : rankAmong(compared, others, series.polarity);
  const regionCode = own?.region ?? null;
  return {
    id,
    name: series.name,
    unit: series.unit,
    polarity: series.polarity,
    year,
    council: {
      code: laCode,
      name: own?.name ?? nameOf(pack, laCode),
      region: regionCode,
      value: compared,
      published: own?.value ?? null,
    },
    england: point(values.find((v) => v.level === "england")),
    region: regionCode ? point(values.find((v) => v.level === "region" && v.code === regionCode)) : null,
    neighbours,
    neighbourAverage: published.length ? published.reduce((a, b) => a + b, 0) / published.length : null,
    rank: ranked?.rank ?? null,
    of: ranked?.of ?? others.length,
    quartile: ranked?.quartile ?? null,
  };
}

/** An LA's name from any year of any series (a neighbour may have no value in the year compared). */
export function nameOf(pack: BenchmarkPack, code: string): string {
  for (const series of pack.series) {
    for (const values of Object.values(series.years)) {
      const found = values.find((v) => v.code === code);
      if (found) return found.name;
    }
  }
  return code;
}
