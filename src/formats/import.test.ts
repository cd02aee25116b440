import ExcelJS from "exceljs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openSqliteStore } from "../store/sqlite.js";
import type { Actor, CouncilStore, Store } from "../store/store.js";
import { formatImportErrors, type ImportError, importRegister } from "./import.js";
import { parseRegister } from "./registers/parse.js";

const HEADER = [
  "Placement ref",
  "Child ref",
  "Placement type (PLACE)",
  "Provider type (PLACE_PROVIDER)",
  "Provider",
  "Cost centre",
  "Start",
  "Planned end",
  "End",
  "Weekly cost (£)",
  "In or out of area",
];
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const good = (ref: string) => [
  ref,
  `C-${ref}`,
  "U4",
  "PR4",
  "Bright Futures IFA",
  "CS4130",
  day("2024-05-01"),
  null,
  null,
  912.4,
  "in",
];

const residential = (ref: string, bad: { place?: string; end?: Date; weeklyCost?: string }) => {
  const { place = "K2", end = null, weeklyCost = 4860 } = bad;
  return [
    ref,
    `C-${ref}`,
    place,
    "PR4",
    "Oakfield",
    "CS4120",
    day("2024-06-03"),
    null,
    end,
    weeklyCost,
    "out",
  ];
};

/** Placements with three bad rows (4, 6 and 7) among good ones. */
async function placementsWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("placements");
  sheet.addRow(HEADER);
  sheet.addRow(good("PL-1"));
  sheet.addRow(good("PL-2"));
  sheet.addRow(residential("PL-3", { place: "K9" }));
  sheet.addRow(good("PL-4"));
  sheet.addRow(residential("PL-5", { end: day("2024-06-01") }));
  sheet.addRow(residential("PL-6", { weeklyCost: "12.345" }));
  sheet.addRow(good("PL-7"));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe("a placements workbook with three bad rows", () => {
  it("gives exactly three errors, each naming its row and column", async () => {
    const result = await parseRegister("placements", {
      name: "placements.xlsx",
      bytes: await placementsWorkbook(),
    });
    const errors = "errors" in result ? result.errors : [];
    expect(errors.map((e) => [e.file, e.row, e.column, e.value])).toEqual([
      ["placements.xlsx", 4, "Placement type (PLACE)", "K9"],
      ["placements.xlsx", 6, "End", "2024-06-01"],
      ["placements.xlsx", 7, "Weekly cost (£)", "12.345"],
    ]);
    expect(errors.map((e) => e.rule)).toEqual([
      "must be one of the SSDA903 PLACE codes",
      "must be on or after Start",
      "must be an amount in pounds with at most 2 decimal places, e.g. 1234.56",
    ]);
  });
});

describe("importing into the store", () => {
  const la = "E06000999";
  const actor: Actor = { by: "finance.officer", source: "import test", at: "2024-11-08T09:00:00Z" };
  let store: Store;
  let council: CouncilStore;

  beforeEach(async () => {
    store = await openSqliteStore(":memory:");
    await store.migrate();
    await store.saveCouncil({ la, name: "Demoshire", region: "West Midlands", demo: true });
    council = store.council(la);
  });
  afterEach(() => store.close());

  const actualsCsv = (lines: string[]) => ({
    name: "actuals.csv",
    bytes: Buffer.from(`Year,Period,Cost centre,Amount (£)\n${lines.join("\n")}\n`),
  });

  it("changes nothing when the file has any error", async () => {
    await importRegister(
      council,
      "placements",
      {
        name: "ok.csv",
        bytes: Buffer.from(`${HEADER.join(",")}\nPL-0,C-0,U4,PR4,IFA,CS4130,2024-05-01,,,900,in\n`),
      },
      actor,
    );
    const before = { rows: await council.rows("placements"), audit: await council.audit() };

    const outcome = await importRegister(
      council,
      "placements",
      { name: "placements.xlsx", bytes: await placementsWorkbook() },
      actor,
    );

    expect("errors" in outcome && outcome.errors).toHaveLength(3);
    expect({ rows: await council.rows("placements"), audit: await council.audit() }).toEqual(before);
  });

  it("replaces a re-imported period rather than adding to it, and keeps other periods", async () => {
    await importRegister(
      council,
      "actuals",
      actualsCsv(["2024-25,6,CS4120,90000", "2024-25,7,CS4120,100000", "2024-25,7,CS4130,5000"]),
      actor,
    );

    const again = await importRegister(
      council,
      "actuals",
      actualsCsv(["2024-25,7,CS4120,100000", "2024-25,7,CS4130,5250.50"]),
      actor,
    );

    expect(again).toEqual({ replaced: { inserted: 0, updated: 1, deleted: 0, unchanged: 1 } });
    const rows = await council.rows("actuals");
    expect(rows.map((r) => [r.period, r.costCentre, r.amount]).sort()).toEqual([
      [6, "CS4120", 9_000_000],
      [7, "CS4120", 10_000_000],
      [7, "CS4130", 525_050],
    ]);
  });
});

describe("formatImportErrors", () => {
  it("lays the errors out as a table a person can read in a terminal", () => {
    const errors: ImportError[] = [
      {
        file: "placements.xlsx",
        row: 4,
        column: "Placement type (PLACE)",
        value: "K9",
        rule: "must be one of the SSDA903 PLACE codes",
      },
      { file: "placements.xlsx", row: 0, column: "", value: "", rule: "stopped after 1000 errors" },
    ];
    expect(formatImportErrors(errors).split("\n")).toEqual([
      "2 errors; nothing was imported.",
      "File             Row  Column                  Value  Rule",
      "---------------  ---  ----------------------  -----  --------------------------------------",
      "placements.xlsx  4    Placement type (PLACE)  K9     must be one of the SSDA903 PLACE codes",
      "placements.xlsx  -                                   stopped after 1000 errors",
    ]);
  });
});

describe("the scrutiny rules across registers on import", () => {
  const la = "E06000999";
  const actor: Actor = { by: "scrutiny.officer", source: "import test", at: "2024-11-08T09:00:00Z" };

  it("refuses actions whose recommendation is not in the register, naming the row, and changes nothing", async () => {
    const store = await openSqliteStore(":memory:");
    await store.migrate();
    await store.saveCouncil({ la, name: "Demoshire", region: "West Midlands", demo: true });
    const council = store.council(la);
    const outcome = await importRegister(
      council,
      "scrutiny-actions",
      {
        name: "actions.csv",
        bytes: Buffer.from(
          "Ref,Recommendation,Action,Owner,Due,Done on,Progress\nA1,R9,Review SEND transport,Head of SEND,2024-12-31,,\n",
        ),
      },
      actor,
    );
    expect("errors" in outcome && outcome.errors.map((e) => [e.file, e.row, e.column, e.value])).toEqual([
      ["actions.csv", 2, "Recommendation", "R9"],
    ]);
    expect(await council.rows("scrutiny-actions")).toEqual([]);
    expect(await council.audit()).toEqual([]);
    await store.close();
  });
});
