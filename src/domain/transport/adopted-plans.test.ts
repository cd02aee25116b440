import { describe, expect, it } from "vitest";
import type { PeriodRef } from "../calendar/financial.js";
import { forecastOutturn } from "../outturn/forecast.js";
import { type CouncilRegisters, emptyRegisters } from "../registers.js";
import { scenario } from "./scenarios/evaluate.fixture.js";
import type { TransportPlan } from "./scenarios/model.js";
import { CALENDAR, route, SEND_TRANSPORT_LINE } from "./transport-fixtures.js";

// School days in the 2024-25 English calendar: 6 Jan–31 Mar 2025 = 55; 1 Nov 2024–31 Mar 2025 = 90.
const P7: PeriodRef = { year: "2024-25", period: 7 };
const plan: TransportPlan = {
  scenario: "Shared routes",
  solvedAt: "2024-11-14T09:30:00Z",
  seed: 1,
  seconds: 60,
  on: "2024-11-13",
  currentDailyCost: 140_00,
  dailyCost: 100_00,
  oneOffCost: 500_00,
  year: "2024-25",
  annualSaving: 0,
  result: "{}",
};

function registers(changes: Partial<CouncilRegisters>): CouncilRegisters {
  return {
    ...emptyRegisters(),
    ...CALENDAR,
    budgetLines: [SEND_TRANSPORT_LINE],
    htstRoutes: [route("R1", { dailyCost: 140_00 })],
    transportPlans: [plan],
    ...changes,
  };
}

const adopted = (adoptFrom: string | null) =>
  registers({ transportScenarios: [scenario({ adoptFrom, costCentre: "SEND" })] });
const driver = (outturn: ReturnType<typeof forecastOutturn>) =>
  outturn.lines[0]?.drivers.find((d) => d.driver === "adopted-routes")?.amount;

describe("the adopted-routes driver", () => {
  it("moves the forecast by the daily difference on each school day from a mid-year adoption, plus its one-off cost", () => {
    const outturn = forecastOutturn(adopted("2025-01-06"), P7);
    expect(driver(outturn)).toBe(-40_00 * 55 + 500_00);
    expect(outturn.lines[0]?.remaining).toBe(140_00 * 90 - 40_00 * 55 + 500_00);
  });

  it("counts only the days left when the plan was adopted before the period, and not its one-off cost again", () => {
    expect(driver(forecastOutturn(adopted("2024-09-02"), P7))).toBe(-40_00 * 90);
  });

  it("leaves the forecast as it was when nothing is adopted", () => {
    const none = forecastOutturn(registers({ transportPlans: [] }), P7);
    expect(forecastOutturn(adopted(null), P7)).toEqual(none);
    expect(driver(none)).toBe(0);
  });

  it("warns of a scenario adopted but never solved", () => {
    const outturn = forecastOutturn({ ...adopted("2025-01-06"), transportPlans: [] }, P7);
    expect(driver(outturn)).toBe(0);
    expect(outturn.warnings).toContain(
      "transport-scenarios 'Shared routes': adopted from 2025-01-06 but never solved (no transport-plans row); counted as £0",
    );
  });
});
