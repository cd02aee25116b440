import { describe, expect, it } from "vitest";
import { checkSolution } from "./check/check.js";
import type { RoutingProblem } from "./model.js";
import {
  type GridPoint,
  METRES_PER_MILE,
  resolveTravelSettings,
  straightLine,
  travelMatrix,
} from "./travel.js";

// A town school, a suburban home 3 km east and 4 km north of it (5 km), a rural home 10 km east.
const SCHOOL: GridPoint = { x: 400_000, y: 300_000, area: "urban" };
const SUBURB: GridPoint = { x: 403_000, y: 304_000, area: "suburban" };
const FARM: GridPoint = { x: 410_000, y: 300_000, area: "rural" };

describe("travelMatrix", () => {
  const m = travelMatrix([SCHOOL, SUBURB, FARM]);

  it("takes the straight line × 1.3 in miles", () => {
    expect(m.size).toBe(3);
    expect(m.distance[0 * 3 + 1]).toBeCloseTo((5000 * 1.3) / METRES_PER_MILE, 12); // 4.04 miles
    expect(m.distance[1 * 3 + 2]).toBeCloseTo((Math.hypot(7000, 4000) * 1.3) / 1609.344, 12);
    expect(m.distance[0]).toBe(0);
  });

  it("drives at the slower end's speed: urban 15, suburban 22, rural 30 mph", () => {
    const miles = (10_000 * 1.3) / METRES_PER_MILE; // school to farm: 8.08 miles
    expect(m.time[0 * 3 + 2]).toBeCloseTo((miles / 15) * 60, 12); // 32.3 minutes, at the town's 15 mph
    expect(m.time[2 * 3 + 0]).toBe(m.time[0 * 3 + 2]);
    const suburbToFarm = m.distance[1 * 3 + 2] ?? 0;
    expect(m.time[1 * 3 + 2]).toBeCloseTo((suburbToFarm / 22) * 60, 12);
    const farms = travelMatrix([FARM, { ...FARM, x: 413_000, y: 304_000 }]);
    expect(farms.time[1]).toBeCloseTo(((5000 * 1.3) / METRES_PER_MILE / 30) * 60, 12); // 8.1 minutes
  });

  it("takes the council's circuity and speeds instead", () => {
    const own = travelMatrix([SCHOOL, FARM], { circuity: 1.5, mph: { urban: 12 } });
    const miles = (10_000 * 1.5) / METRES_PER_MILE;
    expect(own.distance[1]).toBeCloseTo(miles, 12);
    expect(own.time[1]).toBeCloseTo((miles / 12) * 60, 12);
    expect(resolveTravelSettings({ mph: { rural: 40 } }).mph).toEqual({ urban: 15, suburban: 22, rural: 40 });
  });

  it("refuses a circuity below 1, a speed that is not positive, or a point without a grid reference", () => {
    expect(() => travelMatrix([SCHOOL], { circuity: 0.9 })).toThrow("at least 1");
    expect(() => travelMatrix([SCHOOL], { mph: { suburban: 0 } })).toThrow(
      "suburban speed must be a positive number",
    );
    expect(() => travelMatrix([{ ...SCHOOL, x: Number.NaN }])).toThrow(
      "Point 0 has no usable grid reference",
    );
  });

  it("is a travel source the solver's problems can use, and the checker reads its times", () => {
    const travel = straightLine()([SCHOOL, SUBURB]);
    const minutes = travel.time[1] ?? 0; // 5 km × 1.3 at 15 mph: 16.2 minutes
    expect(minutes).toBeCloseTo(16.156, 3);
    const problem: RoutingProblem = {
      name: "one pupil",
      dimensions: ["seats"],
      travel,
      vehicleTypes: [
        {
          id: "taxi",
          count: 1,
          capacity: [4],
          depot: 0,
          window: [0, 600],
          maxDuration: null,
          fixedCost: 6000,
          distanceCost: 0,
          assistantCost: null,
        },
      ],
      requests: [
        {
          id: "P1",
          pickup: { location: 1, window: [0, 600], service: 2 },
          dropoff: { location: 0, window: [0, 600], service: 2 },
          load: [1],
          maxRide: 45,
          alone: false,
          needsAssistant: false,
        },
      ],
      incompatible: [],
    };
    const stops = [
      {
        request: "P1",
        kind: "pickup" as const,
        location: 1,
        arrival: minutes,
        start: minutes,
        departure: minutes + 2,
      },
      {
        request: "P1",
        kind: "dropoff" as const,
        location: 0,
        arrival: 2 * minutes + 2,
        start: 2 * minutes + 2,
        departure: 2 * minutes + 4,
      },
    ];
    const result = checkSolution(problem, {
      routes: [{ vehicleType: "taxi", leave: 0, back: 2 * minutes + 4, stops, assistant: false }],
      unserved: [],
    });
    expect(result.violations).toEqual([]);
    expect(result.objective.rideTime).toBeCloseTo(minutes, 9);
  });
});
