/** The key pressures and variance analysis section of the monthly report on Demoshire at 2024-25:P7. */
import { describe, expect, it } from "vitest";
import { DEMOSHIRE_AS_AT, DEMOSHIRE_SEED, generateCouncil } from "../../demo/generate.js";
import { parsePeriodRef } from "../../domain/calendar/financial.js";
import { OFFICER } from "../../domain/disclosure/audience.js";
import { prorate } from "../../domain/money/money.js";
import { forecastOutturn } from "../../domain/outturn/forecast.js";
import type { ReportTable } from "./model.js";
import { monthlyReport } from "./report.js";

const { council, registers } = generateCouncil({ seed: DEMOSHIRE_SEED, scale: 1, asAt: DEMOSHIRE_AS_AT });
const outturn = forecastOutturn(registers, parsePeriodRef(DEMOSHIRE_AS_AT));
const section = monthlyReport({ council, audience: OFFICER, registers, outturn }).sections.find(
  (s) => s.id === "variance",
);
const table = (title: string) =>
  section?.blocks.find((b): b is ReportTable => b.type === "table" && b.title === title);
const tenths = (value: unknown) => Math.round((value as number) * 10);

describe("the variance section", () => {
  it("prints key pressures (and any rounding line) that add up to the total variance in £m", () => {
    const pressures = table("Key pressures (£million)");
    const items = pressures?.rows.filter((r) => !r.subtotal) ?? [];
    expect(items.length).toBeGreaterThan(5);
    expect(items.reduce((sum, r) => sum + tenths(r.values.millions), 0)).toBe(
      tenths(pressures?.total?.values.millions),
    );
    expect(pressures?.total?.values.millions).toBe(prorate(outturn.total.variance, 1, 10_000_000) / 10);
  });

  it("splits each line's variance into price, volume and mix that add up to it to the penny", () => {
    const variance = table("Variance analysis");
    expect(variance?.columns.map((c) => c.label)).toEqual([
      "Budget line",
      "Variance",
      "Price",
      "Volume",
      "Mix",
    ]);
    for (const { values } of [...(variance?.rows ?? []), variance?.total ?? { values: {} }]) {
      const { price, volume, mix } = values as Record<string, number>;
      expect((price ?? 0) + (volume ?? 0) + (mix ?? 0)).toBe(values.variance);
    }
  });
});
