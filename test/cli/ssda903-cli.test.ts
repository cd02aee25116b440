/**
 * `outturn import-903` and `outturn validate-903` from end to end on the synthetic council's returns
 * and a real SQLite file: what is stored per year, the artefacts, a failed import that stores
 * nothing, and validation that exits 0 with its errors and summary.
 */
import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "../../src/store/open.js";
import { outturn } from "../support/cli.js";

const SYNTH = join(process.cwd(), "../shared/data/ssda903-synth");
let dir: string;
let store: string;
const cli = (...args: string[]) => outturn(["--store", store, ...args]);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "outturn-903-cli-"));
  store = join(dir, "outturn.sqlite");
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function stored() {
  const s = await openStore(store);
  try {
    await s.migrate();
    const council = s.council("999");
    return { returns: await council.ssda903Returns(), audit: await council.audit() };
  } finally {
    await s.close();
  }
}

describe("outturn import-903", () => {
  it("stores each year and prints its children, episodes and children looked after, then the artefacts", async () => {
    const result = await cli("import-903", join(SYNTH, "by-year"), "--la", "999");
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const lines = result.stdout.split("\n");
    expect(lines.find((l) => l.startsWith("2018-19"))?.split(/\s{2,}/)).toEqual([
      "2018-19",
      "977",
      "1,620",
      "632",
    ]);
    expect(lines.find((l) => l.startsWith("2023-24"))?.split(/\s{2,}/)).toEqual([
      "2023-24",
      "721",
      "1,295",
      "461",
    ]);
    expect(result.stdout).toContain("The history of 6 years: 2,021 children");
    expect(result.stdout).toMatch(/[\d,]+ artefacts reported by the cleaning/);
    for (const rule of ["missing-from-year", "x1-without-next", "implausible-for-age"])
      expect(result.stdout).toContain(rule);
    expect((await stored()).returns.map((r) => r.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024]);
  });

  it("stores nothing when any file has a structural problem, and names file, row and column", async () => {
    const before = await stored();
    const broken = join(dir, "broken");
    await cp(join(SYNTH, "by-year/2023"), join(broken, "2023"), { recursive: true });
    await cp(join(SYNTH, "by-year/2024"), join(broken, "2024"), { recursive: true });
    await writeFile(join(broken, "2024/episodes.csv"), "CHILD,DECOM,RNE\n1,01/05/2023,S\n");
    const result = await cli("import-903", broken, "--la", "999");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("nothing was stored");
    expect(result.stderr).toContain(
      "2024/episodes.csv, row 1, column LS: the episodes table must have the column LS",
    );
    expect(await stored()).toEqual(before);
  });
});

describe("outturn validate-903", () => {
  it("prints each year's summary and per-row errors, and exits 0 with validation errors", async () => {
    const result = await cli("validate-903", join(SYNTH, "by-year"));
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const summaries = result.stdout
      .split("\n")
      .filter((l) => /^\d{4}-\d{2}: [\d,]+ errors from \d+ rules/.test(l));
    expect(summaries.map((l) => l.slice(0, 7))).toEqual([
      "2018-19",
      "2019-20",
      "2020-21",
      "2021-22",
      "2022-23",
      "2023-24",
    ]);
    for (const line of summaries) expect(line).toMatch(/of children are clean\.$/);
  });

  it("gives JSON per year: errors naming file, row, child and rule, errors by rule, and the clean share", async () => {
    const result = await cli("validate-903", join(SYNTH, "regional"), "--year", "2024", "--format", "json");
    expect(result.code).toBe(0);
    const { notes, years } = JSON.parse(result.stdout);
    expect(notes).toEqual([]);
    expect(years).toHaveLength(1);
    const [report] = years;
    expect(report.year).toBe(2024);
    expect(report.children).toBe(721);
    expect(report.cleanShare).toBeGreaterThanOrEqual(0);
    expect(report.cleanShare).toBeLessThanOrEqual(1);
    for (const e of report.errors.slice(0, 50)) {
      expect(e.file).toMatch(/^regional\/\w+\.csv$/);
      expect(Object.keys(e)).toEqual(expect.arrayContaining(["file", "row", "child", "rule", "message"]));
    }
    const total = report.byRule.reduce((n: number, r: { errors: number }) => n + r.errors, 0);
    expect(total).toBe(report.errors.length);
  });

  it("exits 1 with a clear message when the files cannot be read", async () => {
    const result = await cli("validate-903", join(dir, "nowhere"));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("no such file or folder");
  });
});
