import { describe, expect, it } from "vitest";
import type { PeriodNumber } from "../../domain/calendar/financial.js";
import { OFFICER } from "../../domain/disclosure/audience.js";
import { forecastOutturn } from "../../domain/outturn/forecast.js";
import { type CouncilRegisters, emptyRegisters } from "../../domain/registers.js";
import { actual, adjustment, budgetLine, placement } from "../../store/sample-rows.js";
import { accuracySection, movementSection } from "./history-section.js";
import type { ReportTable } from "./model.js";

const council = { la: "901", name: "Alphashire", region: "West Midlands", demo: true };
const months = (year: string, to: number) =>
  Array.from({ length: to }, (_, i) =>
    actual(1, { year, period: (i + 1) as PeriodNumber, amount: 10_000_00 }),
  );
const registers: CouncilRegisters = {
  ...emptyRegisters(),
  budgetLines: [budgetLine(1), budgetLine(1, { year: "2023-24" })],
  actuals: [...months("2023-24", 12), ...months("2024-25", 7)],
  placements: [placement(1, { start: "2024-10-07" })],
  adjustments: [adjustment(1, { costCentre: "CC101" })],
};
const at = (year: string, period: PeriodNumber) => forecastOutturn(registers, { year, period });

describe("the report's history sections", () => {
  it("show the movement since the last closed period by reason, with the month's adjustments", () => {
    const section = movementSection({
      audience: OFFICER,
      council,
      registers,
      outturn: at("2024-25", 7),
      snapshots: [at("2024-25", 6)],
    });
    const [byReason, , adjustments] = (section?.blocks ?? []) as ReportTable[];
    const moved = byReason?.total?.values.amount as number;
    expect(byReason?.rows.reduce((t, r) => t + (r.values.amount as number), 0)).toBe(moved);
    expect(moved).toBe(at("2024-25", 7).total.forecast - at("2024-25", 6).total.forecast);
    expect(byReason?.rows.map((r) => r.values.reason)).toContain("New placements");
    expect(adjustments?.rows[0]?.values).toEqual({
      line: "Budget line 1",
      ref: "ADJ1",
      note: "Health contribution agreed at panel, not yet on the register (Finance business partner)",
      amount: -12_500_00,
    });
    expect(
      movementSection({ audience: OFFICER, council, registers, outturn: at("2024-25", 7), snapshots: [] }),
    ).toBeNull();
  });

  it("set past forecasts against the outturn only once a year has closed", () => {
    // 2023-24 spent £10,000 a month; its P3 forecast, made with nothing running, was £30,000.
    const section = accuracySection({
      audience: OFFICER,
      council,
      registers,
      outturn: at("2024-25", 7),
      snapshots: [at("2023-24", 3)],
    });
    expect(section?.intro).toMatch(/^Forecasts at P7 cannot be measured yet/);
    expect((section?.blocks[0] as ReportTable | undefined)?.rows.map((r) => r.values)).toEqual([
      { when: "2023-24 P3", total: -0.75, totalNaive: 0, placements: -0.75, placementsNaive: 0 },
    ]);
    expect(accuracySection({ audience: OFFICER, council, registers, outturn: at("2024-25", 7) })).toBeNull();
  });
});
