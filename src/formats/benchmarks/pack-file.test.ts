/**
 * The shipped benchmark pack is found from the module's own place, under src/ or dist/src/, and a
 * damaged pack is refused with a message that names the file and the place in it.
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { BenchmarkPackError, loadBenchmarkPack, parseBenchmarkPack, shippedPackPath } from "./pack-file.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
const packFile = join(root, "data", "benchmarks", "dfe.json");

describe("reading the shipped benchmark pack", () => {
  it("finds data/benchmarks/dfe.json at the package root from src/ and from the built dist/src/", () => {
    expect(shippedPackPath()).toBe(packFile);
    expect(shippedPackPath(join(root, "dist", "src", "formats", "benchmarks"))).toBe(packFile);
  });

  it("says where it looked when there is no pack above the module", () => {
    expect(() => shippedPackPath("/")).toThrow(/data\/benchmarks\/dfe\.json is not in any folder above \//);
  });

  it("reads the pack once, with every series and the licence", () => {
    const pack = loadBenchmarkPack();
    expect(loadBenchmarkPack()).toBe(pack);
    expect(pack.series).toHaveLength(8);
    expect(pack.attribution).toContain("Open Government Licence v3.0");
  });

  it("refuses a pack that is not JSON, or has a marker where a number belongs", () => {
    expect(() => parseBenchmarkPack("{", "pack.json")).toThrow(/pack\.json is not JSON/);
    const base = { source: "s", licence: "l", attribution: "a", neighbours: {}, populations: {} };
    const value = {
      code: "E06000001",
      name: "Hartlepool",
      level: "la",
      region: "E12000001",
      numerator: 1,
      denominator: 2,
    };
    const series = (v: unknown) => ({
      id: "cla-rate",
      name: "n",
      unit: "rate-per-10k",
      polarity: "neutral",
      definition: "d",
      period: "at 31 March",
      years: { "2024": [{ ...value, value: v }] },
    });
    expect(parseBenchmarkPack(JSON.stringify({ ...base, series: [series(null)] }), "p").series).toHaveLength(
      1,
    );
    const bad = JSON.stringify({ ...base, series: [series("c")] });
    expect(() => parseBenchmarkPack(bad, "pack.json")).toThrow(BenchmarkPackError);
    expect(() => parseBenchmarkPack(bad, "pack.json")).toThrow(
      /pack\.json at series\.0\.years\.2024\.0\.value/,
    );
  });
});
