import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { type ImportError, MAX_ERRORS, parseRegister } from "./parse.js";

const csv = (text: string) => ({ name: "upload.csv", bytes: Buffer.from(text) });
const errorsOf = (result: { rows: unknown[] } | { errors: ImportError[] }) =>
  "errors" in result ? result.errors : [];
const brief = (errors: ImportError[]) => errors.map((e) => [e.row, e.column, e.value, e.rule]);

const TERMS = "Term,Start,End\n";

describe("reading CSV", () => {
  it("handles a BOM, quoted fields and blank lines, and counts rows as a spreadsheet does", async () => {
    const text = `\uFEFF${TERMS}\n"Autumn, 2024",04/09/2024,20/12/2024\n,,\n"Spring ""25""",2025-01-06,2024-01-01\n`;
    const result = await parseRegister("terms", csv(text));
    expect(brief(errorsOf(result))).toEqual([[5, "End", "2024-01-01", "must be on or after Start"]]);
  });

  it("reads a Windows-1252 file as older Excel saves it, with its £ sign", async () => {
    const latin = Buffer.from(
      "Year,Period,Cost centre,Amount (\u00a3)\n2024-25,7,CS1,\u00a312.50\n",
      "latin1",
    );
    expect(await parseRegister("actuals", { name: "a.csv", bytes: latin })).toEqual({
      rows: [{ year: "2024-25", period: 7, costCentre: "CS1", amount: 1250 }],
    });
  });

  it("reports a broken quote as one error rather than failing", async () => {
    const errors = errorsOf(await parseRegister("terms", csv(`${TERMS}"Autumn,2024-09-04,2024-12-20\n`)));
    expect(errors).toHaveLength(1);
    expect(errors[0]?.rule).toMatch(/must be valid CSV/);
  });
});

describe("the header row", () => {
  it("matches headers without regard to case or spaces", async () => {
    const result = await parseRegister("terms", csv(" TERM ,start,E n d\nAutumn,2024-09-04,2024-12-20\n"));
    expect(result).toEqual({ rows: [{ name: "Autumn", start: "2024-09-04", end: "2024-12-20" }] });
  });

  it("names unknown and missing columns, and reads no rows", async () => {
    const errors = errorsOf(
      await parseRegister("terms", csv("Term,Begins,End\nAutumn,2024-09-04,2024-12-20\n")),
    );
    expect(errors.map((e) => [e.file, e.row, e.column])).toEqual([
      ["upload.csv", 1, "Begins"],
      ["upload.csv", 1, "Start"],
    ]);
    expect(errors[0]?.rule).toMatch(/is not a column of School terms/);
    expect(errors[1]?.rule).toBe("is a required column and is missing from row 1");
  });

  it("lets optional columns be left out of the file", async () => {
    const text = "Pupil ref,School,EHCP,Setting,Route ref,Start\nP1,Brookside,Y,special,R-1,2024-09-04\n";
    const result = await parseRegister("htst-pupils", csv(text));
    expect(result).toEqual({
      rows: [
        {
          pupilRef: "P1",
          school: "Brookside",
          ehcp: true,
          setting: "special",
          routeRef: "R-1",
          start: "2024-09-04",
          end: null,
        },
      ],
    });
  });

  it("refuses a value in a column with no header", async () => {
    const errors = errorsOf(await parseRegister("terms", csv(`${TERMS}Autumn,2024-09-04,2024-12-20,oops\n`)));
    expect(brief(errors)).toEqual([[2, "column D", "oops", "has a value but no header"]]);
  });
});

describe("rules across rows and columns", () => {
  it("reports the same key twice on the second row, naming the first", async () => {
    const text = "Year,Period,Cost centre,Amount (£)\n2024-25,7,CS1,1\n2024-25,8,CS1,2\n2024-25,P7,CS1,3\n";
    expect(brief(errorsOf(await parseRegister("actuals", csv(text))))).toEqual([
      [
        4,
        "Year, Period, Cost centre",
        "2024-25/P7/CS1",
        "must be unique in the file; row 2 has the same Year, Period, Cost centre",
      ],
    ]);
  });

  it("needs a profile that adds up to the annual budget, given in full or not at all", async () => {
    const periods = Array.from({ length: 12 }, (_, i) => `P${i + 1} (£)`).join(",");
    const head = `Year,Cost centre,Budget line,Service area,Kind,Annual budget (£),${periods}\n`;
    const line = (cc: string, annual: string, profile: string[]) =>
      `2024-25,${cc},Line,Area,other,${annual},${profile.join(",")}\n`;
    const text =
      head +
      line("A", "120", Array(12).fill("10")) +
      line("B", "121", Array(12).fill("10")) +
      line("C", "10", ["10", ...Array(11).fill("")]);
    const errors = errorsOf(await parseRegister("budget-lines", csv(text)));
    expect(errors[0]).toMatchObject({
      row: 3,
      column: "Annual budget (£)",
      value: "121",
      rule: "must equal P1 to P12 added together (£120.00)",
    });
    expect(errors.slice(1).map((e) => [e.row, e.column])).toEqual(
      Array.from({ length: 11 }, (_, i) => [4, `P${i + 2} (£)`]),
    );
  });

  it("checks the workforce, route and placement rules across columns", async () => {
    const posts =
      "Post ref,Team,Role,Cost centre,FTE,Status,Annual cost (£),Day rate (£),Start\nA,T,R,C,1,permanent,,400,2024-04-01\nB,T,R,C,1,agency,50000,,2024-04-01\n";
    expect(brief(errorsOf(await parseRegister("workforce", csv(posts)))).map((e) => e.slice(0, 2))).toEqual([
      [2, "Annual cost (£)"],
      [3, "Day rate (£)"],
    ]);
    const routes =
      "Route ref,Cost centre,Operator,Daily miles,Occupancy,Passenger assistant,Assistant daily cost (£),Start\nR,C,O,20,single,No,30,2024-09-04\n";
    expect(
      brief(errorsOf(await parseRegister("htst-routes", csv(routes)))).map((e) => e.slice(0, 2)),
    ).toEqual([
      [2, "Daily cost (£)"],
      [2, "Assistant daily cost (£)"],
    ]);
    const placement =
      "Placement ref,Child ref,Placement type (PLACE),Cost centre,Start,Weekly cost (£),In or out of area\nP,C,K2,CC,2024-04-01,100,in\n";
    expect(brief(errorsOf(await parseRegister("placements", csv(placement))))).toEqual([
      [2, "Provider type (PLACE_PROVIDER)", "", "must be given for a K2 placement"],
    ]);
  });

  it(`collects every error up to ${MAX_ERRORS}, then says it stopped`, async () => {
    const text = TERMS + "Autumn,someday,2024-12-20\n".repeat(MAX_ERRORS + 50);
    const errors = errorsOf(await parseRegister("terms", csv(text)));
    expect(errors).toHaveLength(MAX_ERRORS + 1);
    expect(errors[MAX_ERRORS - 1]?.row).toBe(MAX_ERRORS + 1);
    expect(errors[MAX_ERRORS]).toMatchObject({
      row: 0,
      rule: expect.stringMatching(/stopped after 1000 errors/),
    });
  });
});

describe("reading XLSX", () => {
  async function workbook(build: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
    const book = new ExcelJS.Workbook();
    build(book);
    return Buffer.from(await book.xlsx.writeBuffer());
  }

  it("prefers the sheet named after the register and reads rich text, formula results and dates", async () => {
    const bytes = await workbook((book) => {
      book.addWorksheet("Notes").addRow(["not this one"]);
      const sheet = book.addWorksheet("Terms");
      sheet.addRow(["Term", "Start", "End"]);
      sheet.addRow([
        { richText: [{ text: "Autumn " }, { text: "2024", font: { bold: true } }] },
        new Date(Date.UTC(2024, 8, 4)),
        { formula: "B2+107", result: new Date(Date.UTC(2024, 11, 20)) },
      ]);
    });
    expect(await parseRegister("terms", { name: "t.xlsx", bytes })).toEqual({
      rows: [{ name: "Autumn 2024", start: "2024-09-04", end: "2024-12-20" }],
    });
  });

  it("names Excel errors and formulas with no saved result", async () => {
    const bytes = await workbook((book) => {
      const sheet = book.addWorksheet("Sheet1");
      sheet.addRow(["Term", "Start", "End"]);
      sheet.addRow(["Autumn", { error: "#N/A" }, { formula: "B2+107" }]);
    });
    expect(brief(errorsOf(await parseRegister("terms", { name: "t.xlsx", bytes })))).toEqual([
      [2, "Start", "#N/A", "holds the Excel error #N/A; it must hold a value"],
      [
        2,
        "End",
        "=B2+107",
        "is a formula with no saved result; open the file in Excel, save it and import it again",
      ],
    ]);
  });

  it("gives one error at row 0 for a damaged workbook or an unknown kind of file", async () => {
    const damaged = await parseRegister("terms", {
      name: "t.xlsx",
      bytes: Buffer.from("PK\u0003\u0004 not really a zip"),
    });
    expect(brief(errorsOf(damaged))).toEqual([[0, "", "", expect.stringMatching(/damaged or not \.xlsx/)]]);
    const old = await parseRegister("terms", { name: "t.xls", bytes: Buffer.from("") });
    expect(brief(errorsOf(old))).toEqual([
      [0, "", "", "is an old-style .xls workbook; save it as .xlsx or .csv"],
    ]);
  });
});

describe("the assumptions register", () => {
  it("takes the small-number threshold only as a whole number of 1 or more", async () => {
    const text =
      "Assumption,Value,Note\nsmall-number-threshold,9,As our data protection officer asked\nhistory-months,2.5,\n";
    expect(await parseRegister("assumptions", csv(text))).toEqual({
      rows: [
        { name: "small-number-threshold", value: 9, note: "As our data protection officer asked" },
        { name: "history-months", value: 2.5, note: "" },
      ],
    });
    for (const bad of ["0", "2.5"]) {
      const errors = errorsOf(
        await parseRegister("assumptions", csv(`Assumption,Value\nsmall-number-threshold,${bad}\n`)),
      );
      expect(brief(errors)).toEqual([[2, "Value", bad, "must be a whole number of 1 or more"]]);
    }
  });
});
