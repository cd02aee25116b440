import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { REGISTER_NAMES } from "../../domain/registers.js";
import { LAYOUTS } from "./layouts/index.js";
import { writeTemplate } from "./template.js";

async function open(register: (typeof REGISTER_NAMES)[number]) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(await writeTemplate(register)).buffer);
  return workbook;
}

describe.each(REGISTER_NAMES)("the %s template", (register) => {
  const columns = Object.values(LAYOUTS[register].columns);

  it("has a bold, frozen header row of the register's columns, wide enough to read", async () => {
    const sheet = (await open(register)).worksheets[0];
    expect(sheet?.name).toBe(register);
    expect(sheet?.getRow(1).values).toEqual([undefined, ...columns.map((c) => c.header)]);
    expect(sheet?.getRow(1).font?.bold).toBe(true);
    expect(sheet?.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    columns.forEach((column, i) => {
      expect(sheet?.getColumn(i + 1).width).toBeGreaterThanOrEqual(column.header.length);
    });
  });

  it("offers each code column's values as a drop-down list", async () => {
    const sheet = (await open(register)).worksheets[0];
    columns.forEach((column, i) => {
      const validation = sheet?.getCell(50, i + 1).dataValidation;
      if (column.codes) expect(validation?.formulae).toEqual([`"${column.codes.join(",")}"`]);
      else expect(validation).toBeUndefined();
    });
  });

  it("explains every column on a Guide sheet", async () => {
    const guide = (await open(register)).getWorksheet("Guide");
    expect(guide?.getRow(1).values).toEqual([
      undefined,
      "Column",
      "Required",
      "Example",
      "Description",
      "Rule",
    ]);
    columns.forEach((column, i) => {
      const [, header, required, , description, rule] = (guide?.getRow(i + 2).values ?? []) as unknown[];
      expect([header, required, description]).toEqual([
        column.header,
        column.required ? "Yes" : "No",
        column.description,
      ]);
      expect(rule).toBe(column.rule);
    });
  });
});

it("spells out the PLACE codes in the placements Guide", async () => {
  const guide = (await open("placements")).getWorksheet("Guide");
  expect(String(guide?.getRow(4).getCell(5).value)).toMatch(
    /^must be one of the SSDA903 PLACE codes \(A3, A4, .* Z14\)$/,
  );
});
