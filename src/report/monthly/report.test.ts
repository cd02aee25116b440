/**
 * The monthly report model on Demoshire: its sections in order, tables whose totals are the
 * forecast's, a headline a councillor can read, and drill-down that adds up to each line.
 */
import { describe, expect, it } from "vitest";
import { DEMOSHIRE_AS_AT, DEMOSHIRE_SEED, generateCouncil } from "../../demo/generate.js";
import { parsePeriodRef } from "../../domain/calendar/financial.js";
import { OFFICER } from "../../domain/disclosure/audience.js";
import { forecastOutturn } from "../../domain/outturn/forecast.js";
import { lineDetail, serviceAreaDetail } from "./drill-down.js";
import { reportFileName } from "./file-name.js";
import type { ReportTable } from "./model.js";
import { monthlyReport } from "./report.js";
import { headline, roundedPounds } from "./summary.js";

const { council, registers } = generateCouncil({ seed: DEMOSHIRE_SEED, scale: 1, asAt: DEMOSHIRE_AS_AT });
const outturn = forecastOutturn(registers, parsePeriodRef("2024-25:P7"));
const report = monthlyReport({ council, audience: OFFICER, outturn, registers });
const tables = (sections: { blocks: { type: string }[] }[]) =>
  sections.flatMap((s) => s.blocks).filter((b): b is ReportTable => b.type === "table");
const sum = (values: unknown[]) => values.reduce((a: number, v) => a + (v as number), 0);

describe("monthlyReport", () => {
  it("reads top to bottom as a councillor needs it: summary, pressures, outturn, savings, scrutiny, the services in depth, the MTFP", () => {
    // Without snapshots there is no movement or accuracy to show; Demoshire has no data warnings.
    expect(report.sections.map((s) => s.id)).toEqual([
      "summary",
      "variance",
      "outturn",
      "forecast-chart",
      "savings",
      "measures",
      "scrutiny",
      "high-cost",
      "unit-costs",
      "workforce",
      "transport",
      "mtfp",
    ]);
    expect(report.title).toBe("Monthly outturn report 2024-25:P7");
    expect(report.sections[3]?.blocks[0]?.type).toBe("chart");
  });

  it("gives every table a unique title, so each can be a worksheet", () => {
    const titles = tables(report.sections).map((t) => t.title.toLowerCase());
    expect(new Set(titles).size).toBe(titles.length);
  });

  it("totals each money column to the forecast's total, in pence, and its lines to the total", () => {
    const table = (title: string) => tables(report.sections).find((t) => t.title === title);
    const [summary, byLine] = [table("Summary"), table("Outturn by line")];
    for (const field of ["budget", "actualToDate", "forecast", "variance"] as const) {
      expect(summary?.total?.values[field]).toBe(outturn.total[field]);
      expect(byLine?.total?.values[field]).toBe(outturn.total[field]);
      const lines = byLine?.rows.filter((r) => !r.subtotal) ?? [];
      expect(lines).toHaveLength(outturn.lines.length);
      expect(sum(lines.map((r) => r.values[field]))).toBe(outturn.total[field]);
      const areas = byLine?.rows.filter((r) => r.subtotal) ?? [];
      expect(sum(areas.map((r) => r.values[field]))).toBe(outturn.total[field]);
    }
  });

  it("says the variance in a sentence a councillor can read", () => {
    expect(report.sections[0]?.intro).toBe(report.headline);
    const total = { ...outturn.total, budget: 65_132_000_00, variance: 1_320_935_00 };
    expect(headline({ ...outturn, total })).toBe(
      "Forecast overspend of £1.3m (2.0%) against a budget of £65.1m at 2024-25:P7.",
    );
    const under = { ...outturn, total: { ...total, variance: -42_000_00 } };
    expect(headline(under)).toMatch(/^Forecast underspend of £42k \(0\.1%\)/);
    expect([roundedPounds(125_000_000), roundedPounds(-85_049_99), roundedPounds(41_999)]).toEqual([
      "£1.3m",
      "-£85k",
      "£420",
    ]);
  });

  it("names its files after the council and period", () => {
    expect(reportFileName(report, "pdf")).toBe("demoshire-2024-25-P7.pdf");
  });
});

describe("drill-down", () => {
  it("shows a service area's lines, each leading to the line, with the area's total", () => {
    const area = outturn.serviceAreas[0];
    const doc = serviceAreaDetail(council, outturn, area?.serviceArea ?? "");
    const [table] = tables(doc?.sections ?? []);
    expect(table?.total?.values.forecast).toBe(area?.forecast);
    expect(table?.rows.every((r) => r.drill?.kind === "line")).toBe(true);
    expect(serviceAreaDetail(council, outturn, "No such area")).toBeNull();
  });

  it("breaks every line's remaining cost into drivers, and each item driver into its rows, to the penny", () => {
    for (const line of outturn.lines.filter((l) => l.kind !== "savings")) {
      const doc = lineDetail(council, outturn, registers, line.costCentre, OFFICER);
      const [, drivers, ...items] = tables(doc?.sections ?? []);
      expect(drivers?.total?.values.amount).toBe(line.remaining);
      expect(sum(drivers?.rows.map((r) => r.values.amount) ?? [])).toBe(line.remaining);
      for (const table of items) {
        const driver = drivers?.rows.find((r) =>
          String(table.total?.values.key).startsWith(`${r.values.driver} (`),
        );
        expect(table.total?.values.remaining).toBe(driver?.values.amount);
        expect(sum(table.rows.map((r) => r.values.remaining))).toBe(driver?.values.amount);
      }
    }
    const [, , placements] = tables(
      lineDetail(council, outturn, registers, "LAC-RES", OFFICER)?.sections ?? [],
    );
    expect(placements?.rows.length).toBeGreaterThan(10);
    expect(lineDetail(council, outturn, registers, "NO-SUCH", OFFICER)).toBeNull();
  });

  it("breaks the savings at risk line into its savings, each leading to its evidence", () => {
    const line = outturn.lines.find((l) => l.kind === "savings");
    const doc = lineDetail(council, outturn, registers, line?.costCentre ?? "", OFFICER);
    const [, savings] = tables(doc?.sections ?? []);
    expect(savings?.rows.length).toBeGreaterThan(0);
    expect(savings?.rows.every((r) => r.drill?.kind === "saving")).toBe(true);
    expect(savings?.total?.values.atRisk).toBe(line?.variance);
  });

  it("shows a child only by the pseudonymised reference", () => {
    const line = outturn.lines.find((l) => l.kind === "placements" && l.remaining > 0);
    const doc = lineDetail(council, outturn, registers, line?.costCentre ?? "", OFFICER);
    const placements = tables(doc?.sections ?? []).find((t) => t.title === "Placements");
    expect(placements?.columns.map((c) => c.key)).toEqual([
      "key",
      "childRef",
      "type",
      "provider",
      "rate",
      "remaining",
    ]);
    const first = placements?.rows[0]?.values;
    const placement = registers.placements.find((p) => p.placementRef === first?.key);
    expect(first?.childRef).toBe(placement?.childRef);
  });
});
