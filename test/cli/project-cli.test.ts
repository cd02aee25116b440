/**
 * `outturn project` from end to end, spawned as a user runs it: the synthetic council's returns in
 * either layout, the CSV an analyst diffs against the peer's own outputs, the JSON with the rates and
 * the backtest, the stored returns, and bad input that exits 2 with a sentence and no stack.
 */
import { readFileSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outturn } from "../support/cli.js";

const SYNTH = join(process.cwd(), "../shared/data/ssda903-synth");
const REFERENCE = join(SYNTH, "reference/regional-ref-2023-24");
const PEER = ["--reference", "2023-03-31..2024-03-31", "--start", "2024-03-31", "--months", "24"];

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "outturn-project-cli-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const lines = (text: string) => text.trimEnd().split("\n");

describe("outturn project", () => {
  it("writes the peer's own population and variance, column for column, under --compatibility peer", async () => {
    const result = await outturn(["project", join(SYNTH, "regional"), ...PEER, "--compatibility", "peer"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const rows = lines(result.stdout).map((line) => line.split(","));
    const states = 18;
    // The date and each state's population: the peer's prediction_population.csv, byte for byte.
    const population = rows.map((row) => row.slice(0, 1 + states).join(",")).join("\n");
    expect(population).toBe(readFileSync(join(REFERENCE, "prediction_population.csv"), "utf8").trimEnd());
    const variance = rows.slice(1).map((row) => [row[0], ...row.slice(1 + states, 1 + 2 * states)].join(","));
    expect(variance).toEqual(
      lines(readFileSync(join(REFERENCE, "prediction_variance.csv"), "utf8")).slice(1),
    );
    expect(rows[0]?.[1 + states]).toBe("1 to 5 - Fostering (variance)");
    expect(rows[0]?.at(-1)).toBe("5 to 10 - Residential (upper)");
    expect(rows).toHaveLength(731);
    // The bands: ±2σ, the lower never below 0 (1 to 5 - Fostering holds nobody at first).
    const last = rows[730] as string[];
    const k = 5; // 10 to 16 - Fostering
    const [pop, v, low, high] = [1, 2, 3, 4].map((block) => Number(last[k + (block - 1) * states]));
    expect(Math.abs((low as number) - ((pop as number) - 2 * Math.sqrt(v as number)))).toBeLessThan(1e-5);
    expect(Math.abs((high as number) - ((pop as number) + 2 * Math.sqrt(v as number)))).toBeLessThan(1e-5);
    expect(rows[1]?.[1 + 2 * states]).toBe("0.000000");
  });

  it("gives settings, rates, the daily projection and the backtest in words as JSON, from the DfE layout", async () => {
    const result = await outturn(["project", join(SYNTH, "by-year"), "--format", "json"]);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.settings).toEqual({
      referenceStart: "2023-03-31",
      referenceEnd: "2024-03-31",
      start: "2024-03-31",
      days: 730,
      compatibility: "outturn",
    });
    expect(json.rates.transitions.length).toBeGreaterThan(50);
    expect(json.projection.dates).toHaveLength(730);
    expect(json.projection.population[729]).toHaveLength(json.projection.states.length);
    expect(json.backtest.summary).toMatch(
      /^Projecting from March 2022, the model was within [\d.]+% of the children/,
    );
  });

  it("projects a council's stored returns when no path is given, to a file", async () => {
    const store = join(dir, "outturn.sqlite");
    const imported = await outturn(["--store", store, "import-903", join(SYNTH, "regional"), "--la", "999"]);
    expect(imported.code).toBe(0);
    const out = join(dir, "projection.csv");
    const result = await outturn([
      "--store",
      store,
      "project",
      "--la",
      "999",
      "--months",
      "12",
      "--out",
      out,
    ]);
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe(`Wrote ${out}\n`);
    const written = lines(await readFile(out, "utf8"));
    expect(written).toHaveLength(366);
    expect(written[365]?.startsWith("2025-03-31,")).toBe(true);
  });

  it("exits 2 with a sentence naming what is wrong, and no stack, for bad input", async () => {
    const cases: [string[], string][] = [
      [["--months", "60"], "--months 60 is more than the model projects: at most 48 months (4 years)"],
      [
        ["--reference", "2024-03-31..2025-03-31"],
        "lies outside the data: the returns cover 31 March 2018 to 31 March 2024",
      ],
      [["--start", "2024-02-30"], '--start must be a real date written 2024-03-31; "2024-02-30" is not.'],
    ];
    for (const [options, sentence] of cases) {
      const result = await outturn(["project", join(SYNTH, "regional"), ...options]);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.stderr).toContain(sentence);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
    const missing = await outturn(["project", join(dir, "no-such-returns")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("no-such-returns cannot be read:");
    expect(missing.stderr).toContain("no such file or folder");
  });
});
