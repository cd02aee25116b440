import { describe, expect, it } from "vitest";
import type { PeriodNumber } from "../calendar/financial.js";
import { schoolDayCounter } from "../calendar/terms.js";
import { forecastOutturn } from "../outturn/forecast.js";
import { type CouncilRegisters, emptyRegisters } from "../registers.js";
import { ehcpGrowth } from "./new-routes.js";
import { CALENDAR, pupil, route } from "./transport-fixtures.js";

// First pupil days of September: Mon 5 Sep 2022 and Wed 6 Sep 2023 (the first two days are INSET).
// EHCP pupils riding then: 4 (E1, H1–H3) and 5 (E1, E2, H4–H6): growth 1 ÷ 4 = 25%.
// School days 1 Sep 2024–31 Mar 2025: 128. The last school day of summer 2024 is Thu 18 July.
const registers = (changes: Partial<CouncilRegisters> = {}): CouncilRegisters => ({
  ...emptyRegisters(),
  ...CALENDAR,
  budgetLines: ["SEND", "MAIN"].map((costCentre) => ({
    year: "2024-25",
    costCentre,
    name: `${costCentre} transport`,
    serviceArea: "Education",
    kind: "transport" as const,
    annualBudget: 1_200,
    profile: Array(12).fill(100),
  })),
  htstRoutes: [
    route("R1", { dailyCost: 12_000, occupancy: "shared" }),
    route("R2", { costCentre: "MAIN", dailyCost: 9_000 }),
  ],
  htstPupils: [
    pupil("E1", {}),
    pupil("E2", { start: "2023-09-04" }),
    ...["H1", "H2", "H3"].map((ref) => pupil(ref, { end: "2023-07-19" })),
    ...["H4", "H5", "H6"].map((ref) => pupil(ref, { start: "2023-09-04", end: "2024-03-22" })),
    pupil("M1", { routeRef: "R2", ehcp: false, setting: "mainstream" }),
  ],
  ...changes,
});
const transportDrivers = (r: CouncilRegisters, period: PeriodNumber) =>
  forecastOutturn(r, { year: "2024-25", period }).lines.map(
    (line): Record<string, number> => ({
      remaining: line.remaining,
      ...Object.fromEntries(line.drivers.map((d) => [d.driver, d.amount])),
    }),
  );

describe("ehcpGrowth", () => {
  const schoolDays = schoolDayCounter(CALENDAR);
  it("measures growth from EHCP pupils on the first school day of the last two Septembers", () => {
    expect(ehcpGrowth(registers(), "2024-25", schoolDays)).toEqual({
      percent: 25,
      ratio: [1, 4],
      basis: "5 EHCP pupils on transport on 2023-09-06 against 4 on 2022-09-05",
    });
  });
  it("takes the council's own figure when it sets one", () => {
    const set = registers({ assumptions: [{ name: "ehcp-transport-growth", value: 10, note: "" }] });
    expect(ehcpGrowth(set, "2024-25", schoolDays).percent).toBe(10);
  });
});

describe("the new-routes driver", () => {
  it("before September, costs the growth × the EHCP pupils' daily cost × school days from September", () => {
    const [send, main] = transportDrivers(registers(), 3);
    // EHCP pupils E1 and E2 share R1's £120 a day: 12,000 × 128 × 1/4 = 384,000 (£3,840)
    expect(send?.["new-routes"]).toBe(384_000);
    expect(main?.["new-routes"]).toBe(0); // no EHCP pupil rides a mainstream route
    expect(send?.remaining).toBe((send?.routes ?? 0) + 384_000 + (send?.["re-tenders"] ?? 0));
    // With the council's 10%: 12,000 × 128 × 0.10 = 153,600
    const set = registers({ assumptions: [{ name: "ehcp-transport-growth", value: 10, note: "" }] });
    expect(transportDrivers(set, 3)[0]?.["new-routes"]).toBe(153_600);
  });

  it("costs nothing in August: the forecast at the end of July and of August is the same", () => {
    const july = transportDrivers(registers(), 4);
    const august = transportDrivers(registers(), 5);
    expect(august).toEqual(july);
    expect(july[0]?.["new-routes"]).toBe(384_000); // costed on 18 July, the last school day
  });

  it("adds nothing from the end of September: the routes register holds the new routes by then", () => {
    expect(transportDrivers(registers(), 6).map((line) => line["new-routes"])).toEqual([0, 0]);
  });
});
