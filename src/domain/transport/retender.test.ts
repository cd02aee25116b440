import { describe, expect, it } from "vitest";
import { schoolDayCounter } from "../calendar/terms.js";
import { forecastOutturn } from "../outturn/forecast.js";
import { emptyRegisters } from "../registers.js";
import { type RouteRetender, retenderDifference } from "./retender.js";
import { CALENDAR, route, SEND_TRANSPORT_LINE } from "./transport-fixtures.js";

// School days in the 2024-25 English calendar: 6 Jan–31 Mar 2025 = 55 (Jan 19 after the INSET day,
// Feb 15 after half-term, Mar 21); 6 Jan–23 Feb = 29; 24 Feb–31 Mar = 26; 1 Nov–31 Mar = 90.
const schoolDays = schoolDayCounter(CALENDAR);
const taxi = route("R1", { dailyCost: 10_000, passengerAssistant: true, assistantDailyCost: 4_000 });
const retender = (date: string, newDailyCost: number): RouteRetender => ({
  routeRef: "R1",
  date,
  newDailyCost,
  note: "",
});

describe("retenderDifference", () => {
  it("costs the new price plus the assistant from the re-tender's date, against the current daily cost", () => {
    // (£115 + £40 − £140) × 55 = £825
    expect(
      retenderDifference(taxi, [retender("2025-01-06", 11_500)], "2024-11-01", "2025-03-31", schoolDays),
    ).toBe(82_500);
  });

  it("applies each re-tender until the next one's date", () => {
    // £15 × 29 + (£120 + £40 − £140) × 26 = £435 + £520
    const both = [retender("2025-02-24", 12_000), retender("2025-01-06", 11_500)];
    expect(retenderDifference(taxi, both, "2024-11-01", "2025-03-31", schoolDays)).toBe(95_500);
  });

  it("stops at the route's end and changes nothing after it", () => {
    const ended = { ...taxi, end: "2025-02-14" }; // 6 Jan–14 Feb: 19 + 10 school days
    expect(
      retenderDifference(ended, [retender("2025-01-06", 11_500)], "2024-11-01", "2025-03-31", schoolDays),
    ).toBe(1_500 * 29);
  });
});

describe("the re-tenders driver", () => {
  it("adds the difference to the transport line beside the routes, and warns of a route it cannot find", () => {
    const outturn = forecastOutturn(
      {
        ...emptyRegisters(),
        ...CALENDAR,
        budgetLines: [SEND_TRANSPORT_LINE],
        htstRoutes: [taxi],
        routeRetenders: [
          retender("2025-01-06", 11_500),
          { ...retender("2025-01-06", 9_000), routeRef: "R9" },
        ],
      },
      { year: "2024-25", period: 7 },
    );
    const amounts = Object.fromEntries(outturn.lines[0]?.drivers.map((d) => [d.driver, d.amount]) ?? []);
    expect(amounts).toMatchObject({ routes: 14_000 * 90, "re-tenders": 82_500, "new-routes": 0 });
    expect(outturn.lines[0]?.remaining).toBe(14_000 * 90 + 82_500);
    expect(outturn.warnings).toContain("route-retenders R9: no such route in htst-routes; counted as £0");
  });
});
