/**
 * `outturn savings` and `outturn mtfp` on Demoshire: S3 (rated green while agency posts have not
 * gone) is unevidenced in the JSON and says so in the table; a scenario widens the plan's gap; an
 * unknown scenario is refused by name. Then seed 002's tables, imported through the templates into
 * a fresh store, carry the base budget forward as the seed's Table 4 prints it.
 */
import { readdir, writeFile } from "node:fs/promises";
import { extname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { REGISTER_NAMES } from "../../src/domain/registers.js";
import { demoStore, outturn } from "../support/cli.js";

const { cli, json, path } = demoStore("outturn-savings-");
/** Each CLI run starts node afresh, so a form several tests read is run once. */
const once = <T>(run: () => Promise<T>) => {
  let result: Promise<T> | undefined;
  return () => {
    result ??= run();
    return result;
  };
};
const trackerJson = once(() => json("savings", "--period", "2024-25:P7"));

type TrackedSaving = { saving: { ref: string }; unevidenced: boolean; atRisk: number };
type GapYear = { year: string; gap: number; baseCarriedForward: number };

describe("outturn savings", () => {
  it("lists S3 as unevidenced in the JSON, with money in pence that adds up", async () => {
    const tracker = await trackerJson();
    expect(tracker.period).toBe("2024-25:P7");
    expect(tracker.asAt).toBe("2024-10-31");
    expect(tracker.unevidenced).toContain("S3");
    const s3 = tracker.savings.find((s: TrackedSaving) => s.saving.ref === "S3");
    expect(s3.unevidenced).toBe(true);
    const atRisk = tracker.savings.reduce((sum: number, s: TrackedSaving) => sum + s.atRisk, 0);
    expect(atRisk).toBe(tracker.total.atRisk);
    expect(Number.isInteger(tracker.total.target)).toBe(true);
  });

  it("writes UNEVIDENCED on S3's row of the table and explains it under the table", async () => {
    const result = await cli("savings", "--period", "2024-25:P7");
    expect(result.code).toBe(0);
    const lines = result.stdout.split("\n");
    const row = lines.find((l) => l.startsWith("S3 "));
    expect(row).toContain("UNEVIDENCED");
    expect(lines.some((l) => l.startsWith("S3 UNEVIDENCED:"))).toBe(true);
    expect(result.stdout).toContain("Green (On track)");
  });

  it("gives one CSV row per saving", async () => {
    const tracker = await trackerJson();
    const csv = await cli("savings", "--period", "2024-25:P7", "--format", "csv");
    const rows = csv.stdout.trim().split("\n");
    expect(rows[0]?.startsWith("Ref,Category,Programme,Name")).toBe(true);
    expect(rows).toHaveLength(tracker.savings.length + 1);
    expect(rows.find((r) => r.startsWith("S3,"))).toContain("UNEVIDENCED");
  });

  it("includes the demand scenarios that name a saving, year by year, in the JSON", async () => {
    const file = path("demand-scenarios.csv");
    await writeFile(file, "Scenario,Kind,Number,By,Saving\nStep down 10,step-down,10,2025-03-31,S1\n");
    expect((await cli("import", "demand-scenarios", file)).code).toBe(0);
    const tracker = await json("savings", "--period", "2024-25:P7");
    const s1 = tracker.savings.find((s: TrackedSaving) => s.saving.ref === "S1");
    expect(s1.scenarios.map((e: { year: string }) => e.year)).toEqual(["2024-25", "2025-26", "2026-27"]);
    expect(s1.scenarios[0].sentence).toMatch(/^Scenario 'Step down 10' saves £[\d,]+ in 2024-25/);
  });
});

describe("outturn mtfp", () => {
  it("has a larger gap than the plan in every year when savings slip by 50%", async () => {
    const { plan, scenario } = await json("mtfp", "--scenario", "Savings slip by 50%");
    expect(plan.years.length).toBeGreaterThan(1);
    expect(scenario.years).toHaveLength(plan.years.length);
    plan.years.forEach((year: GapYear, i: number) => {
      expect(scenario.years[i].year).toBe(year.year);
      expect(scenario.years[i].gap).toBeGreaterThan(year.gap);
      expect(scenario.years[i].gapAgainstPlan).toBe(scenario.years[i].gap - year.gap);
    });
  });

  it("compares every scenario with the plan when none is named", async () => {
    const { plan, scenarios } = await json("mtfp");
    expect(scenarios.map((s: { scenario: string }) => s.scenario)).toContain("Savings slip by 50%");
    const text = await cli("mtfp");
    expect(text.stdout).toContain("Planned directorate savings");
    expect(text.stdout).toContain("Savings slip by 50%");
    expect(plan.years[0].baseCarriedForward).toBeGreaterThan(0);
    // Demoshire's returns run to 31 October 2024: its projection prices 2026-27 and 2027-28 whole.
    expect(plan.demandModel.years).toEqual(["2026-27", "2027-28"]);
  });

  it("refuses an unknown scenario with exit code 2, naming the ones there are", async () => {
    const result = await cli("mtfp", "--scenario", "Everything goes right");
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain('"Everything goes right"');
    expect(result.stderr).toContain('"Savings slip by 50%"');
  });
});

describe("seed 002 through the import templates", () => {
  it("carries the base budget forward as Table 4 prints it: £65,132k, £59,761k, £57,469k", async () => {
    const fixtures = join("test", "fixtures", "seed-002");
    const seedStore = path("seed-002.sqlite");
    const register = (file: string) => file.slice(0, -extname(file).length);
    const order = (file: string) => (REGISTER_NAMES as readonly string[]).indexOf(register(file));
    // In register order (savings before their years), as a council would enter them.
    const files = (await readdir(fixtures)).filter((f) => order(f) >= 0).sort((a, b) => order(a) - order(b));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const result = await outturn([
        "--store",
        seedStore,
        "import",
        register(file),
        join(fixtures, file),
        "--la",
        "884",
      ]);
      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
    }
    const result = await outturn(["--store", seedStore, "mtfp", "--format", "json"]);
    expect(result.stderr).toBe("");
    const { plan } = JSON.parse(result.stdout);
    expect(plan.years.map((y: GapYear) => y.baseCarriedForward)).toEqual([
      6_513_200_000, 5_976_100_000, 5_746_900_000,
    ]);
    expect(plan.totalSavings).toBe(1_016_600_000); // Table 4's total 3-year saving, £10,166k
  }, 300_000); // five runs of the command, each starting node afresh
});
