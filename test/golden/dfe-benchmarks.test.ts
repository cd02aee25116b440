/**
 * The benchmark pack Outturn ships (data/benchmarks/dfe.json, read as the product reads it) holds
 * exactly what the DfE published, row for row, in ../shared/data/benchmarks/dfe/: every value,
 * numerator and denominator for England, the regions and every LA, 2020–2024, with "c", "x", "k"
 * as null and nothing for an LA that did not exist ("z"); and each LA's statistical neighbours and
 * latest population. Read here from the files directly, not through the build script.
 */
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { compareWithBenchmarks, nameOf } from "../../src/domain/benchmarks/compare.js";
import { BENCHMARK_IDS, type BenchmarkId, type BenchmarkValue } from "../../src/domain/benchmarks/pack.js";
import { loadBenchmarkPack } from "../../src/formats/benchmarks/pack-file.js";

type Row = Record<string, string>;
const DFE = new URL("../../../shared/data/benchmarks/dfe/", import.meta.url);
const read = (file: string): Row[] =>
  parse(readFileSync(new URL(file, DFE), "utf8"), { columns: true, bom: true });
const num = (text: string | undefined) => (/^\d+(\.\d+)?$/.test(text ?? "") ? Number(text) : null);
const YEARS = ["2020", "2021", "2022", "2023", "2024"];
const pack = loadBenchmarkPack();

const claRows = read("cla_number_and_rate_per_10k_children.csv");
const codeOfName = new Map(claRows.map((r) => [r.la_name?.toLowerCase(), r.new_la_code]));
/** The published area's code: the EHCP file still has some pre-2023 county codes. */
const codeOf = (r: Row) =>
  r.geographic_level === "National"
    ? "E92000001"
    : r.geographic_level === "Regional"
      ? (r.region_code ?? "")
      : (codeOfName.get(r.la_name?.toLowerCase()) ?? r.new_la_code ?? "");

function packed(id: BenchmarkId): Map<string, BenchmarkValue> {
  const series = pack.series.find((s) => s.id === id);
  const entries = Object.entries(series?.years ?? {}).flatMap(([y, vs]) =>
    vs.map((v) => [`${y} ${v.code}`, v] as const),
  );
  expect(new Set(entries.map(([k]) => k)).size).toBe(entries.length);
  return new Map(entries);
}

/** Expected [value, numerator, denominator] by "year code", from one published row per area. */
function expectSeries(id: BenchmarkId, expected: Map<string, [number | null, number | null, number | null]>) {
  const got = packed(id);
  expect([...got.keys()].sort()).toEqual([...expected.keys()].sort());
  for (const [k, [value, numerator, denominator]] of expected) {
    expect({
      k,
      value: got.get(k)?.value,
      numerator: got.get(k)?.numerator,
      denominator: got.get(k)?.denominator,
    }).toEqual({
      k,
      value,
      numerator,
      denominator,
    });
  }
}

const inYears = (r: Row) => YEARS.includes(r.time_period ?? "");
const byArea = (rows: Row[]) => {
  const groups = new Map<string, Row[]>();
  for (const r of rows.filter(inYears))
    groups.set(`${r.time_period} ${codeOf(r)}`, [...(groups.get(`${r.time_period} ${codeOf(r)}`) ?? []), r]);
  return groups;
};
const pick = (rows: Row[], column: string, value: string) => rows.find((r) => r[column] === value);

describe("the shipped DfE benchmark pack", () => {
  it("has every series, with the OGL v3.0 attribution", () => {
    expect(pack.series.map((s) => s.id)).toEqual([...BENCHMARK_IDS]);
    expect(pack.attribution).toBe(
      "Contains public sector information licensed under the Open Government Licence v3.0",
    );
    expect(pack.licence).toMatch(/^Open Government Licence v3\.0/);
  });

  it.each([
    ["cla-rate", "Children looked after at 31 March each year"],
    ["cla-starters-rate", "Children starting to be looked after each year"],
    ["cla-ceased-rate", "Children ceasing to be looked after each year"],
  ] as const)("%s: the published rate, number and population estimate", (id, count) => {
    const rows = claRows.filter((r) => inYears(r) && r.population_count === count && r.number !== "z");
    expect(rows.length).toBe(5 * 167 - 16); // 150–152 LAs, 11 regions and England a year
    expectSeries(
      id,
      new Map(
        rows.map((r) => [
          `${r.time_period} ${codeOf(r)}`,
          [num(r.rate_per_10000), num(r.number), num(r.population_estimate)],
        ]),
      ),
    );
  });

  it.each([
    ["stability-3-plus", "CLA on 31 March", "With 3 or more placements during the year"],
    [
      "long-term-stability",
      "Children looked after continuously for at least 2.5 years on 31 March aged under 16 years",
      "Living with the same carer for at least 2 years",
    ],
  ] as const)("%s: the published percentage, number and total", (id, group, characteristic) => {
    const expected = new Map<string, [number | null, number | null, number | null]>();
    for (const [k, rows] of byArea(
      read("la_cla_placement_stability.csv").filter((r) => r.cla_group === group),
    )) {
      const row = pick(rows, "placement_stability", characteristic);
      const total = num(pick(rows, "placement_stability", "Total children")?.number);
      // Left out only where nothing is published: an LA that did not exist. Isles of Scilly's 0 stays.
      if (!row || (row.percentage === "z" && num(row.number) === null && total === null)) continue;
      expected.set(k, [num(row.percentage), num(row.number), total]);
    }
    expectSeries(id, expected);
  });

  it("missing-share: the published percentage who went missing, of all looked after in the year", () => {
    const expected = new Map<string, [number | null, number | null, number | null]>();
    for (const [k, rows] of byArea(
      read("la_children_who_were_missing_or_away_from_placement_without_authorisation.csv"),
    )) {
      const n = (group: string) => pick(rows, "CLA_group", group)?.number;
      const share = n("Percentage of children who had a missing incident during the year");
      if (share === "z" && num(n("Children looked after during the year")) === null) continue;
      expected.set(k, [
        num(share),
        num(n("Children who had a missing incident during the year")),
        num(n("Children looked after during the year")),
      ]);
    }
    expect(expected.get("2024 E06000001")).toEqual([12, 54, 446]); // Hartlepool
    expectSeries("missing-share", expected);
  });

  it("new-placements-over-20-miles: inside and outside the boundary, over all new placements, half up", () => {
    const expected = new Map<string, [number | null, number | null, number | null]>();
    const rows = read("la_cla_during_year_new_placements.csv").filter(
      (r) => r.cla_group === "Location of new placements during the year",
    );
    for (const [k, area] of byArea(rows)) {
      const n = (c: string) => num(pick(area, "characteristic", c)?.number);
      const inside = n("Placed inside LA boundary more than 20 miles from home");
      const outside = n("Placed outside LA boundary more than 20 miles from home");
      const total = n("Total new placements");
      const over = inside === null || outside === null ? null : inside + outside;
      if (
        over === null &&
        total === null &&
        pick(area, "characteristic", "Total new placements")?.number === "z"
      )
        continue;
      const value = over === null || !total ? null : Math.floor((200 * over + total) / (2 * total));
      expected.set(k, [value, over, total]);
    }
    expect(expected.get("2024 E06000001")).toEqual([15, 51, 345]); // Hartlepool: (0 + 51) ÷ 345
    expectSeries("new-placements-over-20-miles", expected);
  });

  it("ehcp-20-weeks: the published percentage (to 0.1) of plans issued within 20 weeks, calendar years", () => {
    const rows = read("ehcp_timeliness_20_week.csv").filter(
      (r) => inYears(r) && r.breakdown_topic === "All EHC plans issued",
    );
    const expected = new Map(
      rows.map(
        (r) =>
          [
            `${r.time_period} ${codeOf(r)}`,
            [
              num(r.pc_plans_issued_within_20_weeks),
              num(r.plans_issued_within_20_weeks),
              num(r.plans_issued_den),
            ],
          ] as const,
      ),
    );
    expect(expected.get("2024 E06000001")).toEqual([74.6, 91, 122]);
    expect(expected.get("2024 E06000065")).toBeDefined(); // North Yorkshire, published under E10000023
    expectSeries("ehcp-20-weeks", new Map([...expected].map(([k, v]) => [k, [...v]])));
  });

  it("gives each LA its 10 statistical neighbours as codes, Herefordshire's as PRODUCT.md names them", () => {
    const las = new Set(
      pack.series[0]
        ? Object.values(pack.series[0].years)
            .flat()
            .filter((v) => v.level === "la")
            .map((v) => v.code)
        : [],
    );
    expect(Object.keys(pack.neighbours).length).toBe(153);
    for (const [code, neighbours] of Object.entries(pack.neighbours)) {
      expect(las.has(code), code).toBe(true);
      expect(neighbours.length, code).toBe(10);
      for (const n of neighbours) expect(las.has(n), `${code} → ${n}`).toBe(true);
    }
    expect(pack.neighbours.E06000019?.map((c) => nameOf(pack, c))).toEqual([
      "Westmorland and Furness",
      "Staffordshire",
      "Lincolnshire",
      "Shropshire",
      "Somerset",
      "Lancashire",
      "Suffolk",
      "East Riding of Yorkshire",
      "North Yorkshire",
      "Derbyshire",
    ]);
  });

  it("gives each area's latest population estimate", () => {
    expect(pack.populations.E92000001).toEqual({ year: "2024", population: 11_998_646 });
    expect(pack.populations.E06000001).toEqual({ year: "2024", population: 20_417 });
    expect(pack.populations.E06000019).toEqual({ year: "2024", population: 34_052 });
    expect(pack.populations.E10000006).toEqual({ year: "2023", population: 90_472 }); // Cumbria, until it split
  });

  it("compares Herefordshire in 2023 with England, the West Midlands and its neighbours", () => {
    const c = compareWithBenchmarks(pack, "cla-rate", "E06000019", "2023");
    expect([c.council.value, c.england?.value, c.region?.name]).toEqual([122, 70, "West Midlands"]);
    expect(c.neighbours).toHaveLength(10);
    expect(c.of).toBeGreaterThan(150);
  });
});
