/**
 * Builds the benchmark pack Outturn ships, data/benchmarks/dfe.json, from the DfE files in
 * ../shared/data/benchmarks/dfe/ (dev tooling: `npm run build:benchmarks [-- <dfe dir>]`). Keeps
 * only the series, columns and years (2020–2024) the product compares with, with the Open
 * Government Licence attribution. Prints what it could not map.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parse } from "csv-parse/sync";
import type {
  BenchmarkPack,
  BenchmarkSeries,
  BenchmarkValue,
  GeographicLevel,
} from "../src/domain/benchmarks/pack.js";
import { type CsvRow, published, SERIES_SOURCES } from "./benchmarks/series.js";

const YEARS = ["2020", "2021", "2022", "2023", "2024"];
const ENGLAND = "E92000001";
const LONDON = "E12000007";
/** Inner and Outer London, which the CLA files give as a London borough's region. */
const LONDON_PARTS = new Set(["E13000001", "E13000002"]);
/** Names in statistical_neighbours.csv that the DfE files spell differently. */
const NEIGHBOUR_ALIASES: Record<string, string> = {
  "bedford borough": "bedford",
  durham: "county durham",
  herefordshire: "herefordshire, county of",
};

const dfeDir = process.argv[2]
  ? pathToFileURL(`${resolve(process.argv[2])}/`)
  : new URL("../../shared/data/benchmarks/dfe/", import.meta.url);
const readme = new URL("../README.md", new URL("..", dfeDir));
const out = new URL("../data/benchmarks/dfe.json", import.meta.url);
const warnings: string[] = [];

const read = (file: string): CsvRow[] =>
  parse(readFileSync(new URL(file, dfeDir), "utf8"), { columns: true, bom: true, skip_empty_lines: true });

const LEVELS: Record<string, GeographicLevel> = {
  National: "england",
  Regional: "region",
  "Local authority": "la",
};

// An LA's code is the one the CLA file gives its name in the latest year (the EHCP file still uses
// North Yorkshire's and Somerset's county codes, and Buckinghamshire's in some years).
const claRows = read("cla_number_and_rate_per_10k_children.csv");
const codeByName = new Map<string, string>();
for (const row of [...claRows].sort((a, b) => (a.time_period ?? "").localeCompare(b.time_period ?? ""))) {
  if (row.geographic_level === "Local authority") codeByName.set(key(row.la_name), row.new_la_code ?? "");
}
function key(name: string | undefined): string {
  return (name ?? "").trim().toLowerCase();
}

function area(row: CsvRow): Omit<BenchmarkValue, "value" | "numerator" | "denominator"> | undefined {
  const level = LEVELS[row.geographic_level ?? ""];
  if (level === "england") return { code: ENGLAND, name: "England", level, region: null };
  if (level === "region")
    return { code: row.region_code ?? "", name: row.region_name ?? "", level, region: null };
  if (level !== "la") return undefined;
  const code = codeByName.get(key(row.la_name)) ?? row.new_la_code ?? "";
  if (code !== row.new_la_code) warnings.push(`${row.la_name}: ${row.new_la_code} read as ${code}`);
  const region = LONDON_PARTS.has(row.region_code ?? "") ? LONDON : (row.region_code ?? null);
  return { code, name: row.la_name ?? "", level, region };
}

const ORDER: Record<GeographicLevel, number> = { england: 0, region: 1, la: 2 };
const cache = new Map<string, CsvRow[]>([["cla_number_and_rate_per_10k_children.csv", claRows]]);

function buildSeries(source: (typeof SERIES_SOURCES)[number]): BenchmarkSeries {
  const rows = cache.get(source.file) ?? read(source.file);
  cache.set(source.file, rows);
  const groups = new Map<string, { year: string; rows: CsvRow[] }>();
  for (const row of rows) {
    if (!YEARS.includes(row.time_period ?? "") || (source.keep && !source.keep(row))) continue;
    const where = area(row);
    if (!where) continue;
    const k = `${row.time_period}|${where.level}|${where.code}`;
    const group = groups.get(k) ?? { year: row.time_period ?? "", rows: [] };
    group.rows.push(row);
    groups.set(k, group);
  }
  const years: Record<string, BenchmarkValue[]> = Object.fromEntries(YEARS.map((y) => [y, []]));
  for (const { year, rows: areaRows } of groups.values()) {
    const where = area(areaRows[0] as CsvRow);
    const figures = source.figures(areaRows);
    if (!where || !figures) continue;
    const { value, numerator, denominator } = figures;
    // "z": not applicable, the LA did not exist that year (Cumbria after 2023, Cumberland before).
    if (value === null && numerator === null && denominator === null && figures.published === "z") continue;
    years[year]?.push({ ...where, value, numerator, denominator });
  }
  for (const values of Object.values(years)) {
    values.sort((a, b) => ORDER[a.level] - ORDER[b.level] || a.code.localeCompare(b.code));
  }
  const { file: _file, keep: _keep, figures: _figures, ...series } = source;
  return { ...series, years };
}

function neighbours(): Record<string, string[]> {
  const [header, ...ranks] = parse(readFileSync(new URL("statistical_neighbours.csv", dfeDir), "utf8"), {
    bom: true,
  }) as string[][];
  const codeOf = (name: string) => codeByName.get(NEIGHBOUR_ALIASES[key(name)] ?? key(name));
  const result: Record<string, string[]> = {};
  const unmapped = new Set<string>();
  (header ?? []).forEach((la, column) => {
    const code = codeOf(la);
    const names = ranks.map((r) => r[column] ?? "").filter((n) => n.trim() !== "");
    for (const n of names.filter((n) => !codeOf(n))) unmapped.add(n);
    if (!code) unmapped.add(la);
    else result[code] = names.map(codeOf).filter((c): c is string => c !== undefined);
  });
  for (const name of unmapped)
    warnings.push(`statistical neighbours: "${name}" matches no LA in the DfE files`);
  return Object.fromEntries(Object.entries(result).sort(([a], [b]) => a.localeCompare(b)));
}

/** Each area's latest population estimate, from the rows for children looked after at 31 March. */
function populations(): BenchmarkPack["populations"] {
  const result: BenchmarkPack["populations"] = {};
  for (const row of claRows) {
    const population = published(row.population_estimate);
    const where = area(row);
    const year = row.time_period ?? "";
    if (!where || population === null || !YEARS.includes(year)) continue;
    if (row.population_count !== "Children looked after at 31 March each year") continue;
    if ((result[where.code]?.year ?? "") < year) result[where.code] = { year, population };
  }
  return Object.fromEntries(Object.entries(result).sort(([a], [b]) => a.localeCompare(b)));
}

const attribution =
  /"(Contains public sector information licensed under the Open Government Licence v3\.0)"/.exec(
    readFileSync(readme, "utf8").replace(/\s+/g, " "),
  )?.[1];
if (!attribution) throw new Error(`no OGL attribution in ${fileURLToPath(readme)}`);

const pack: BenchmarkPack = {
  source:
    'Department for Education: "Children looked after in England including adoptions", reporting years 2020 to 2024 (at or in the year to 31 March); "Education, health and care plans" (SEN2), calendar years 2020 to 2024. Statistical neighbours: the NFER model, as data-to-insight/send-benchmarking publishes it.',
  licence:
    "Open Government Licence v3.0, https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
  attribution,
  series: SERIES_SOURCES.map(buildSeries),
  neighbours: neighbours(),
  populations: populations(),
};

/** One line per published value, so that a new year's pack reads as a diff. */
function format(p: BenchmarkPack): string {
  const j = (v: unknown) => JSON.stringify(v);
  const series = p.series.map(({ years, ...head }) => {
    const yearLines = Object.entries(years).map(
      ([year, values]) => `    ${j(year)}: [\n${values.map((v) => `      ${j(v)}`).join(",\n")}\n    ]`,
    );
    return `  ${j(head).slice(0, -1)}, "years": {\n${yearLines.join(",\n")}\n  }}`;
  });
  const record = (r: Record<string, unknown>) =>
    Object.entries(r)
      .map(([k, v]) => `    ${j(k)}: ${j(v)}`)
      .join(",\n");
  return `{\n  "source": ${j(p.source)},\n  "licence": ${j(p.licence)},\n  "attribution": ${j(p.attribution)},\n  "series": [\n${series.join(",\n")}\n  ],\n  "neighbours": {\n${record(p.neighbours)}\n  },\n  "populations": {\n${record(p.populations)}\n  }\n}\n`;
}

mkdirSync(new URL(".", out), { recursive: true });
writeFileSync(out, format(pack));
for (const w of [...new Set(warnings)]) console.warn(w);
const count = pack.series.reduce((n, s) => n + Object.values(s.years).flat().length, 0);
console.log(
  `${fileURLToPath(out)}: ${pack.series.length} series, ${count} values, ${Object.keys(pack.neighbours).length} councils' neighbours`,
);
