/**
 * Fuzzing the register importer, CSV and XLSX, for every register layout: valid files damaged
 * (cut short, columns dropped, repeated and reordered, hostile cells, wrong encodings, NUL bytes,
 * huge cells, empty files, junk, a zip that is no workbook). The reader always answers with rows
 * or with errors naming the file and, where a row is at fault, the row and column; it never throws.
 * Through the store, a file that fails changes nothing: the register and the audit stay as they were.
 */
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REGISTER_NAMES, type RegisterName } from "../../src/domain/registers.js";
import { importRegister } from "../../src/formats/import.js";
import { LAYOUTS } from "../../src/formats/registers/layouts/index.js";
import { type ImportError, parseRegister, type RegisterFile } from "../../src/formats/registers/parse.js";
import { openSqliteStore } from "../../src/store/sqlite.js";
import type { Store } from "../../src/store/store.js";
import { damage, FUZZ, hostileCell, reshape, zipOf } from "./fuzz-support.js";

const FILE_REGISTERS = REGISTER_NAMES.filter((name) => name in LAYOUTS);

/** The register's header row and its layout's example row: a file a person could import. */
function validGrid(register: RegisterName): string[][] {
  const columns = Object.values(LAYOUTS[register].columns);
  return [columns.map((c) => c.header), columns.map((c) => c.example)];
}

const csvBytes = (grid: string[][]) => new TextEncoder().encode(stringify(grid));

async function xlsxBytes(grid: string[][], register: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(register);
  for (const row of grid) sheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** What every answer must be: rows, or errors that say where (file; row and column when a row is at fault). */
function expectClearAnswer(
  result: { rows: unknown[] } | { errors: ImportError[] },
  file: RegisterFile,
): void {
  if ("rows" in result) return;
  expect(result.errors.length).toBeGreaterThan(0);
  for (const error of result.errors) {
    expect(error.file).toBe(file.name);
    expect(error.rule.length).toBeGreaterThan(0);
    expect(Number.isInteger(error.row) && error.row >= 0).toBe(true);
    // A row at fault is named with its column, except when the file cannot be split into cells at all.
    if (error.row > 0 && !error.rule.startsWith("must be valid CSV")) expect(error.column).not.toBe("");
  }
}

const register = fc.constantFrom(...FILE_REGISTERS);

describe("the register CSV reader, fuzzed", () => {
  it("answers every damaged file of every layout with rows or clear errors", async () => {
    await fc.assert(
      fc.asyncProperty(register, reshape, hostileCell, damage, async (name, shape, cell, hurt) => {
        const file = { name: `${name}.csv`, bytes: hurt(csvBytes(cell(shape(validGrid(name))))) };
        expectClearAnswer(await parseRegister(name, file), file);
      }),
      { ...FUZZ, numRuns: 400 },
    );
  });

  it("reads every layout's own example file", async () => {
    for (const name of FILE_REGISTERS) {
      const file = { name: `${name}.csv`, bytes: csvBytes(validGrid(name)) };
      expectClearAnswer(await parseRegister(name, file), file);
    }
  });

  it("names the file for an empty file, junk, and a 5 MB cell", async () => {
    for (const bytes of [
      new Uint8Array(),
      Uint8Array.from([0, 1, 2, 0xff, 0xfe, 0]),
      csvBytes([
        ["Term", "Start", "End"],
        ["x".repeat(5_000_000), "2024-09-04", "2024-12-20"],
      ]),
    ]) {
      const file = { name: "terms.csv", bytes };
      const result = await parseRegister("terms", file);
      expect("errors" in result).toBe(true);
      expectClearAnswer(result, file);
    }
  });
});

describe("the register XLSX reader, fuzzed", () => {
  it("answers every damaged workbook with rows or clear errors", async () => {
    await fc.assert(
      fc.asyncProperty(
        register,
        reshape,
        hostileCell,
        fc.boolean(),
        damage,
        async (name, shape, cell, hurtIt, hurt) => {
          const bytes = await xlsxBytes(cell(shape(validGrid(name))), name);
          const file = { name: `${name}.xlsx`, bytes: hurtIt ? hurt(bytes) : bytes };
          expectClearAnswer(await parseRegister(name, file), file);
        },
      ),
      { ...FUZZ, numRuns: 120 },
    );
  });

  it("says a zip that is no workbook, a .xls and junk cannot be read, naming the file", async () => {
    const files: RegisterFile[] = [
      { name: "terms.xlsx", bytes: zipOf({ "readme.txt": "not a workbook" }) },
      { name: "terms.xlsx", bytes: zipOf({ "[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<<<" }) },
      { name: "terms.xlsx", bytes: new Uint8Array(2048).fill(0x41) },
      { name: "terms.xls", bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]) },
      { name: "terms.pdf", bytes: new Uint8Array([0x25, 0x50, 0x44, 0x46]) },
    ];
    for (const file of files) {
      const result = await parseRegister("terms", file);
      expect("errors" in result, file.name).toBe(true);
      expectClearAnswer(result, file);
    }
  });
});

describe("a failed import, through the store", () => {
  let store: Store;
  beforeAll(async () => {
    store = await openSqliteStore(":memory:");
    await store.migrate();
    await store.saveCouncil({ la: "901", name: "Alphashire", region: "West Midlands", demo: false });
  });
  afterAll(() => store.close());

  it("changes neither the register nor the audit trail", async () => {
    const council = store.council("901");
    const actor = { by: "fuzz", source: "import terms.csv", at: "2024-11-01T09:00:00Z" };
    const good = "Term,Start,End\nAutumn,2024-09-04,2024-12-20\nSpring,2025-01-06,2025-04-04\n";
    expect(
      await importRegister(council, "terms", { name: "terms.csv", bytes: Buffer.from(good) }, actor),
    ).toHaveProperty("replaced");
    const state = async () => ({ rows: await council.rows("terms"), audit: await council.audit() });
    await fc.assert(
      fc.asyncProperty(reshape, hostileCell, damage, async (shape, cell, hurt) => {
        const before = await state();
        const grid = cell(
          shape([
            ["Term", "Start", "End"],
            ["Summer", "2025-04-22", "2025-07-22"],
            ["Bad", "2025-09-01", "2025-08-01"],
          ]),
        );
        const outcome = await importRegister(
          council,
          "terms",
          { name: "terms.csv", bytes: hurt(csvBytes(grid)) },
          actor,
        );
        if ("errors" in outcome) expect(await state()).toEqual(before);
      }),
      { ...FUZZ, numRuns: 150 },
    );
  });
});
