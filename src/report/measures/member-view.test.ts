/**
 * What a member sees of the measures: no count of children from 1 to 4, nor a share, rate, RAG
 * rating or direction made from one, in the view, the page's table or the workbook; and the
 * placement mix suppressed as one table, so a hidden count cannot be worked out from the others.
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { emptyHistory, type MeasuresReport, measuresAt } from "../../domain/measures/engine.js";
import { childOf, episode, fixtureHistory } from "../../domain/measures/fixtures.js";
import { emptyRegisters } from "../../domain/registers.js";
import { reportXlsx } from "../monthly/render-xlsx.js";
import { measuresDocument } from "./measures-document.js";
import { memberView, officerView } from "./member-view.js";

const period = { year: "2023-24", period: 12 } as const;
const council = { la: "901", name: "Alphashire", region: "West Midlands", demo: false };
const registers = {
  ...emptyRegisters(),
  measureValues: [{ measure: "under-18-population", period: "2023-24:P1", value: 1_400 }],
};
const report = measuresAt({ registers, history: fixtureHistory(), period });
const byId = <M extends { definition: { id: string } }>(r: { measures: M[] }, id: string) =>
  r.measures.find((m) => m.definition.id === id);

/** Every figure a member-facing table shows that is a count from 1 to 4 ("2 of 7" counts both). */
function smallCounts(cells: string[]): string[] {
  return cells.filter((cell) => /^[1-4]$/.test(cell) || /(^|\D)[1-4] of |of [1-4]$/.test(cell));
}

describe("the member view of the hand-made history at 31 March 2024", () => {
  const view = memberView(report);

  it("hides shares made from 1 to 4 children, with their counts, RAG and direction", () => {
    // 2 of 7 children had 3 or more placements.
    expect(byId(view, "stability-3-plus")).toMatchObject({
      value: null,
      numerator: null,
      denominator: null,
      rag: null,
      direction: null,
      suppressed: true,
    });
    expect(byId(view, "cla-starters")).toMatchObject({ value: null, suppressed: true });
    expect(byId(view, "missing-share")).toMatchObject({ value: null, suppressed: true });
  });

  it("shows a count of 5 or more, and the rate made from it", () => {
    expect(byId(view, "cla-count")).toMatchObject({ value: 7 });
    expect(byId(view, "cla-rate")).toMatchObject({ value: 50 });
    expect(byId(view, "cla-count")?.history.at(-4)).toMatchObject({ value: 8 });
  });

  it("leaves the officer view as the engine made it", () => {
    expect(byId(officerView(report), "stability-3-plus")).toMatchObject({
      numerator: 2,
      denominator: 7,
      rag: "red",
    });
  });

  it("shows no count from 1 to 4 in the page's table or the workbook", async () => {
    const doc = measuresDocument(council, view);
    const table = doc.sections[0]?.blocks[0];
    if (table?.type !== "table") throw new Error("no table");
    const cells = table.rows.flatMap((r) => [String(r.values.value ?? ""), String(r.values.counts ?? "")]);
    expect(smallCounts(cells)).toEqual([]);
    expect(cells.filter((c) => c === "[c]").length).toBeGreaterThanOrEqual(8);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(await reportXlsx(doc)).buffer);
    const texts: string[] = [];
    for (const sheet of workbook.worksheets)
      sheet.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value ?? ""))));
    expect(texts).toContain("[c]");
    expect(smallCounts(texts.filter((t) => / of /.test(t)))).toEqual([]);
  });

  it("names what it does not show, and the officer view warns that it shows all", () => {
    expect(measuresDocument(council, view).sections[0]?.notes?.[0]?.text).toBe(
      "Counts of children from 1 to 4 are not shown ([c]), nor any share, RAG rating or direction made from them.",
    );
    expect(measuresDocument(council, officerView(report)).sections[0]?.notes?.[0]).toMatchObject({
      alert: true,
    });
  });
});

/** `n` children in the same placement since 2020, each looked after at 31 March 2024. */
const placed = (prefix: string, n: number, place: string, provider: string) =>
  Array.from({ length: n }, (_, i) =>
    childOf(`${prefix}${i}`, "2012-01-01", [
      episode(`${prefix}${i}`, "2020-01-01", null, "S", place, provider),
    ]),
  );

describe("secondary suppression of the placement mix", () => {
  // 20 in-house, 10 IFA, 6 kinship, 3 residential and no other placement: 39 children.
  const children = [
    ...placed("H", 20, "U4", "PR1"),
    ...placed("I", 10, "U4", "PR4"),
    ...placed("K", 6, "U1", "PR1"),
    ...placed("R", 3, "K2", "PR4"),
  ];
  const mix = measuresAt({ registers: emptyRegisters(), history: fixtureHistory(children), period });
  const view = memberView(mix);

  it("hides the residential share (3) and, so that it cannot be worked out from the rest, the kinship and foster shares", () => {
    const hidden = view.measures.filter((m) => m.suppressed).map((m) => m.definition.id);
    expect(hidden).toEqual(["placed-foster", "placed-residential", "placed-kinship"]);
    expect(byId(view, "foster-ifa-share")).toMatchObject({ numerator: 10, denominator: 30 });
    expect(byId(view, "cla-count")).toMatchObject({ value: 39 });
  });

  it("shows the whole mix when no count is small", () => {
    const large = [...children, ...placed("S", 2, "K2", "PR4")];
    const shown = memberView(
      measuresAt({ registers: emptyRegisters(), history: fixtureHistory(large), period }),
    );
    expect(shown.measures.filter((m) => m.suppressed)).toEqual([]);
  });

  it("needs no SSDA903 history: finance and entered measures are never suppressed", () => {
    const bare = memberView(measuresAt({ registers, history: emptyHistory(), period }) as MeasuresReport);
    expect(bare.measures.filter((m) => m.suppressed)).toEqual([]);
  });
});
