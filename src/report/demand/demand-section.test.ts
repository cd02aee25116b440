/**
 * The demand projection in the councillors' pack: Demoshire's monthly report carries the section,
 * with the chart and its bands, the children by category at each 31 March, the cost by year and the
 * backtest in words, the same figures as the /demand page; a council without SSDA903 returns has none.
 */
import { describe, expect, it } from "vitest";
import { DEMOSHIRE_AS_AT, DEMOSHIRE_SEED, generateCouncil } from "../../demo/generate.js";
import { parsePeriodRef } from "../../domain/calendar/financial.js";
import { audienceFor, OFFICER } from "../../domain/disclosure/audience.js";
import { forecastOutturn } from "../../domain/outturn/forecast.js";
import { mergeHistory } from "../../domain/ssda903/clean.js";
import type { ReportChart, ReportTable } from "../monthly/model.js";
import { monthlyReport } from "../monthly/report.js";
import { councilDemand } from "./council-demand.js";
import { demandSeries } from "./demand-series.js";

const { council, registers, ssda903 } = generateCouncil({
  seed: DEMOSHIRE_SEED,
  scale: 1,
  asAt: DEMOSHIRE_AS_AT,
});
const history = mergeHistory(ssda903);
const outturn = forecastOutturn(registers, parsePeriodRef("2024-25:P7"));
const report = (audience = OFFICER, withHistory = true) =>
  monthlyReport({ council, registers, audience, outturn, ...(withHistory ? { ssda903: history } : {}) });

describe("the pack's demand section", () => {
  it("shows the projection with its bands, the children at each 31 March, the cost by year and the backtest", () => {
    const section = report().sections.find((s) => s.id === "demand");
    if (!section) throw new Error("no demand section");
    const demand = councilDemand(registers, history, "2024-10-31");
    if (!demand?.backtest.ok) throw new Error("Demoshire has a backtest");
    expect(section.title).toBe("Demand and cost projection");
    expect(section.notes?.[0]?.text).toBe(`Backtest: ${demand.backtest.summary}`);
    const chart = section.blocks[0] as ReportChart;
    const names = (chart.option.series as { name: string }[]).map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(["Total", "Total ±2σ", "Fostering ±2σ", "Other ±2σ"]));

    const byCategory = section.blocks.find(
      (b) => b.title === "Demand: Projected by placement category",
    ) as ReportTable;
    expect(byCategory.columns.map((c) => c.label)).toEqual([
      "Placement category",
      "Start 31 Oct 2024",
      "31 Mar 2025",
      "31 Mar 2026",
      "End 31 Oct 2026",
    ]);
    const series = demandSeries(demand.projection);
    const march = series.dates.indexOf("2025-03-31");
    const residential = byCategory.rows.find((r) => r.values.category === "Residential");
    expect(residential?.values[`d${march}`]).toBe(Math.round(series.population.Residential[march] ?? 0));

    const cost = section.blocks.find((b) => b.title === "Demand: Cost by financial year") as ReportTable;
    expect(cost.rows.map((r) => r.values.total)).toEqual(demand.cost.years.map((y) => y.total));
    expect(cost.rows.map((r) => r.values.year)).toEqual(["2024-25 (part)", "2025-26", "2026-27 (part)"]);
  });

  it("shows a member the marker for a category that rounds to 1 to 4, with a gap in its line, and is absent without returns", () => {
    const small = generateCouncil({ seed: 7, scale: 0.2, asAt: DEMOSHIRE_AS_AT });
    const input = {
      council: small.council,
      registers: small.registers,
      outturn: forecastOutturn(small.registers, parsePeriodRef("2024-25:P7")),
      ssda903: mergeHistory(small.ssda903),
    };
    const section = (audience: typeof OFFICER) =>
      monthlyReport({ ...input, audience }).sections.find((s) => s.id === "demand");
    const officer = section(OFFICER);
    const member = section(audienceFor("member", small.registers.assumptions));
    const table = (s: typeof officer) =>
      s?.blocks.find((b) => b.title === "Demand: Projected by placement category") as ReportTable;
    const cells = (t: ReportTable) => t.rows.flatMap((r) => t.columns.slice(1).map((c) => r.values[c.key]));
    const officerCells = cells(table(officer));
    const smallAt = officerCells.findIndex((v) => typeof v === "number" && v >= 1 && v <= 4);
    expect(smallAt).toBeGreaterThanOrEqual(0);
    expect(cells(table(member))[smallAt]).toBe("[c]");
    const line = (s: typeof officer, name: string) => {
      const chart = s?.blocks[0] as ReportChart | undefined;
      const series = chart?.option.series as { name: string; data: (number | null)[] }[] | undefined;
      return series?.find((x) => x.name === name)?.data ?? [];
    };
    const category = table(officer).rows[Math.floor(smallAt / (table(officer).columns.length - 1))]?.values
      .category as string;
    const hidden = line(officer, category).findIndex(
      (v) => v !== null && Math.round(v) >= 1 && Math.round(v) <= 4,
    );
    expect(hidden).toBeGreaterThanOrEqual(0);
    expect(line(member, category)[hidden]).toBeNull();
    expect(line(member, `${category} ±2σ`)[hidden]).toBeNull();
    expect(report(OFFICER, false).sections.some((s) => s.id === "demand")).toBe(false);
  });
});
