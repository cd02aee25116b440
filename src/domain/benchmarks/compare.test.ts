/**
 * Comparison with England, the region and statistical neighbours, and rank and quartile among
 * LAs, on a small handmade pack where every answer can be counted by hand.
 */
import { describe, expect, it } from "vitest";
import { BenchmarkError, benchmarkYears, compareWithBenchmarks, quartileOf, rankAmong } from "./compare.js";
import type { BenchmarkPack, BenchmarkSeries, BenchmarkValue } from "./pack.js";

const la = (code: string, value: number | null, region = "R1"): BenchmarkValue => ({
  code,
  name: `Council ${code}`,
  level: "la",
  region,
  value,
  numerator: null,
  denominator: null,
});
const area = (code: string, level: "england" | "region", value: number): BenchmarkValue => ({
  ...la(code, value, ""),
  name: level === "england" ? "England" : `Region ${code}`,
  level,
  region: null,
});
// Eight LAs: A 10, B 20, C 20, D 30, E 40, F null (suppressed), G 50, H 60.
const values = [
  area("E92000001", "england", 35),
  area("R1", "region", 25),
  area("R2", "region", 45),
  la("A", 10),
  la("B", 20),
  la("C", 20),
  la("D", 30),
  la("E", 40, "R2"),
  la("F", null, "R2"),
  la("G", 50, "R2"),
  la("H", 60, "R2"),
];
const series = (id: BenchmarkSeries["id"], polarity: BenchmarkSeries["polarity"]): BenchmarkSeries => ({
  id,
  name: id,
  unit: "percent",
  polarity,
  definition: "",
  period: "at 31 March",
  years: { "2024": values, "2023": [] },
});
const pack: BenchmarkPack = {
  source: "handmade",
  licence: "OGL",
  attribution: "test",
  series: [
    series("long-term-stability", "higher-better"),
    series("stability-3-plus", "lower-better"),
    series("cla-rate", "neutral"),
  ],
  neighbours: { B: ["C", "F", "D", "Z"], E: ["G", "H"] },
  populations: {},
};

describe("comparing a council with the published benchmarks", () => {
  it("gives England, its region, its neighbours in rank order and their average", () => {
    const c = compareWithBenchmarks(pack, "stability-3-plus", "B", "2024");
    expect(c.council).toEqual({ code: "B", name: "Council B", region: "R1", value: 20, published: 20 });
    expect(c.england).toEqual({ code: "E92000001", name: "England", value: 35 });
    expect(c.region).toEqual({ code: "R1", name: "Region R1", value: 25 });
    // A neighbour with a suppressed value, or none published that year, is listed with null.
    expect(c.neighbours).toEqual([
      { code: "C", name: "Council C", value: 20 },
      { code: "F", name: "Council F", value: null },
      { code: "D", name: "Council D", value: 30 },
      { code: "Z", name: "Z", value: null },
    ]);
    expect(c.neighbourAverage).toBe(25); // (20 + 30) ÷ 2: the nulls are left out
  });

  it("ranks 1 as the best by polarity, ties sharing a rank, among the LAs with a value", () => {
    // Lower is better: A 10 is 1st, B and C share 2nd, D is 4th … H 60 is 7th of 7 (F has none).
    const lower = (code: string) => compareWithBenchmarks(pack, "stability-3-plus", code, "2024");
    expect(["A", "B", "C", "D", "E", "G", "H"].map((code) => lower(code).rank)).toEqual([
      1, 2, 2, 4, 5, 6, 7,
    ]);
    expect(lower("A").of).toBe(7);
    // Higher is better: the order turns round.
    const higher = (code: string) => compareWithBenchmarks(pack, "long-term-stability", code, "2024");
    expect(["H", "G", "E", "D", "B", "C", "A"].map((code) => higher(code).rank)).toEqual([
      1, 2, 3, 4, 5, 5, 7,
    ]);
    // Neutral ranks lowest first.
    expect(compareWithBenchmarks(pack, "cla-rate", "A", "2024").rank).toBe(1);
  });

  it("puts 1 in the best quarter, sharing a quartile between ties", () => {
    const quartiles = (id: "stability-3-plus" | "long-term-stability") =>
      ["A", "B", "C", "D", "E", "G", "H"].map(
        (code) => compareWithBenchmarks(pack, id, code, "2024").quartile,
      );
    expect(quartiles("stability-3-plus")).toEqual([1, 1, 1, 2, 3, 3, 4]);
    expect(quartiles("long-term-stability")).toEqual([4, 3, 3, 2, 2, 1, 1]);
    expect([1, 38, 39, 76, 77, 114, 115, 151].map((rank) => quartileOf(rank, 151))).toEqual([
      1, 1, 2, 2, 3, 3, 4, 4,
    ]);
  });

  it("ranks the council's own value in place of its published one", () => {
    // B's own figure of 5 beats A's 10; the others are unchanged, so it is 1st of 7.
    const own = compareWithBenchmarks(pack, "stability-3-plus", "B", "2024", 5);
    expect(own.council.value).toBe(5);
    expect(own.council.published).toBe(20);
    expect([own.rank, own.of, own.quartile]).toEqual([1, 7, 1]);
    // F's value is suppressed: with its own figure it is ranked among the 7 others.
    const f = compareWithBenchmarks(pack, "stability-3-plus", "F", "2024", 45);
    expect([f.rank, f.of]).toEqual([6, 8]);
    expect(compareWithBenchmarks(pack, "stability-3-plus", "F", "2024").rank).toBeNull();
  });

  it("says which years are published and refuses a series, year or council it does not have", () => {
    expect(benchmarkYears(pack, "cla-rate")).toEqual(["2023", "2024"]);
    expect(() => compareWithBenchmarks(pack, "missing-share", "B", "2024")).toThrow(BenchmarkError);
    expect(() => compareWithBenchmarks(pack, "cla-rate", "B", "2019")).toThrow(
      /no published "cla-rate" for 2019/,
    );
    expect(() => compareWithBenchmarks(pack, "cla-rate", "E99999999", "2024")).toThrow(/not an English LA/);
  });

  it("ranks a value among others with the same rule", () => {
    expect(rankAmong(3, [1, 3, 3, 9], "lower-better")).toEqual({ rank: 2, of: 5, quartile: 1 });
    expect(rankAmong(3, [1, 3, 3, 9], "higher-better")).toEqual({ rank: 2, of: 5, quartile: 1 });
  });
});
