/**
 * The `outturn` command from end to end on a real SQLite file: Demoshire in, a forecast out in all
 * three forms, a changed figure audited, and a bad import that changes nothing.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outturn } from "../support/cli.js";

let dir: string;
let store: string;
const cli = (...args: string[]) => outturn(["--store", store, ...args]);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "outturn-cli-"));
  store = join(dir, "outturn.sqlite");
  const demo = await cli("demo");
  expect(demo.stderr).toBe("");
  expect(demo.stdout).toContain("Created council DEMO");
});

afterAll(() => rm(dir, { recursive: true, force: true }));

async function forecastJson() {
  const result = await cli("forecast", "--period", "2024-25:P7", "--format", "json");
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout);
}

describe("outturn forecast", () => {
  it("gives JSON whose lines add up to the service areas and the totals exactly", async () => {
    const outturn = await forecastJson();
    expect(outturn.council.name).toBe("Demoshire");
    expect(outturn.period).toBe("2024-25:P7");
    expect(outturn.asAt).toBe("2024-10-31");
    expect(outturn.lines.length).toBeGreaterThan(10);
    for (const field of ["budget", "actualToDate", "forecast", "variance"] as const) {
      const sum = (rows: Record<string, number>[]) =>
        rows.reduce((total, row) => total + (row[field] ?? 0), 0);
      expect(sum(outturn.lines)).toBe(outturn.total[field]);
      for (const area of outturn.serviceAreas) {
        expect(
          sum(outturn.lines.filter((l: { serviceArea: string }) => l.serviceArea === area.serviceArea)),
        ).toBe(area[field]);
      }
    }
    expect(outturn.total.budget).toBe(6_513_200_000); // £65.132m, the 2024/25 base budget of seed 002 Table 3
  });

  it("prints the same total as a table and as CSV", async () => {
    const { total } = await forecastJson();
    const pounds = (pence: number) => `£${Math.round(pence / 100).toLocaleString("en-GB")}`;
    const table = await cli("forecast", "--period", "2024-25:P7");
    expect(table.stdout.split("\n").find((l) => l.startsWith("Total "))).toBeDefined();
    expect(table.stdout).toContain(pounds(total.forecast));
    const csv = await cli("forecast", "--period", "2024-25:P7", "--format", "csv");
    const last = csv.stdout.trim().split("\n").at(-1) ?? "";
    expect(last.startsWith("total,")).toBe(true);
    expect(last).toContain((total.forecast / 100).toFixed(2));
  });

  it("refuses a period that does not exist, saying why", async () => {
    const result = await cli("forecast", "--period", "2024-25:P13");
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain("not a period");
  });
});

describe("outturn set", () => {
  it("changes a placement's weekly cost, moves the forecast, and adds an audit row", async () => {
    const before = await forecastJson();
    const auditBefore = (await cli("audit")).stdout.trim().split("\n").length;
    const ref = await runningResidentialPlacement();
    const result = await cli("set", "placements", ref, "weeklyCost", "9999.99", "--by", "Finance BP");
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const audit = (await cli("audit")).stdout.trim().split("\n");
    expect(audit.length).toBe(auditBefore + 1);
    expect(audit.at(-1)).toMatch(new RegExp(`Finance BP,cli,placements,${ref},weeklyCost,\\d+,999999$`));
    const after = await forecastJson();
    expect(after.total.forecast).not.toBe(before.total.forecast);
  });

  it("refuses a value that breaks the column's rule, and changes nothing", async () => {
    const ref = await runningResidentialPlacement();
    const auditBefore = (await cli("audit")).stdout;
    const result = await cli("set", "placements", ref, "weeklyCost", "12.345");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Weekly cost (£)");
    expect((await cli("audit")).stdout).toBe(auditBefore);
  });
});

describe("outturn import", () => {
  it("reports all three bad rows of a placements workbook by row and column, and leaves the store as it was", async () => {
    const template = join(dir, "placements.xlsx");
    expect((await cli("template", "placements", "--out", template)).code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(await readFile(template)).buffer);
    const sheet = book.getWorksheet("Placements") ?? book.worksheets[0];
    if (!sheet) throw new Error("template has no sheet");
    const example = (sheet.getRow(2).values as ExcelJS.CellValue[]).slice(1);
    const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    const bad: Record<number, [string, string]> = {
      1: ["Placement type (PLACE)", "Q9"],
      3: ["End", "2020-01-01"],
      4: ["Weekly cost (£)", "12.345"],
    };
    const rows = Array.from({ length: 6 }, (_, i) =>
      headers.map((header, c) => {
        if (header === "Placement ref") return `PL-T${i}`;
        return bad[i]?.[0] === header ? bad[i]?.[1] : (example[c] ?? null);
      }),
    );
    rows.forEach((row, i) => {
      sheet.getRow(i + 2).values = row;
    });
    const badFile = join(dir, "bad-placements.xlsx");
    await writeFile(badFile, Buffer.from(await book.xlsx.writeBuffer()));

    const before = await forecastJson();
    const auditBefore = (await cli("audit")).stdout;
    const result = await cli("import", "placements", badFile);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("3 errors; nothing was imported");
    for (const [row, column] of [
      [3, "Placement type (PLACE)"],
      [5, "End"],
      [6, "Weekly cost (£)"],
    ] as const) {
      expect(result.stderr).toMatch(
        new RegExp(`bad-placements\\.xlsx\\s+${row}\\s+${column.replace(/[()£]/g, "\\$&")}`),
      );
    }
    expect(await forecastJson()).toEqual(before);
    expect((await cli("audit")).stdout).toBe(auditBefore);
  });
});

async function runningResidentialPlacement(): Promise<string> {
  const { openSqliteStore } = await import("../../src/store/sqlite.js");
  const s = await openSqliteStore(store);
  try {
    const rows = await s.council("DEMO").rows("placements");
    const running = rows.find((p) => p.placeCode === "K2" && p.end === null && p.costCentre);
    if (!running) throw new Error("Demoshire has no running children's home placement");
    return running.placementRef;
  } finally {
    await s.close();
  }
}
