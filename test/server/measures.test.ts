/**
 * The measures that matter over the real server and SQLite store: a council with a small SSDA903
 * return (the hand-made history) and entered measures, and one with registers only. The page puts
 * finance and service side by side and drills to each measure; nothing a member sees shows a count
 * of children from 1 to 4; the workbook is the same; an unknown measure is a clear 404.
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { FIXTURE_CHILDREN } from "../../src/domain/measures/fixtures.js";
import { SSDA903_TABLES, type Ssda903Return, type Ssda903Row } from "../../src/domain/ssda903/tables.js";
import { sampleRegisters } from "../../src/report/savings/sample-registers.js";
import { pdfPages } from "../support/pdf-text.js";
import { sampleServer } from "../support/sample-server.js";

const PERIOD = "2023-24:P12";

/** The hand-made children as the 2023-24 return (collection year 2024), one row per header and episode. */
function fixtureReturn(): Ssda903Return {
  const tables = Object.fromEntries(SSDA903_TABLES.map((t) => [t, [] as Ssda903Row[]])) as Record<
    (typeof SSDA903_TABLES)[number],
    Ssda903Row[]
  >;
  FIXTURE_CHILDREN.forEach((c, i) => {
    tables.header.push({
      file: "2024/header.csv",
      row: i + 2,
      values: { CHILD: c.child, SEX: c.sex, DOB: c.dob, ETHNIC: c.ethnic },
    });
    for (const e of c.episodes)
      tables.episodes.push({
        file: "2024/episodes.csv",
        row: tables.episodes.length + 2,
        values: {
          CHILD: e.child,
          DECOM: e.decom,
          RNE: e.rne,
          LS: e.ls,
          CIN: e.cin,
          PLACE: e.place,
          PLACE_PROVIDER: e.placeProvider,
          DEC: e.dec ?? "",
          REC: e.rec,
          REASON_PLACE_CHANGE: "",
          HOME_POST: e.homePost,
          PL_POST: e.plPost,
          URN: e.urn,
        },
      });
    for (const m of c.missing)
      tables.missing.push({
        file: "2024/missing.csv",
        row: tables.missing.length + 2,
        values: { CHILD: c.child, DOB: c.dob, MISSING: m.missing, MIS_START: m.start, MIS_END: m.end ?? "" },
      });
  });
  return { year: 2024, tables };
}

const registers = {
  ...sampleRegisters(),
  measureValues: [
    { measure: "ehcp-20-weeks", period: PERIOD, value: 61.5 },
    { measure: "under-18-population", period: "2023-24:P1", value: 1_400 },
  ],
  measureComments: [
    {
      measure: "ehcp-20-weeks",
      period: PERIOD,
      date: "2024-04-10",
      author: "Head of SEND",
      text: "Two locum psychologists joined",
    },
  ],
  measureSettings: [{ measure: "ehcp-20-weeks", target: 65, tolerance: 5, owner: "Head of SEND" }],
};
const get = sampleServer(registers, [fixtureReturn()]);
const cell = (body: string, measure: string, column: string) =>
  new RegExp(`<a href="/measures/${measure}[^"]*">.*?</tr>`, "s")
    .exec(body)?.[0]
    .match(new RegExp(`data-column="${column}"[^>]*>([^<]*)<`))?.[1];

describe("the measures pages", () => {
  it("puts finance and service measures side by side, each leading to its drill-down, in the site's navigation", async () => {
    const page = await get(`/measures?la=901&period=${PERIOD}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("Alphashire: Measures that matter at 2023-24:P12");
    expect(cell(page.body, "agency-social-workers", "area")).toBe("Finance");
    expect(cell(page.body, "cla-count", "area")).toBe("Service");
    expect(cell(page.body, "cla-count", "value")).toBe("7");
    expect(cell(page.body, "ehcp-20-weeks", "rag")).toBe("Amber");
    expect(page.body).toContain(`<a href="/measures/ehcp-20-weeks?la=901&amp;period=2023-24%3AP12">`);
    expect(page.body).toContain(`href="/measures.xlsx?la=901&amp;period=2023-24%3AP12">Download Excel`);
    const savings = await get("/savings?la=901");
    expect(savings.body).toContain(`href="/measures?la=901&amp;period=2024-25%3AP7">Measures`);
  });

  it("shows no count of children from 1 to 4, nor a share made from one", async () => {
    const page = await get(`/measures?la=901&period=${PERIOD}`);
    for (const measure of ["stability-3-plus", "cla-starters", "placed-residential", "missing-share"])
      expect(cell(page.body, measure, "value")).toBe("[c]");
    const counts = [...page.body.matchAll(/data-column="counts"[^>]*>([^<]*)</g)].map((m) => m[1] ?? "");
    expect(counts.filter((c) => /(^|\D)[1-4] of|of [1-4]$/.test(c))).toEqual([]);
    const detail = await get(`/measures/stability-3-plus?la=901&period=${PERIOD}`);
    expect(detail.body).toContain("This period&#39;s figure is made from too few children to show.");
    expect(detail.body).not.toMatch(/>[1-4] of \d+</);
  });

  it("drills to a measure's history chart, its table and the period's commentary", async () => {
    const detail = await get(`/measures/ehcp-20-weeks?la=901&period=${PERIOD}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.body).toContain('<figure aria-label="EHC plans issued within 20 weeks: history">');
    expect(detail.body).toContain(`<table data-table="History">`);
    expect(detail.body).toContain("Two locum psychologists joined");
    expect(detail.body).toContain("65.0% (amber within 5.0%)");
    const unknown = await get("/measures/no-such-measure?la=901");
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).toContain("No measure &quot;no-such-measure&quot; in Outturn&#39;s catalogue.");
  });

  it("downloads the same suppressed table as a workbook", async () => {
    const file = await get(`/measures.xlsx?la=901&period=${PERIOD}`);
    expect(file.statusCode).toBe(200);
    expect(file.headers["content-disposition"]).toBe(
      'attachment; filename="alphashire-measures-2023-24-P12.xlsx"',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(file.rawPayload).buffer);
    const texts: string[] = [];
    for (const sheet of workbook.worksheets)
      sheet.eachRow((row) => row.eachCell((c) => texts.push(String(c.value ?? ""))));
    expect(texts).toContain("[c]");
    expect(texts).toContain("Children looked after with 3 or more placements in the year");
    expect(texts.filter((t) => /(^|\D)[1-4] of|of [1-4]$/.test(t))).toEqual([]);
  });

  it("prints the same suppressed table as a PDF", async () => {
    const file = await get(`/measures.pdf?la=901&period=${PERIOD}`);
    expect(file.statusCode).toBe(200);
    const text = pdfPages(file.rawPayload).flat().join(" ");
    expect(text).toContain("[c]");
    expect(text).toContain("Measures that matter");
  });

  it("works for a council with registers only: each service measure says no return has been imported", async () => {
    const page = await get("/measures?la=902");
    expect(page.statusCode).toBe(200);
    expect(cell(page.body, "cla-count", "value")).toBe("not available");
    const detail = await get("/measures/cla-count?la=902");
    expect(detail.body).toContain("No SSDA903 return has been imported.");
  });
});
