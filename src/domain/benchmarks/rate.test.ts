/**
 * The DfE's rounding, proved over the whole published file: every England, region and LA rate per
 * 10,000 (children looked after at 31 March, starting and ceasing in the year, 2020–2024) recomputes
 * from its number and population estimate.
 *
 * England's and the regions' numbers are published rounded to the nearest 10, while their rates
 * are worked from the unrounded count, the sum of their LAs' numbers; 4 regional rates out of 165
 * would come out wrong from the rounded number, and the test names them.
 */
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { percentage, ratePer10k } from "./rate.js";

const FILE = new URL(
  "../../../../shared/data/benchmarks/dfe/cla_number_and_rate_per_10k_children.csv",
  import.meta.url,
);
type Row = Record<string, string>;
const rows: Row[] = parse(readFileSync(FILE, "utf8"), { columns: true, bom: true });
const numeric = (r: Row) =>
  [r.number, r.population_estimate, r.rate_per_10000].every((v) => /^\d+$/.test(v ?? ""));
const figures = (r: Row) =>
  [Number(r.number), Number(r.population_estimate), Number(r.rate_per_10000)] as const;
/** London (E12000007) is published as a region and as Inner and Outer London, which its LAs carry. */
const within = (area: string, laRegion: string) =>
  area === laRegion || (area === "E12000007" && ["E13000001", "E13000002"].includes(laRegion));
const hasSuppressedLa = (a: Row) =>
  rows.some(
    (r) =>
      r.geographic_level === "Local authority" &&
      r.time_period === a.time_period &&
      r.population_count === a.population_count &&
      within(a.region_code ?? "", r.region_code ?? "") &&
      r.number === "c",
  );
const label = (r: Row) =>
  `${r.time_period} ${r.la_name || r.region_name || r.country_name}: ${r.population_count} ${r.number} ÷ ${r.population_estimate}`;

describe("the rate per 10,000, rounded as the DfE rounds it", () => {
  it("gives England's 83,630 ÷ 11,998,646 as 70 and Hartlepool's 334 ÷ 20,417 as 164", () => {
    expect(ratePer10k(83_630, 11_998_646)).toBe(70);
    expect(ratePer10k(334, 20_417)).toBe(164);
  });

  it("rounds a half up, exactly, and leaves no rate without a population", () => {
    expect(ratePer10k(1, 20_000)).toBe(1); // 0.5
    expect(ratePer10k(3, 20_000)).toBe(2); // 1.5
    expect(ratePer10k(49_999, 100_000_000)).toBe(5); // 4.9999
    expect(ratePer10k(5, 0)).toBeNull();
    expect(ratePer10k(null, 20_000)).toBeNull();
    expect(percentage(91, 122, 1)).toBe(74.6);
    expect(percentage(1, 8)).toBe(13); // 12.5
  });

  it("recomputes every LA's published rate, 2020–2024, from its number and population", () => {
    const las = rows.filter((r) => r.geographic_level === "Local authority" && numeric(r));
    expect(las.length).toBe(2274); // 2,325 LA rows less 48 "z" (LAs not existing) and 3 "c"
    const wrong = las.filter((r) => {
      const [n, p, rate] = figures(r);
      return ratePer10k(n, p) !== rate;
    });
    expect(wrong.map(label)).toEqual([]);
  });

  it("recomputes every England and regional rate from the sum of its LAs' numbers", () => {
    const areas = rows.filter((r) => r.geographic_level !== "Local authority");
    expect(areas.length).toBe(180);
    expect(areas.every(numeric)).toBe(true);
    const las = rows.filter((r) => r.geographic_level === "Local authority");
    const wrong = areas.filter((a) => {
      const [published, population, rate] = figures(a);
      const count = las
        .filter((r) => r.time_period === a.time_period && r.population_count === a.population_count)
        .filter((r) => a.geographic_level === "National" || within(a.region_code ?? "", r.region_code ?? ""))
        .reduce((sum, r) => sum + (Number(r.number) || 0), 0);
      // The area's number is published rounded to 10; its rate comes from the unrounded count.
      const suppressed = published !== Math.round(count / 10) * 10;
      return ratePer10k(count, population) !== rate || (suppressed && !hasSuppressedLa(a));
    });
    expect(wrong.map(label)).toEqual([]);
    // The rounded number alone would miss 4 of them, so the sum is what the DfE divides.
    const fromRounded = areas.filter((r) => {
      const [n, p, rate] = figures(r);
      return ratePer10k(n, p) !== rate;
    });
    expect(fromRounded.map(label)).toEqual([
      "2024 East of England: Children starting to be looked after each year 2390 ÷ 1367078",
      "2023 West Midlands: Children looked after at 31 March each year 11830 ÷ 1306734",
      "2023 Outer London: Children looked after at 31 March each year 5690 ÷ 1249971",
      "2020 South West: Children looked after at 31 March each year 6260 ÷ 1088101",
    ]);
  });

  it("publishes no rate where the number is suppressed, and none for an LA that did not exist", () => {
    const markers = rows.filter((r) => !numeric(r)).map((r) => `${r.number}/${r.rate_per_10000}`);
    expect(new Set(markers)).toEqual(new Set(["z/z", "c/c"]));
  });
});
