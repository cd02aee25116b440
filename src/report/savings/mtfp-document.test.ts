/**
 * The MTFP as a document, on the seed's 2024-27 plan: each year's build-up in Table 3's order to the
 * pound, the years side by side as Table 4 with its TOTAL savings, Table 5 by programme, the chart
 * of base budget and gap, and a scenario compared with the plan year by year.
 */
import { describe, expect, it } from "vitest";
import { parsePeriodRef } from "../../domain/calendar/financial.js";
import { OFFICER } from "../../domain/disclosure/audience.js";
import { toThousands } from "../../domain/money/money.js";
import { forecastOutturn } from "../../domain/outturn/forecast.js";
import { emptyRegisters } from "../../domain/registers.js";
import type { ReportChart, ReportTable } from "../monthly/model.js";
import { reportHtml } from "../monthly/render-html.js";
import { monthlyReport } from "../monthly/report.js";
import { mtfpDocument, mtfpSection, mtfpWithScenarios } from "./mtfp-document.js";
import { sampleRegisters } from "./sample-registers.js";

const council = { la: "901", name: "Alphashire", region: "West Midlands", demo: false };
const registers = sampleRegisters();
const mtfp = mtfpWithScenarios(registers);
if (!mtfp) throw new Error("no plan");
const { plan, scenarios } = mtfp;
const doc = mtfpDocument(council, plan, scenarios, "2024-11-04");
const blocks = doc.sections.flatMap((s) => s.blocks);
const table = (title: string) =>
  blocks.find((b): b is ReportTable => b.type === "table" && b.title === title);
const thousands = (t: ReportTable | undefined, key: string) =>
  [...(t?.rows ?? []), ...(t?.total ? [t.total] : [])].map((r) => {
    const v = r.values[key];
    return typeof v === "number" ? toThousands(v) : v;
  });

describe("the MTFP document", () => {
  it("builds 2024-25 up as the seed's Table 3, in its order, to 65,132", () => {
    const t = table("MTFP 2024-25 build-up");
    expect(t?.rows.map((r) => r.values.label)).toEqual([
      "Base budget b/f",
      "Additional funding",
      "Pay award",
      "Inflation (90% funded)",
      "Demand",
      "Other pressures",
      "Mitigations",
      "Planned savings",
    ]);
    expect(t?.total?.values.label).toBe("Base budget c/f");
    expect(thousands(t, "amount")).toEqual([50_812, 10_750, 1_253, 2_121, 3_499, 0, -800, -2_503, 65_132]);
    // The rows add up to the total, in pence.
    expect(t?.rows.reduce((sum, r) => sum + Number(r.values.amount), 0)).toBe(t?.total?.values.amount);
  });

  it("sets the years side by side as Table 4: 65,132 → 59,761 → 57,469, savings totalling 10,166", () => {
    const t = table("MTFP 2024-25 to 2026-27");
    expect(t?.columns.map((c) => c.label)).toEqual(["", "2024-25", "2025-26", "2026-27", "TOTAL savings"]);
    expect(t?.rows.map((r) => r.values.label)).toEqual([
      "Base budget b/f",
      "Additional funding",
      "Pressures − mitigations",
      "Planned savings",
    ]);
    expect(thousands(t, "y0")).toEqual([50_812, 10_750, 6_073, -2_503, 65_132]);
    expect(thousands(t, "y1")).toEqual([65_132, 0, 0, -5_371, 59_761]);
    expect(thousands(t, "y2")).toEqual([59_761, 0, 0, -2_292, 57_469]);
    expect(thousands(t, "total")).toEqual([null, null, null, -10_166, null]);
  });

  it("gives Table 5's savings by programme and year, with the totals by year", () => {
    const t = table("MTFP savings by programme");
    expect(t?.rows.map((r) => r.values.name)).toEqual([
      "Reduced demand children in care",
      "Workforce savings",
      "SEND transport efficiencies",
    ]);
    expect(thousands(t, "total")).toEqual([6_212, 3_754, 200, 10_166]);
    expect(t?.total && [0, 1, 2].map((i) => toThousands(Number(t.total?.values[`y${i}`])))).toEqual([
      2_503, 5_371, 2_292,
    ]);
  });

  it("charts the base budget c/f as bars and the gap as a line, and draws it as SVG", () => {
    const chart = blocks.find((b): b is ReportChart => b.type === "chart");
    const series = chart?.option.series as { type: string; data: number[] }[];
    expect(series.map((s) => s.type)).toEqual(["bar", "line"]);
    expect(series[0]?.data).toEqual([65_132, 59_761, 57_469]);
    expect(series[1]?.data).toEqual(plan.years.map((y) => toThousands(y.gap)));
    // 10% of the inflation pressure is unfunded: 2,121 ÷ 0.9 − 2,121 ≈ 236, carried every year.
    expect(series[1]?.data).toEqual([236, 236, 236]);
    expect(reportHtml(doc)).toContain(`<figure aria-label="Base budget and gap by year"><svg`);
  });

  it("compares each scenario's gap with the plan's, year by year and by lever", () => {
    const t = table("Scenario Savings slip by 50%");
    expect(t?.columns.map((c) => c.key)).toEqual(["year", "planGap", "gap", "difference", "savings-slip"]);
    const [result] = scenarios;
    t?.rows.forEach((r, i) => {
      expect(r.values.planGap).toBe(plan.years[i]?.gap);
      expect(Number(r.values.gap) - Number(r.values.planGap)).toBe(r.values.difference);
      expect(r.values["savings-slip"]).toBe(result?.years[i]?.byLever["savings-slip"]);
    });
    // Half of each year's savings slips, and stays slipped: 1,252, then 1,252 + 2,686, then + 1,146.
    expect(thousands(t, "difference")).toEqual([1_252, 3_937, 5_083]);
  });
});

describe("the MTFP in the monthly report", () => {
  const period = parsePeriodRef("2024-25:P7");

  it("comes near the end, with the years, the chart and each scenario", () => {
    const report = monthlyReport({
      council,
      audience: OFFICER,
      outturn: forecastOutturn(registers, period),
      registers,
    });
    expect(report.sections.at(-1)?.id).toBe("mtfp");
    const section = report.sections.at(-1);
    expect(section?.blocks.map((b) => b.title)).toEqual([
      "MTFP 2024-25 to 2026-27",
      "Base budget and gap by year",
      "MTFP savings by programme",
      "Scenario Savings slip by 50%",
    ]);
  });

  it("is left out for a council with no MTFP", () => {
    const none = { ...emptyRegisters(), budgetLines: registers.budgetLines, actuals: registers.actuals };
    expect(
      mtfpSection({ council, audience: OFFICER, outturn: forecastOutturn(none, period), registers: none }),
    ).toBeNull();
  });
});
