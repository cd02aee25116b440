import { describe, expect, it } from "vitest";
import type { RoutingSolution } from "../model.js";
import { broken, type DeepMutable } from "./check.fixture.js";

describe("checkSolution catches structural faults as sequence", () => {
  const cases: [string, (s: DeepMutable<RoutingSolution>) => void, string][] = [
    [
      "a request neither served nor unserved",
      (s) => s.unserved.pop(),
      "neither on a route nor listed as unserved",
    ],
    [
      "a request both served and unserved",
      (s) => s.unserved.push({ request: "D", constraint: "fleet", reason: "no taxi" }),
      "listed as unserved but is on a route",
    ],
    [
      "an unserved request without a reason",
      (s) => {
        if (s.unserved[0]) s.unserved[0].reason = " ";
      },
      "without a constraint and a reason",
    ],
    [
      "a request served twice",
      (s) => s.routes.push({ ...structuredClone(s.routes[1]), vehicleType: "taxi" } as never),
      "picked up 2 times",
    ],
    [
      "a drop-off before its pickup",
      (s) => s.routes[1]?.stops.reverse(),
      "dropped off (stop 0) before it is picked up (stop 1)",
    ],
    [
      "pickup and drop-off on different routes",
      (s) => {
        const d = s.routes[1]?.stops.pop();
        if (d) s.routes[0]?.stops.push(d);
      },
      "dropped off on route 0",
    ],
    [
      "a stop at the wrong place",
      (s) => {
        if (s.routes[1]?.stops[0]) s.routes[1].stops[0].location = 1;
      },
      "is at location 1; the request's pickup is at 2",
    ],
    [
      "an unknown vehicle type",
      (s) => {
        if (s.routes[1]) s.routes[1].vehicleType = "coach";
      },
      'uses vehicle type "coach"',
    ],
    [
      "a time that is not a number",
      (s) => {
        if (s.routes[1]) s.routes[1].back = Number.NaN;
      },
      "not a finite number",
    ],
  ];
  it.each(cases)("%s", (_name, change, message) => {
    const result = broken(change);
    expect(result.feasible).toBe(false);
    expect(result.violations.some((v) => v.constraint === "sequence" && v.message.includes(message))).toBe(
      true,
    );
  });
});
