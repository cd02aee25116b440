/**
 * The report's three charts: forecast against budget through the year (from the snapshots), the
 * variance waterfall by driver (ending in the total variance), and the unit-cost trend by type with
 * Herefordshire's published figures marked apart.
 */
import { describe, expect, it } from "vitest";
import { registersAsAt } from "../../demo/as-at.js";
import { DEMOSHIRE_SEED, simulateCouncil } from "../../demo/generate.js";
import { type PeriodNumber, periodEnd } from "../../domain/calendar/financial.js";
import { OFFICER } from "../../domain/disclosure/audience.js";
import { prorate, roundTo, toThousands } from "../../domain/money/money.js";
import { forecastOutturn } from "../../domain/outturn/forecast.js";
import { unitCostTrends } from "../../domain/placements/unit-costs.js";
import type { KeyPressures } from "../../domain/variance/pressures.js";
import { forecastTrendChart } from "./forecast-trend-chart.js";
import type { ReportChart, ReportSection } from "./model.js";
import { monthlyReport } from "./report.js";
import { unitCostChart } from "./unit-cost-chart.js";
import { varianceWaterfall, waterfallChart } from "./waterfall-chart.js";

const simulated = simulateCouncil({ seed: DEMOSHIRE_SEED, scale: 1 });
const { council, registers } = simulated;
const at = (period: PeriodNumber) => ({ year: "2024-25", period });
const outturn = forecastOutturn(registers, at(7));
const snapshots = ([1, 2, 3, 4, 5, 6] as const).map((p) =>
  forecastOutturn(registersAsAt(simulated, at(p)), at(p)),
);
// P7 of the three closed years, so the report can say how accurate forecasts at P7 have been.
const pastP7s = ["2021-22", "2022-23", "2023-24"].map((year) =>
  forecastOutturn(registersAsAt(simulated, { year, period: 7 }), { year, period: 7 }),
);

type Series = { name?: string; type?: string; data: unknown[] };
const seriesOf = (chart: ReportChart | undefined) => (chart?.option.series ?? []) as Series[];
/** A bar's value: the waterfall's bars are data items with their own colour and label. */
const value = (s: Series | undefined, i: number) => (s?.data.at(i) as { value: number } | undefined)?.value;
const charts = (sections: ReportSection[]) =>
  sections.flatMap((s) => s.blocks).filter((b): b is ReportChart => b.type === "chart");

describe("the forecast against budget through the year", () => {
  const chart = forecastTrendChart(outturn, snapshots, "caption");
  const [forecast, budget] = seriesOf(chart);

  it("plots each closed period's frozen forecast, then this period's, against the budget, in £'000", () => {
    expect(forecast?.data).toHaveLength(7);
    expect(forecast?.data.slice(0, 6)).toEqual(snapshots.map((s) => toThousands(s.total.forecast)));
    expect(forecast?.data[6]).toBe(toThousands(outturn.total.forecast));
    // Demoshire's 2024-25 budget is the seed's £65,132,000 all year: 65,132 in £'000 at every period.
    expect(budget?.data).toEqual(Array(7).fill(65_132));
    expect(toThousands(outturn.total.budget)).toBe(65_132);
  });

  it("leaves a gap where a period was not closed", () => {
    const [gappy] = seriesOf(forecastTrendChart(outturn, snapshots.slice(3), ""));
    expect(gappy?.data.slice(0, 3)).toEqual([null, null, null]);
    expect(gappy?.data[3]).toBe(toThousands(snapshots[3]?.total.forecast ?? 0));
  });
});

describe("the variance waterfall by driver", () => {
  const area = (serviceArea: string, pressures: [string, number][]) => ({
    serviceArea,
    pressure: serviceArea,
    amount: 0,
    millions: 0,
    pressures: pressures.map(([pressure, amount]) => ({ pressure, amount, millions: 0 })),
  });
  // Agency staff £1.26m + £0.20m = £1.46m → +1.5; permanent staff −£0.34m → −0.3; legal £0.04m and
  // the pooled £0.04m round to nothing alone, so they are pooled as Various: £0.08m → +0.1. The
  // total, £1.20m → 1.2, is 0.1 less than 1.5 − 0.3 + 0.1 = 1.3: a rounding step of −0.1.
  const pressures: KeyPressures = {
    period: "2024-25:P7",
    areas: [
      area("Social work", [
        ["Agency staff", 126_000_000],
        ["Permanent staff", -34_000_000],
      ]),
      area("Safeguarding", [
        ["Agency staff", 20_000_000],
        ["Legal and court costs", 4_000_000],
        ["Various", 4_000_000],
      ]),
    ],
    rounding: 0,
    total: { amount: 120_000_000, millions: 1.2 },
  };

  it("sums each driver over the service areas, pools the small ones, and ends in the total variance", () => {
    expect(varianceWaterfall(pressures).map((s) => [s.label, s.tenths, s.from, s.to])).toEqual([
      ["Agency staff", 15, 0, 15],
      ["Permanent staff", -3, 15, 12],
      ["Various", 1, 12, 13],
      ["Rounding", -1, 13, 12],
      ["Total variance", 12, 0, 12],
    ]);
  });

  it("draws each step on an invisible base, its last bar the total variance in £m", () => {
    const [base, above, below] = seriesOf(waterfallChart(pressures));
    expect(base?.data).toEqual([0, 1.2, 1.2, 1.2, 0]);
    expect([0, 1, 2, 3, 4].map((i) => value(above, i))).toEqual([1.5, 0.3, 0.1, 0.1, 1.2]);
    expect((value(above, 4) ?? NaN) + (value(below, 4) ?? NaN)).toBe(pressures.total.millions);
  });

  it("splits a step that crosses nil into the parts above and below it", () => {
    // +£0.3m then −£0.8m: the second step runs from +0.3 to −0.5, across nil.
    const crossing = {
      ...pressures,
      areas: [
        area("Fostering", [
          ["Agency fostering", 30_000_000],
          ["In-house fostering", -80_000_000],
        ]),
      ],
      total: { amount: -50_000_000, millions: -0.5 },
    };
    const [base, above, below] = seriesOf(waterfallChart(crossing));
    expect(base?.data).toEqual([0, 0, 0]);
    expect([value(above, 1), value(below, 1)]).toEqual([0.3, -0.5]);
    expect((value(above, 2) ?? NaN) + (value(below, 2) ?? NaN)).toBe(-0.5);
  });
});

describe("the unit-cost trend", () => {
  const trends = unitCostTrends(registers, periodEnd(at(7)));
  const chart = unitCostChart(trends, council.name);
  const series = seriesOf(chart);

  it("runs every year from Herefordshire's 2014-15 figure to this year, one line a placement type", () => {
    const years = (chart.option.xAxis as { data: string[] }).data;
    expect(years[0]).toBe("2014-15");
    expect(years.at(-1)).toBe("2024-25");
    expect(years).toHaveLength(11);
    const homes = series.find((s) => s.name === "Children's homes and secure");
    expect(homes?.data).toHaveLength(11);
    const row = trends.rows.find((r) => r.type === "childrens-homes" && r.year === "2022-23");
    // Demoshire's own 2022-23 average, in whole pounds (£4,681 a week: docs/demoshire.md).
    expect(homes?.data[years.indexOf("2022-23")]).toBe(roundTo(row?.averageWeekly ?? 0, 100) / 100);
    expect(homes?.data[0]).toBeNull();
  });

  it("marks the seed's £2,310 (2014-15) and £4,860 (2022-23) apart, as Herefordshire's published figures", () => {
    const published = series.find((s) => s.type === "scatter");
    expect(published?.name).toBe("Herefordshire (published)");
    expect(published?.data).toEqual([
      ["2014-15", 2_310],
      ["2022-23", 4_860],
    ]);
    expect(chart.caption).toContain("not Demoshire's");
  });
});

describe("the monthly report's charts", () => {
  it("has the trend with the summary, the waterfall with the key pressures, and the unit-cost trend", () => {
    const report = monthlyReport({
      council,
      audience: OFFICER,
      outturn,
      registers,
      snapshots: [...pastP7s, ...snapshots],
    });
    const chartsOf = (id: string) => charts(report.sections.filter((s) => s.id === id));
    const [trend] = chartsOf("summary");
    expect(seriesOf(trend)[0]?.data).toHaveLength(7);
    expect(trend?.caption).toMatch(/Forecasts at P7 were within ±\d+\.\d% of the outturn/);
    const [waterfall] = chartsOf("variance");
    const [, above, below] = seriesOf(waterfall);
    // The total variance in £m to one decimal place, as the key pressures table rounds it.
    expect((value(above, -1) ?? NaN) + (value(below, -1) ?? NaN)).toBe(
      prorate(outturn.total.variance, 1, 10_000_000) / 10,
    );
    expect(chartsOf("unit-costs")).toHaveLength(1);
  });
});
