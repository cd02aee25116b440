import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { safeText } from "../safe-cells.js";
import { HOSTILE_REF, SHARED_ROUTES, SOLVED } from "./scenario.fixture.js";
import { scenarioWorkbook } from "./workbook.js";

const read = async () => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await scenarioWorkbook(SOLVED, SHARED_ROUTES)) as unknown as ArrayBuffer);
  return workbook;
};
const sheet = (workbook: ExcelJS.Workbook, name: string) => workbook.getWorksheet(name) as ExcelJS.Worksheet;

describe("scenarioWorkbook: the solved scenario for operators", () => {
  it("has the summary, the routes of both runs, every stop and the pupils", async () => {
    const workbook = await read();
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Summary", "Routes", "Stops", "Pupils"]);
    const runs = [SOLVED.morning, SOLVED.afternoon];
    const stops = runs.reduce((s, p) => s + p.routes.reduce((k, r) => k + r.stops.length, 0), 0);
    expect(sheet(workbook, "Stops").rowCount).toBe(1 + stops);
    expect(sheet(workbook, "Routes").rowCount).toBe(1 + runs.reduce((s, p) => s + p.routes.length, 0));
    expect(sheet(workbook, "Pupils").rowCount).toBe(1 + SOLVED.pupils.length);
  });

  it("writes money as pounds with a £ format", async () => {
    const routes = sheet(await read(), "Routes");
    const header = (routes.getRow(1).values as unknown[]).slice(1);
    const cost = routes.getRow(2).getCell(header.indexOf("Cost") + 1);
    expect(cost.value).toBe((SOLVED.morning.routeCosts[0] ?? 0) / 100);
    expect(cost.numFmt).toContain("£");
    const summary = sheet(await read(), "Summary");
    const saving = summary.getRows(1, summary.rowCount)?.find((r) => r.getCell(1).value === "Saving a day");
    expect(saving?.getCell(2).value).toBe(SOLVED.dailySaving / 100);
  });

  it("never writes a pupil's reference as a formula", async () => {
    const workbook = await read();
    const cells: ExcelJS.Cell[] = [];
    for (const s of workbook.worksheets) s.eachRow((row) => row.eachCell((c) => cells.push(c)));
    expect(cells.filter((c) => c.type === ExcelJS.ValueType.Formula)).toEqual([]);
    expect(cells.filter((c) => typeof c.value === "string" && /^[=+\-@]/.test(c.value))).toEqual([]);
    expect(cells.filter((c) => c.value === `'${HOSTILE_REF}`).length).toBeGreaterThanOrEqual(3);
    expect([safeText("+1"), safeText("-2"), safeText("@A"), safeText("P01")]).toEqual([
      "'+1",
      "'-2",
      "'@A",
      "P01",
    ]);
  });
});
