/**
 * The routing benchmark's own figures, which its report and exit code rest on: today's cost and the
 * saving, ride-time statistics, routes and vehicles by type, the markdown table, and the failures a
 * solved instance adds.
 */
import { describe, expect, it } from "vitest";
import type { Route, VehicleType } from "../src/domain/routing/model.js";
import type { PupilRide } from "../src/domain/transport/plan-figures.js";
import { pupil, route } from "../src/domain/transport/transport-fixtures.js";
import { fixed, markdownTable, type Solved, solvedFailures } from "./routing-common.js";
import { rideStats, saving, todayCost, vehiclesByType } from "./routing-council-figures.js";

const ride = (rideMinutes: number, maxRide: number | null): PupilRide => ({
  pupil: "P",
  route: 0,
  pickup: "08:00",
  dropoff: "08:30",
  rideMinutes,
  maxRide,
  pence: 0,
  pounds: "0.00",
});

describe("the council's figures", () => {
  it("costs today as the day's pupils' shares of their routes, leaving out and counting pupils with none", () => {
    const today = todayCost(
      {
        htstRoutes: [route("R1", { dailyCost: 1001, occupancy: "shared" })],
        htstPupils: [pupil("A", {}), pupil("B", {}), pupil("C", {})],
      },
      "2024-10-25",
      ["A", "B", "Z"],
    );
    // £10.01 shared by A, B and C in pupil-ref order (334, 334, 333): A's and B's shares count, Z has none.
    expect(today).toEqual({ dailyCost: 668, priced: 2, unpriced: 1 });
  });

  it("gives the saving in pence and as a share of today", () => {
    expect(saving(10_000, 7_500)).toEqual({ pence: 2_500, percent: 25 });
    expect(saving(0, 100)).toEqual({ pence: -100, percent: null });
  });

  it("gives the mean, the nearest-rank 95th percentile, the longest ride and the share within limits", () => {
    const rides = Array.from({ length: 20 }, (_, i) => ride(i + 1, i === 19 ? 19 : 45));
    expect(rideStats(rides)).toEqual({
      pupils: 20,
      meanMinutes: 10.5,
      p95Minutes: 19,
      longestMinutes: 20,
      withinLimit: 0.95,
    });
    expect(rideStats([]).pupils).toBe(0);
  });

  it("counts each type's routes in each run, and the day's vehicles as the larger run", () => {
    const type = (id: string, count: number) => ({ id, count, capacity: [4, 0] }) as unknown as VehicleType;
    const on = (vehicleType: string) => ({ vehicleType }) as Route;
    const used = vehiclesByType(
      [type("TAXI", Number.POSITIVE_INFINITY), type("BUS", 2)],
      [on("TAXI"), on("TAXI"), on("BUS")],
      [on("TAXI"), on("BUS"), on("BUS")],
    );
    expect(used.map((u) => [u.vehicleType, u.morning, u.afternoon, u.vehicles])).toEqual([
      ["TAXI", 2, 1, 2],
      ["BUS", 1, 2, 2],
    ]);
  });
});

describe("the benchmark's report", () => {
  it("writes a markdown table, figures right-aligned and pipes escaped", () => {
    const table = markdownTable([
      { instance: "a2-16", "gap %": fixed(-0.0001, 2), checker: "a | b" },
      { instance: "a2-20", "gap %": fixed(Number.NaN, 2), checker: "feasible" },
    ]);
    expect(table.split("\n")).toEqual([
      "| instance | gap % | checker |",
      "| --- | ---: | --- |",
      "| a2-16 | 0.00 | a \\| b |",
      "| a2-20 | – | feasible |",
    ]);
  });

  it("fails an instance the checker refuses or that leaves a request unserved", () => {
    const solved = (feasible: boolean, unserved: number) =>
      ({
        check: { feasible, violations: feasible ? [] : [{ message: "Request 3 rides for 31" }] },
        solution: { unserved: Array.from({ length: unserved }, () => ({})) },
      }) as unknown as Solved;
    expect(solvedFailures("a2-16", solved(true, 0))).toEqual([]);
    expect(solvedFailures("a2-16", solved(false, 2))).toEqual([
      "a2-16: INFEASIBLE (1): Request 3 rides for 31",
      "a2-16: 2 request(s) unserved",
    ]);
  });
});
