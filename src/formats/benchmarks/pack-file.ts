/**
 * Reads the benchmark pack Outturn ships, data/benchmarks/dfe.json (built by
 * scripts/build-benchmarks.ts from the DfE's files), at run time. The file is found from this
 * module's own location, walking up to the package root, so it is found from src/ (tsx, vitest)
 * and from dist/src/ (npm start, the installed `outturn` command) alike. Checked on reading, and
 * read once.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, parse } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { BENCHMARK_IDS, type BenchmarkPack } from "../../domain/benchmarks/pack.js";

export const BENCHMARK_PACK_PATH = join("data", "benchmarks", "dfe.json");

const count = z.number().nullable();
const value = z.object({
  code: z.string().min(1),
  name: z.string(),
  level: z.enum(["england", "region", "la"]),
  region: z.string().nullable(),
  value: count,
  numerator: count,
  denominator: count,
});
const series = z.object({
  id: z.enum(BENCHMARK_IDS),
  name: z.string(),
  unit: z.enum(["rate-per-10k", "percent"]),
  polarity: z.enum(["higher-better", "lower-better", "neutral"]),
  definition: z.string(),
  period: z.string(),
  years: z.record(z.string().regex(/^\d{4}$/), z.array(value)),
});
const pack = z.object({
  source: z.string().min(1),
  licence: z.string().min(1),
  attribution: z.string().min(1),
  series: z.array(series),
  neighbours: z.record(z.string(), z.array(z.string())),
  populations: z.record(z.string(), z.object({ year: z.string(), population: z.number().int().positive() })),
});

export class BenchmarkPackError extends Error {}

/** The shipped pack's path: the nearest data/benchmarks/dfe.json above this module. */
export function shippedPackPath(from = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, BENCHMARK_PACK_PATH);
    if (existsSync(candidate)) return candidate;
    if (dir === parse(dir).root) {
      throw new BenchmarkPackError(
        `the benchmark pack ${BENCHMARK_PACK_PATH} is not in any folder above ${from}`,
      );
    }
  }
}

/** Parses and checks a benchmark pack's text; `where` names it in errors. */
export function parseBenchmarkPack(text: string, where: string): BenchmarkPack {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new BenchmarkPackError(`${where} is not JSON: ${(e as Error).message}`);
  }
  const checked = pack.safeParse(json);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new BenchmarkPackError(
      `${where} at ${issue?.path.join(".") ?? "?"}: ${issue?.message ?? "invalid"}`,
    );
  }
  return checked.data;
}

let shipped: BenchmarkPack | undefined;

/** The pack Outturn ships (read once), or the one at `path`. */
export function loadBenchmarkPack(path?: string): BenchmarkPack {
  if (path !== undefined) return parseBenchmarkPack(readFileSync(path, "utf8"), path);
  if (!shipped) {
    const file = shippedPackPath();
    shipped = parseBenchmarkPack(readFileSync(file, "utf8"), file);
  }
  return shipped;
}
