/**
 * The reader and the independent checker together, on a published best-known solution: Hasle and
 * Kloster's 9 routes for Li & Lim's lc103 (1035.3499), as kept in the public-domain
 * rogalski-wmii-uni-lodz-pl/vrp-benchmarks repository. Scheduled at the earliest times, it must pass
 * every check, and the checker's distance must be the published one.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkSolution } from "../../src/domain/routing/check/check.js";
import type { Route, RoutingProblem, ScheduledStop } from "../../src/domain/routing/model.js";
import { parseLiLimBestKnown } from "../../src/formats/routing/best-known.js";
import { LILIM_VEHICLE_COST, parseLiLim } from "../../src/formats/routing/lilim.js";

const DIR = join(process.cwd(), "../shared/data/routing/pdptw-lilim-100");

const LC103 = [
  [43, 42, 41, 40, 44, 46, 101, 45, 48, 51, 50, 52, 49, 47],
  [5, 3, 7, 8, 10, 11, 9, 6, 4, 2, 1, 75],
  [81, 78, 76, 71, 70, 73, 77, 79, 80, 83, 82, 63],
  [90, 87, 98, 92, 84, 85, 88, 86, 89, 91],
  [57, 55, 54, 53, 56, 58, 60, 59, 22, 21],
  [13, 17, 19, 94, 93, 102, 97, 100, 99, 96, 95, 12],
  [67, 65, 62, 74, 72, 61, 64, 68, 66, 69],
  [32, 33, 31, 35, 104, 37, 38, 39, 36, 34, 29, 28, 26, 103],
  [20, 25, 27, 15, 30, 24, 23, 18, 16, 14],
];

/** A route through the given task locations, each service started as early as its window allows. */
function earliest(problem: RoutingProblem, tasks: readonly number[]): Route {
  const type = problem.vehicleTypes[0];
  if (!type) throw new Error("no vehicle type");
  const size = problem.travel.size;
  const stops: ScheduledStop[] = [];
  let place = type.depot;
  let free = type.window[0];
  for (const location of tasks) {
    const request = problem.requests.find(
      (r) => r.pickup.location === location || r.dropoff.location === location,
    );
    if (!request) throw new Error(`no request at ${location}`);
    const kind = request.pickup.location === location ? "pickup" : "dropoff";
    const stop = request[kind];
    const arrival = free + (problem.travel.time[place * size + location] ?? 0);
    const start = Math.max(arrival, stop.window[0]);
    stops.push({ request: request.id, kind, location, arrival, start, departure: start + stop.service });
    place = location;
    free = start + stop.service;
  }
  const back = free + (problem.travel.time[place * size + type.depot] ?? 0);
  return { vehicleType: type.id, leave: type.window[0], back, stops, assistant: false };
}

describe("the checker on Li & Lim lc103's best-known solution", () => {
  const problem = parseLiLim(readFileSync(join(DIR, "lc103.txt"), "utf8"), "lc103.txt");
  const best = parseLiLimBestKnown(readFileSync(join(DIR, "best-known.csv"), "utf8"), "best-known.csv").get(
    "lc103",
  );
  const solution = { routes: LC103.map((tasks) => earliest(problem, tasks)), unserved: [] };

  it("passes it, with the published vehicles and distance", () => {
    const result = checkSolution(problem, solution);
    expect(result.violations).toEqual([]);
    expect(result.objective.vehicles).toBe(best?.routes);
    expect(result.objective.distance).toBeCloseTo(best?.distance ?? 0, 4);
    expect(result.objective.cost).toBeCloseTo(LILIM_VEHICLE_COST * 9 + (best?.distance ?? 0), 4);
  });

  it("catches a route driven backwards, each delivery before its pickup", () => {
    const swapped = structuredClone(solution);
    const first = swapped.routes[1];
    if (first) first.stops = [...first.stops].reverse();
    const result = checkSolution(problem, swapped);
    expect(result.feasible).toBe(false);
    expect(result.violations.some((v) => v.constraint === "sequence" && v.route === 1)).toBe(true);
  });
});
