import { describe, expect, it } from "vitest";
import { currentArrangements } from "./current-cost.js";
import { pupil, route } from "./transport-fixtures.js";

describe("each pupil's current arrangement", () => {
  it("is the route's daily cost (price + assistant) shared equally by the pupils riding it that day, to the penny", () => {
    const routes = [
      route("R1", {
        occupancy: "single",
        dailyCost: 95_00,
        passengerAssistant: true,
        assistantDailyCost: 70_00,
      }),
      route("R2", { occupancy: "shared", dailyCost: 200_00 }),
      route("R3", { occupancy: "shared", dailyMiles: 40, ratePerMile: 2_50 }),
    ];
    const pupils = [
      pupil("P1", { routeRef: "R1" }),
      pupil("P4", { routeRef: "R2" }),
      pupil("P2", { routeRef: "R2" }),
      pupil("P3", { routeRef: "R2" }),
      pupil("P5", { routeRef: "R2", end: "2024-07-19" }),
      pupil("P6", { routeRef: "R3" }),
    ];
    const { arrangements, problems } = currentArrangements(routes, pupils, "2024-10-01");
    expect(problems).toEqual([]);
    expect([...arrangements.values()].map((a) => [a.pupilRef, a.routeRef, a.dailyCost, a.riders])).toEqual([
      ["P1", "R1", 165_00, 1],
      ["P2", "R2", 66_67, 3],
      ["P3", "R2", 66_67, 3],
      ["P4", "R2", 66_66, 3],
      ["P6", "R3", 100_00, 1],
    ]);
  });

  it("names pupils whose route is missing, ended or unpriced, and leaves them out", () => {
    const routes = [route("R1", { end: "2024-07-19", dailyCost: 90_00 }), route("R2", {})];
    const pupils = [
      pupil("P1", { routeRef: "R1" }),
      pupil("P2", { routeRef: "R2" }),
      pupil("P3", { routeRef: "R9" }),
    ];
    const { arrangements, problems } = currentArrangements(routes, pupils, "2024-10-01");
    expect(arrangements.size).toBe(0);
    expect(problems).toEqual([
      "htst-pupils P1: route R1 does not run on 2024-10-01",
      "htst-pupils P2: route R2 has no price",
      "htst-pupils P3: route R9 is not in htst-routes",
    ]);
  });
});
