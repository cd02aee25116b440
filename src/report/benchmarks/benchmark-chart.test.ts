/**
 * The benchmark chart: the council among its neighbours, best first, then their average, its region
 * and England; its rank and quartile and the OGL attribution under it; and it renders to SVG.
 */
import * as echarts from "echarts";
import { describe, expect, it } from "vitest";
import { compareWithBenchmarks } from "../../domain/benchmarks/compare.js";
import { loadBenchmarkPack } from "../../formats/benchmarks/pack-file.js";
import { benchmarkChart, formatBenchmark, rankSentence } from "./benchmark-chart.js";

const pack = loadBenchmarkPack();
type Bar = { value: number | null; itemStyle: { color: string }; label: { formatter: () => string } };
const barsOf = (option: ReturnType<typeof benchmarkChart>["option"]) => {
  const categories = (option.yAxis as { data: string[] }).data;
  const [series] = option.series as { data: Bar[] }[];
  return categories.map((label, i) => ({ label, bar: series?.data[i] as Bar }));
};

describe("the benchmark chart", () => {
  // Hartlepool, 2024: 3 or more placements in the year (lower is better).
  const c = compareWithBenchmarks(pack, "stability-3-plus", "E06000001", "2024");
  const chart = benchmarkChart(c, pack.attribution);
  const bars = barsOf(chart.option);

  it("puts the council among its 10 neighbours best first, then the average, the region and England", () => {
    expect(bars).toHaveLength(14);
    const peers = bars.slice(0, 11);
    expect(peers.map((b) => b.label).sort()).toEqual(
      [c.council.name, ...c.neighbours.map((n) => n.name)].sort(),
    );
    const values = peers.map((b) => b.bar.value).filter((v): v is number => v !== null);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    expect(bars.slice(11).map((b) => b.label)).toEqual([
      "Statistical neighbours' average",
      "North East",
      "England",
    ]);
    expect(bars.at(-1)?.bar.value).toBe(c.england?.value);
    const council = bars.find((b) => b.label === "Hartlepool");
    expect(council?.bar.value).toBe(11);
    expect(council?.bar.itemStyle.color).not.toBe(bars[11]?.bar.itemStyle.color);
  });

  it("says the rank, quartile and source under it", () => {
    expect(chart.caption).toContain(
      `Hartlepool ranks ${c.rank} of ${c.of} English LAs (1 = best), in quartile ${c.quartile}.`,
    );
    expect(chart.caption).toContain(
      "Contains public sector information licensed under the Open Government Licence v3.0",
    );
    expect(rankSentence({ ...c, rank: null })).toBe("Hartlepool has no value for 2024, so it is not ranked.");
  });

  it("labels values as published, and a missing one as not published", () => {
    expect(formatBenchmark(11, "percent")).toBe("11%");
    expect(formatBenchmark(74.6, "percent")).toBe("74.6%");
    expect(formatBenchmark(1164, "rate-per-10k")).toBe("1,164");
    expect(formatBenchmark(null, "percent")).toBe("not published");
  });

  it("renders to SVG on the server", () => {
    const svg = echarts.init(null, null, { renderer: "svg", ssr: true, width: 900, height: chart.height });
    svg.setOption(chart.option);
    const text = svg.renderToSVGString();
    svg.dispose();
    expect(text).toContain("Hartlepool");
    expect(text).toContain("England");
  });
});
