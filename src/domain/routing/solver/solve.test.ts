import { describe, expect, it } from "vitest";
import { solve } from "./index.js";
import { MINIBUS, options, pupil, schoolRun, TAXI, violations } from "./solver.fixture.js";

const riders = (s: ReturnType<typeof solve>) =>
  s.routes.map((r) =>
    r.stops
      .filter((x) => x.kind === "pickup")
      .map((x) => x.request)
      .sort(),
  );

describe("solve on small problems with a known optimum", () => {
  // Homes at (10, 0) and (10, 1): depot → A → B → school → depot is 10 + 1 + √101 + 20.
  const homes = [
    [10, 0],
    [10, 1],
  ] as const;
  const shared = 100 + 10 + 1 + Math.hypot(10, 1) + 20;

  it("puts two pupils who can share in one taxi, at the cost worked out by hand", () => {
    const p = schoolRun(homes, (h) => [pupil("A", h(0)), pupil("B", h(1))]);
    const s = solve(p, options());
    expect(violations(p, s)).toEqual([]);
    expect(riders(s)).toEqual([["A", "B"]]);
    expect(s.objective.cost).toBeCloseTo(shared, 9);
    expect(s.objective.vehicles).toBe(1);
    expect(s.unserved).toEqual([]);
  });

  it("gives a pupil who must travel alone a taxi of their own, never seated with another", () => {
    const p = schoolRun(homes, (h) => [pupil("A", h(0)), pupil("B", h(1), { alone: true })]);
    const s = solve(p, options());
    expect(violations(p, s)).toEqual([]);
    expect(riders(s).sort()).toEqual([["A"], ["B"]]);
    expect(s.objective.cost).toBeCloseTo(200 + 40 + 2 * Math.hypot(10, 1) + 20, 9);
  });

  it("keeps an incompatible pair apart", () => {
    const p = schoolRun(homes, (h) => [pupil("A", h(0)), pupil("B", h(1))], [TAXI], [["A", "B"]]);
    const s = solve(p, options());
    expect(violations(p, s)).toEqual([]);
    expect(s.objective.vehicles).toBe(2);
  });

  it("carries a wheelchair user in a vehicle with a wheelchair space", () => {
    const p = schoolRun(homes, (h) => [pupil("A", h(0)), pupil("W", h(1), { load: [0, 1] })], [
      TAXI,
      MINIBUS,
    ]);
    const s = solve(p, options());
    expect(violations(p, s)).toEqual([]);
    // One minibus for both (150 + the shared distance) beats a taxi and a minibus.
    expect(s.routes.map((r) => r.vehicleType)).toEqual(["minibus"]);
    expect(s.objective.cost).toBeCloseTo(shared + 50, 9);
  });

  it("chooses one minibus over two taxis when five pupils go to the same school", () => {
    const five = [0, 1, 2, 3, 4].map((k) => [10, k] as const);
    const p = schoolRun(five, (h) => five.map((_, k) => pupil(`P${k}`, h(k))), [TAXI, MINIBUS]);
    const s = solve(p, options(300));
    expect(violations(p, s)).toEqual([]);
    expect(s.routes.map((r) => r.vehicleType)).toEqual(["minibus"]);
  });

  it("puts a pupil who needs an assistant on a vehicle that can carry one, and charges for it", () => {
    const p = schoolRun(homes, (h) => [pupil("A", h(0), { needsAssistant: true })], [TAXI, MINIBUS]);
    const s = solve(p, options());
    expect(violations(p, s)).toEqual([]);
    expect(s.routes).toHaveLength(1);
    expect(s.routes[0]).toMatchObject({ vehicleType: "minibus", assistant: true });
    expect(s.objective.cost).toBeCloseTo(150 + 60 + 10 + 10 + 20, 9);
  });

  it("reports a pupil whose direct ride is longer than allowed as unserved for max-ride, with the figures", () => {
    const far = [[-62, 0]] as const; // 82 from the school
    const p = schoolRun(far, (h) => [
      pupil("F", h(0), { maxRide: 75, dropoff: { location: 1, window: [0, 200], service: 1 } }),
    ]);
    const s = solve(p, options());
    expect(s.routes).toEqual([]);
    expect(s.unserved).toEqual([
      {
        request: "F",
        constraint: "max-ride",
        reason: "the direct journey takes 82 minutes; the most allowed is 75 minutes",
      },
    ]);
    expect(violations(p, s)).toEqual([]);
  });

  it("names the wheelchair constraint when no vehicle type has a space", () => {
    const p = schoolRun(homes, (h) => [pupil("W", h(0), { load: [0, 1] })], [TAXI]);
    const s = solve(p, options());
    expect(s.unserved).toMatchObject([{ request: "W", constraint: "wheelchair" }]);
    expect(s.unserved[0]?.reason).toBe("needs 1 wheelchair space; the most any vehicle type has is 0");
  });

  it("names the assistant constraint when no vehicle type can carry one", () => {
    const p = schoolRun(homes, (h) => [pupil("A", h(0), { needsAssistant: true })], [TAXI]);
    const s = solve(p, options());
    expect(s.unserved).toEqual([
      {
        request: "A",
        constraint: "assistant",
        reason: "needs a passenger assistant, and no vehicle type can carry one",
      },
    ]);
  });

  it("reports requests the fleet cannot carry as unserved for fleet, never dropping one", () => {
    const one = { ...MINIBUS, count: 1, capacity: [1, 0] };
    const p = schoolRun(homes, (h) => [pupil("A", h(0)), pupil("B", h(1))], [one]);
    const s = solve(p, options());
    expect(violations(p, s)).toEqual([]);
    expect(s.routes).toHaveLength(1);
    expect(s.unserved.map((u) => u.constraint)).toEqual(["fleet"]);
  });

  it("schedules the pickup late so the ride is no longer than the journey", () => {
    const p = schoolRun(homes, (h) => [pupil("A", h(0))]);
    const s = solve(p, options());
    const [up, down] = s.routes[0]?.stops ?? [];
    // Arrive at school at 50 (the window opens): ride = 10, the direct journey, so the pickup starts
    // at 39 (service 1) and the taxi leaves the depot at 29 rather than waiting at the home.
    expect(down?.start).toBeCloseTo(50, 9);
    expect((down?.start ?? 0) - (up?.departure ?? 0)).toBeCloseTo(10, 9);
    expect(up?.arrival).toBeCloseTo(39, 9);
    expect(s.routes[0]?.leave).toBeCloseTo(29, 9);
    expect(s.objective.rideTime).toBeCloseTo(10, 9);
  });
});
