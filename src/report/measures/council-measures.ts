/**
 * A council's measures from its store, for the web pages, the monthly report and the CLI alike:
 * its registers, its SSDA903 history merged from the returns it imported (none yet: an empty
 * history, and each service measure says so) with the distance from home worked out from its
 * postcode grid, its closed periods' forecasts, and the shipped benchmark pack with the council's
 * code in it.
 */
import type { BenchmarkPack } from "../../domain/benchmarks/pack.js";
import type { PeriodRef } from "../../domain/calendar/financial.js";
import { type MeasuresReport, measuresAt } from "../../domain/measures/engine.js";
import type { CouncilRegisters } from "../../domain/registers.js";
import { mergeHistory } from "../../domain/ssda903/clean.js";
import { withDistances } from "../../domain/ssda903/distance.js";
import type { Ssda903History } from "../../domain/ssda903/history.js";
import { loadBenchmarkPack } from "../../formats/benchmarks/pack-file.js";
import type { Council, CouncilStore } from "../../store/store.js";
import type { MeasureBenchmarks } from "./measure-benchmarks.js";

/** Demoshire is modelled on Herefordshire, so it is benchmarked among Herefordshire's neighbours. */
const DEMO_BENCHMARK_CODE = "E06000019";

/** The council's code in the pack: its own `la` where the pack knows it; a demonstration council as Herefordshire. */
export function benchmarkCode(council: Council, pack: BenchmarkPack): string | null {
  if (council.la in pack.neighbours) return council.la;
  return council.demo ? DEMO_BENCHMARK_CODE : null;
}

/** The shipped pack with the council's code in it, or null when either is missing. */
export function councilBenchmarks(council: Council): MeasureBenchmarks | null {
  let pack: BenchmarkPack;
  try {
    pack = loadBenchmarkPack();
  } catch {
    return null;
  }
  const laCode = benchmarkCode(council, pack);
  return laCode ? { pack, laCode, councilName: council.name, attribution: pack.attribution } : null;
}

/**
 * The council's SSDA903 history, merged and cleaned from every return in its store, each episode
 * without a PL_DISTANCE given one from the council's postcode grid.
 */
export async function councilHistory(store: CouncilStore): Promise<Ssda903History> {
  return withDistances(mergeHistory(await store.ssda903Returns()), await store.rows("postcode-grid"));
}

export interface CouncilMeasures {
  report: MeasuresReport;
  benchmarks: MeasureBenchmarks | null;
}

export async function councilMeasures(
  council: Council,
  store: CouncilStore,
  registers: CouncilRegisters,
  period: PeriodRef,
): Promise<CouncilMeasures> {
  const benchmarks = councilBenchmarks(council);
  const report = measuresAt({
    registers,
    history: await councilHistory(store),
    period,
    forecasts: (await store.snapshots()).map((s) => s.forecast),
    population: benchmarks?.pack.populations?.[benchmarks.laCode]?.population ?? null,
  });
  return { report, benchmarks };
}
