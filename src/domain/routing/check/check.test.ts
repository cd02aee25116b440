import { describe, expect, it } from "vitest";
import { broken, constraints, problem, solution } from "./check.fixture.js";
import { checkSolution, objectiveDifferences } from "./check.js";

describe("checkSolution on a feasible solution", () => {
  it("passes it and computes the objective exactly", () => {
    const result = checkSolution(problem(), solution());
    expect(result.violations).toEqual([]);
    expect(result.feasible).toBe(true);
    expect(result.objective).toEqual({ cost: 250, distance: 40, rideTime: 36, vehicles: 2 });
  });

  it("accepts times that differ from the exact figures by less than the tolerance", () => {
    const result = broken((s) => {
      const d = s.routes[1]?.stops[1];
      if (d) d.arrival = d.start = 21 - 5e-7;
    });
    expect(result.feasible).toBe(true);
  });

  it("reports where a solver's claimed objective differs from the checked one", () => {
    const checked = checkSolution(problem(), solution()).objective;
    expect(objectiveDifferences(checked, checked)).toEqual([]);
    expect(objectiveDifferences({ ...checked, cost: 240 }, checked)).toEqual([
      "The solver reports cost 240; the checker computes 250.",
    ]);
  });
});

describe("checkSolution catches each constraint broken in turn", () => {
  it("a service start outside its window, naming the stop and by how much", () => {
    const result = broken((s) => {
      const d = s.routes[1]?.stops[1];
      if (d) Object.assign(d, { start: 31, departure: 32 });
      if (s.routes[1]) s.routes[1].back = 42;
    });
    expect(constraints(result)).toEqual(["time-window"]);
    expect(result.violations[0]).toMatchObject({ route: 1, vehicleType: "taxi", stop: 1, request: "D" });
    expect(result.violations[0]?.message).toContain("outside its window 20–30 (1 late)");
  });

  it("an arrival sooner than the journey allows", () => {
    const result = broken((s) => {
      const d = s.routes[1]?.stops[1];
      if (d) Object.assign(d, { arrival: 18 });
    });
    expect(constraints(result)).toEqual(["time-window"]);
    expect(result.violations[0]?.message).toContain("cannot arrive before 21 (3 too early)");
  });

  it("service before arrival, departure before service ends, and back too soon", () => {
    const result = broken((s) => {
      const route = s.routes[1];
      if (!route) return;
      Object.assign(route.stops[0] ?? {}, { start: 12.5, departure: 13 });
      route.back = 31;
    });
    expect(constraints(result)).toEqual(["time-window"]);
    const messages = result.violations.map((v) => v.message).join("\n");
    expect(messages).toContain("before it arrives at 13");
    expect(messages).toContain("before service ends at 13.50");
    expect(messages).toContain("cannot be back before 32");
  });

  it("a ride longer than the request's limit", () => {
    const result = broken((_s, p) => {
      const a = p.requests[0];
      if (a) a.maxRide = 9;
    });
    expect(constraints(result)).toEqual(["max-ride"]);
    expect(result.violations[0]).toMatchObject({ route: 0, stop: 3, request: "A" });
    expect(result.violations[0]?.message).toContain("rides for 10");
  });

  it("more seats in use than the vehicle has, counting the assistant's", () => {
    const result = broken((_s, p) => {
      if (p.vehicleTypes[0]) p.vehicleTypes[0].capacity = [2, 1];
    });
    expect(constraints(result)).toEqual(["capacity"]);
    expect(result.violations[0]?.message).toContain("3 seats in use (one of them the passenger assistant)");
  });

  it("a wheelchair user without a wheelchair space", () => {
    const result = broken((_s, p) => {
      if (p.vehicleTypes[0]) p.vehicleTypes[0].capacity = [3, 0];
    });
    expect(constraints(result)).toEqual(["wheelchair"]);
    expect(result.violations[0]).toMatchObject({ request: "C", stop: 1 });
  });

  it("a pupil who needs an assistant on a route without one", () => {
    const result = broken((s) => {
      if (s.routes[0]) s.routes[0].assistant = false;
    });
    expect(constraints(result)).toEqual(["assistant"]);
    expect(result.violations[0]?.request).toBe("C");
    expect(result.objective.cost).toBe(200);
  });

  it("an assistant on a vehicle type that cannot take one", () => {
    const result = broken((s) => {
      if (s.routes[1]) s.routes[1].assistant = true;
    });
    expect(constraints(result)).toEqual(["assistant"]);
    expect(result.violations[0]).toMatchObject({ route: 1, vehicleType: "taxi", stop: null });
  });

  it("a route longer than the longest duration, or back after the vehicle's day", () => {
    const long = broken((_s, p) => {
      if (p.vehicleTypes[0]) p.vehicleTypes[0].maxDuration = 20;
    });
    expect(constraints(long)).toEqual(["route-duration"]);
    expect(long.violations[0]?.message).toContain(
      "lasts 26 (from 10 to 36); the longest allowed is 20 (6 over)",
    );
    const late = broken((_s, p) => {
      if (p.vehicleTypes[0]) p.vehicleTypes[0].window = [0, 30];
    });
    expect(constraints(late)).toEqual(["route-duration"]);
    const early = broken((_s, p) => {
      if (p.vehicleTypes[1]) p.vehicleTypes[1].window = [11, 100];
    });
    expect(constraints(early)).toEqual(["route-duration"]);
  });

  it("a pupil who must travel alone seated with others", () => {
    const result = broken((_s, p) => {
      if (p.requests[1]) p.requests[1].alone = true;
    });
    expect(constraints(result)).toEqual(["alone"]);
    expect(result.violations.map((v) => v.message)).toEqual([
      "Request B must travel alone, but Route 0 (minibus) picks up B at stop 2 while A is on board.",
      "Request B must travel alone, but Route 0 (minibus) picks up B at stop 2 while C is on board.",
    ]);
  });

  it("an incompatible pair on board together", () => {
    const result = broken((_s, p) => {
      p.incompatible.push(["C", "B"]);
    });
    expect(constraints(result)).toEqual(["incompatible"]);
    expect(result.violations[0]).toMatchObject({ route: 0, stop: 2, request: "B" });
  });

  it("more routes of a vehicle type than the fleet has", () => {
    const result = broken((_s, p) => {
      if (p.vehicleTypes[1]) p.vehicleTypes[1].count = 0;
    });
    expect(constraints(result)).toEqual(["fleet"]);
    expect(result.violations[0]?.message).toBe(
      "The solution uses 1 routes of vehicle type taxi; the fleet has 0.",
    );
  });
});
