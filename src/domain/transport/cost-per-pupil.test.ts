import { describe, expect, it } from "vitest";
import { schoolDayCounter } from "../calendar/terms.js";
import { costPerPupil, firstSchoolDay, lastSchoolDay } from "./cost-per-pupil.js";
import { CALENDAR, pupil, route } from "./transport-fixtures.js";

describe("costPerPupil", () => {
  const routes = [
    route("R1", { dailyCost: 10_001, occupancy: "shared" }),
    route("R2", { dailyCost: 8_000 }),
    route("R3", { costCentre: "MAIN", dailyMiles: 20, ratePerMile: 250, occupancy: "shared" }),
    route("R4", { dailyCost: 6_000 }),
  ];
  const pupils = [
    pupil("PU1", { routeRef: "R1" }),
    pupil("PU2", { routeRef: "R1" }),
    pupil("PU3", { routeRef: "R1", ehcp: false, setting: "mainstream" }),
    pupil("PU4", { routeRef: "R2" }),
    pupil("PU5", { routeRef: "R3", ehcp: false, setting: "mainstream" }),
    pupil("PU6", { routeRef: "R3", ehcp: false, setting: "mainstream" }),
    pupil("PU7", { routeRef: "R1", end: "2024-10-31" }),
    pupil("PU8", { routeRef: "RX" }),
  ];
  const cost = costPerPupil(routes, pupils, "2024-11-05");

  it("shares each route's daily cost equally among its pupils that day, to the penny", () => {
    // R1 £100.01 ÷ 3 = 3,333.67p: 3,334 + 3,334 + 3,333 (PU7 has left). R2 £80 to PU4.
    // R3 20 miles × £2.50 = £50 between PU5 and PU6. R4 carries nobody.
    expect([cost.ehcp.pupils, cost.ehcp.dailyCost, cost.ehcp.perPupil]).toEqual([3, 14_668, 4_889]);
    expect([cost.mainstream.pupils, cost.mainstream.dailyCost, cost.mainstream.perPupil]).toEqual([
      3, 8_333, 2_778,
    ]);
    expect(cost.empty).toEqual({ routes: 1, dailyCost: 6_000 });
    // Every penny of the routes' £290.01 is someone's share or an empty route's
    expect(cost.ehcp.dailyCost + cost.mainstream.dailyCost + cost.empty.dailyCost).toBe(29_001);
  });

  it("keeps each group's share by cost centre", () => {
    expect(Object.fromEntries(cost.ehcp.byCostCentre)).toEqual({ SEND: 14_668 });
    expect(Object.fromEntries(cost.mainstream.byCostCentre)).toEqual({ SEND: 3_333, MAIN: 5_000 });
  });

  it("names pupils riding a route the register does not hold", () => {
    expect(cost.problems).toEqual(["htst-pupils PU8: route RX is not in htst-routes"]);
  });
});

describe("school days around a date", () => {
  const schoolDays = schoolDayCounter(CALENDAR);
  it("finds the last school day before the summer holiday and the first pupil day of September", () => {
    expect(lastSchoolDay("2024-08-31", schoolDays)).toBe("2024-07-18"); // 19 July is an INSET day
    expect(firstSchoolDay("2023-09-01", schoolDays)).toBe("2023-09-06"); // 4 and 5 September are INSET days
  });
});
