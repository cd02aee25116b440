import { describe, expect, it } from "vitest";
import { travelMatrix } from "../../domain/routing/travel.js";
import { ProblemJsonError, parseProblemJson } from "./problem-json.js";

const matrix = {
  size: 3,
  time: [
    [0, 5, 9],
    [5, 0, 6],
    [9, 6, 0],
  ],
  distance: [
    [0, 4, 8],
    [4, 0, 5],
    [8, 5, 0],
  ],
};
const problem = {
  dimensions: ["seats", "wheelchair spaces"],
  travel: matrix,
  vehicleTypes: [
    { id: "taxi", count: null, capacity: [4, 0], depot: 0, window: [0, 100], fixedCost: 30, distanceCost: 2 },
  ],
  requests: [
    {
      id: "P1",
      pickup: { location: 1, window: [0, 50] },
      dropoff: { location: 2, window: [20, 60] },
      load: [1, 0],
    },
  ],
};
const parse = (value: unknown) => parseProblemJson(JSON.stringify(value), "in/two.json");
const problems = (value: unknown): string[] => {
  try {
    parse(value);
  } catch (error) {
    expect(error).toBeInstanceOf(ProblemJsonError);
    return (error as Error).message.split("\n").slice(1);
  }
  throw new Error("accepted");
};

describe("parseProblemJson", () => {
  it("reads the matrices row by row, fills what may be left out, and takes an unlimited fleet as null", () => {
    const p = parse(problem);
    expect(p.name).toBe("two");
    expect(p.travel.size).toBe(3);
    expect(p.travel.time[1 * 3 + 2]).toBe(6);
    expect(p.travel.distance[2 * 3 + 0]).toBe(8);
    expect(p.vehicleTypes[0]).toMatchObject({
      count: Number.POSITIVE_INFINITY,
      maxDuration: null,
      assistantCost: null,
    });
    expect(p.requests[0]).toMatchObject({ maxRide: null, alone: false, needsAssistant: false });
    expect(p.requests[0]?.pickup.service).toBe(0);
    expect(p.incompatible).toEqual([]);
  });

  it("estimates travel from grid points as travelMatrix does", () => {
    const points = [
      { x: 400000, y: 300000, area: "urban" },
      { x: 403000, y: 304000, area: "rural" },
      { x: 410000, y: 300000, area: "suburban" },
    ] as const;
    const p = parse({ ...problem, travel: { points, circuity: 1.2 } });
    const expected = travelMatrix(points, { circuity: 1.2 });
    expect(Array.from(p.travel.time)).toEqual(Array.from(expected.time));
    expect(Array.from(p.travel.distance)).toEqual(Array.from(expected.distance));
  });

  it("names the file, the JSON path, the value and the rule of every fault in a field", () => {
    const bad = structuredClone(problem) as Record<string, unknown> & typeof problem;
    const [request] = bad.requests;
    Object.assign(request ?? {}, { maxRide: -5, laod: [1] });
    Object.assign(bad.vehicleTypes[0] ?? {}, { fixedCost: "30" });
    expect(problems({ ...bad, travel: { ...matrix, size: 0 } })).toEqual([
      'in/two.json, at vehicleTypes[0].fixedCost (value "30"): must be a number',
      "in/two.json, at requests[0].maxRide (value -5): must be 0 or more",
      'in/two.json, at requests[0]: "laod" is not a field here (a misspelling?)',
      "in/two.json, at travel.size (value 0): must be at least 1",
    ]);
    expect(problems({ ...problem, travel: { points: [{ x: 1, y: 2, area: "town" }] } })).toEqual([
      'in/two.json, at travel.points[0].area (value "town"): must be one of urban, suburban, rural',
    ]);
    expect(problems({ ...problem, requests: undefined })).toEqual(["in/two.json, at requests: is required"]);
  });

  it("checks the rules across fields: places in the matrix, a number a dimension, ids once, known pairs", () => {
    const twice = problem.requests[0];
    expect(
      problems({
        ...problem,
        travel: {
          ...matrix,
          time: [
            [0, 5, 9],
            [5, 0],
            [9, 6, 0],
          ],
        },
        vehicleTypes: [{ ...problem.vehicleTypes[0], depot: 3, capacity: [4] }],
        requests: [twice, twice],
        incompatible: [["P1", "P9"]],
      }),
    ).toEqual([
      "in/two.json, at travel.time[1] (value [5,0]): must have 3 numbers, one for each place",
      "in/two.json, at vehicleTypes[0].depot (value 3): must be a place from 0 to 2 (travel covers 3 places)",
      "in/two.json, at vehicleTypes[0].capacity (value [4]): must have 2 numbers (seats, wheelchair spaces)",
      'in/two.json, at requests[1].id (value "P1"): is already the id of an earlier one; ids must be unique',
      'in/two.json, at incompatible[0][1] (value "P9"): must be the id of a request',
    ]);
  });

  it("says when the file is not JSON at all", () => {
    expect(() => parseProblemJson("{ nope", "p.json")).toThrow(
      /^p\.json cannot be read as a routing problem \(1 problem\)\.\np\.json, at \(the whole file\): is not JSON/,
    );
  });
});
