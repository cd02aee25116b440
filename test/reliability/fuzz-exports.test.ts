/**
 * Formula injection: text imported into a register (a saving's name, a scenario's name, a changed
 * figure) that begins with = + - @, a tab or a return must never run when an export is opened in
 * Excel. The one formula-safe helper is safeText (src/report/safe-cells.ts): a leading apostrophe.
 * Each exporter a person opens in Excel is checked here; a number stays a number.
 */
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ScenarioComparison } from "../../src/domain/demand/scenarios/compare.js";
import { OFFICER } from "../../src/domain/disclosure/audience.js";
import { REGISTER_NAMES } from "../../src/domain/registers.js";
import { LAYOUTS } from "../../src/formats/registers/layouts/index.js";
import { writeTemplate } from "../../src/formats/registers/template.js";
import { auditCsv } from "../../src/report/audit-csv.js";
import { auditWorkbook } from "../../src/report/audit-workbook.js";
import { scenariosCsv } from "../../src/report/demand/demand-csv.js";
import type { ReportDocument } from "../../src/report/monthly/model.js";
import { reportXlsx } from "../../src/report/monthly/render-xlsx.js";
import { SHARED_ROUTES, SOLVED } from "../../src/report/transport/scenario.fixture.js";
import { scenarioWorkbook } from "../../src/report/transport/workbook.js";
import type { AuditEntry } from "../../src/store/store.js";
import { FUZZ } from "./fuzz-support.js";

/** Text a spreadsheet would take for a formula (a plain number such as -12.5 is not one). */
const runsAsFormula = (text: string) => /^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text);

const INJECTIONS = [
  '=HYPERLINK("http://x","click")',
  "@SUM(1)",
  "+cmd|' /C calc'!A0",
  "-2+3",
  "\t=1",
  "\r=1",
];
const injection = fc.oneof(
  fc.constantFrom(...INJECTIONS),
  fc
    .tuple(fc.constantFrom("=", "+", "-", "@", "\t", "\r"), fc.string({ maxLength: 20 }))
    .map(([a, b]) => a + b),
);

/** Every cell of every sheet: none may be a formula, and no text may run as one. */
async function expectSafeWorkbook(bytes: Uint8Array | Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  for (const sheet of workbook.worksheets) {
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        expect(cell.type, `${sheet.name}!${cell.address}`).not.toBe(ExcelJS.ValueType.Formula);
        if (typeof cell.value === "string")
          expect(runsAsFormula(cell.value), `${sheet.name}!${cell.address}`).toBe(false);
      }),
    );
  }
  return workbook;
}

const entry = (oldValue: string | null, newValue: string | null, by = "Jo Smith"): AuditEntry => ({
  id: 1,
  la: "901",
  at: "2024-11-01T09:00:00Z",
  by,
  register: "savings",
  key: "S-01",
  field: "name",
  oldValue,
  newValue,
  source: "import savings.csv",
});

describe("the audit exports", () => {
  it("write every formula-like value with an apostrophe, in CSV and Excel", async () => {
    await fc.assert(
      fc.asyncProperty(injection, injection, async (a, b) => {
        const entries = [entry(a, b, a)];
        const cells = (parse(auditCsv(entries)) as string[][]).slice(1).flat();
        for (const cell of cells) expect(runsAsFormula(cell), cell).toBe(false);
        expect(cells).toContain(`'${a}`);
        await expectSafeWorkbook(await auditWorkbook(entries));
      }),
      { ...FUZZ, numRuns: 25 },
    );
  });

  it("keep a number a number", async () => {
    const entries = [entry("-1250", "480000")];
    expect((parse(auditCsv(entries)) as string[][])[1]?.slice(6)).toEqual(["-1250", "480000"]);
    const sheet = (await expectSafeWorkbook(await auditWorkbook(entries))).worksheets[0];
    expect([sheet?.getCell("G2").value, sheet?.getCell("H2").value]).toEqual([-1250, 480000]);
  });
});

describe("the transport operators' workbook", () => {
  it("holds no formula and no text that runs as one (it uses safeText)", async () => {
    await expectSafeWorkbook(await scenarioWorkbook(SOLVED, SHARED_ROUTES));
  });
});

/** A report with one table whose text cells are injections, and a money column. */
function hostileReport(text: string): ReportDocument {
  return {
    title: text,
    council: { la: "901", name: text, region: "West Midlands", demo: false },
    period: "2024-25:P7",
    asAt: "2024-10-31",
    subtitle: text,
    sections: [
      {
        id: "savings",
        title: "Savings",
        blocks: [
          {
            type: "table",
            title: "Savings",
            columns: [
              { key: "name", label: "Saving", type: "text" },
              { key: "target", label: "Target", type: "money" },
            ],
            rows: [{ values: { name: text, target: -125_000 } }],
          },
        ],
      },
    ],
  };
}

describe("the monthly report workbook", () => {
  it("stores formula-like text as text, never as a formula, and money as a number", async () => {
    for (const text of INJECTIONS) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(new Uint8Array(await reportXlsx(hostileReport(text))).buffer);
      const sheet = workbook.getWorksheet("Savings") as ExcelJS.Worksheet;
      expect(sheet.getCell("A2").type).toBe(ExcelJS.ValueType.String);
      expect(sheet.getCell("B2").value).toBe(-1250);
    }
  });

  it("writes formula-like text with an apostrophe, as the transport workbook does", async () => {
    await expectSafeWorkbook(await reportXlsx(hostileReport(INJECTIONS[0] as string)));
  });
});

describe("the demand scenarios CSV", () => {
  const comparison = (name: string) =>
    ({
      scenario: { scenario: name },
      populations: [],
      years: [{ year: "2025-26", days: 365, base: 100_000, scenario: 90_000, saving: 10_000 }],
    }) as unknown as ScenarioComparison;

  it("keeps the costs numbers", () => {
    const rows = parse(scenariosCsv([comparison("Step-downs")], OFFICER)) as string[][];
    expect(rows[1]?.slice(3)).toEqual(["1000.00", "900.00", "-100.00"]);
  });

  it("writes a formula-like scenario name with an apostrophe", () => {
    const cells = (parse(scenariosCsv([comparison(INJECTIONS[0] as string)], OFFICER)) as string[][]).flat();
    for (const cell of cells) expect(runsAsFormula(cell), cell).toBe(false);
  });
});

describe("the register templates", () => {
  it("hold no formula and no example that runs as one", async () => {
    for (const register of REGISTER_NAMES.filter((name) => name in LAYOUTS))
      await expectSafeWorkbook(await writeTemplate(register));
  });
});
