import { describe, expect, it } from "vitest";
import type { RunPlan } from "../../domain/transport/scenarios/model.js";
import { routeMapSvg } from "./route-map.js";
import { SOLVED } from "./scenario.fixture.js";

const count = (svg: string, text: string) => svg.split(text).length - 1;

/** A depot, a school 10 miles east of it and a home to the north, one route of a hostile vehicle type. */
const TEN_MILES = 16_093.44;
const plan: RunPlan = {
  run: "morning",
  routes: [
    {
      vehicleType: "TAXI<&>",
      leave: 480,
      back: 560,
      stops: [
        { request: "P1", kind: "pickup", location: 2, arrival: 490, start: 490, departure: 492 },
        { request: "P1", kind: "dropoff", location: 1, arrival: 530, start: 530, departure: 532 },
      ],
      assistant: false,
    },
  ],
  routeCosts: [123_45],
  unserved: [],
  objective: { cost: 123_45, distance: 20, rideTime: 38, vehicles: 1 },
  locations: [
    { kind: "depot", ref: "TAXI<&>", x: 300_000, y: 250_000, area: "rural" },
    { kind: "school", ref: "S1", x: 300_000 + TEN_MILES, y: 250_000, area: "rural" },
    { kind: "home", ref: "P1", x: 305_000, y: 252_000, area: "rural" },
  ],
};

describe("routeMapSvg: one run's routes drawn without map tiles", () => {
  it("draws a line per route, a square per school used, a dot per home and a triangle per depot", () => {
    for (const run of [SOLVED.morning, SOLVED.afternoon]) {
      const svg = routeMapSvg(run);
      const kinds = (k: string) => run.locations.filter((l) => l.kind === k).length;
      expect(count(svg, "<polyline")).toBe(run.routes.length);
      expect(count(svg, 'class="school"')).toBe(kinds("school"));
      expect(count(svg, 'class="home"')).toBe(kinds("home"));
      expect(count(svg, 'class="depot"')).toBe(kinds("depot"));
      expect(kinds("school")).toBe(2);
    }
  });

  it("gives each route a hover title with its number, vehicle type, pupils and cost, and a line depot to depot", () => {
    const svg = routeMapSvg(plan);
    expect(svg).toContain("<title>Route 1: TAXI&lt;&amp;&gt;, 1 pupil, £123.45</title>");
    const points = /<polyline class="route" data-route="1" points="([^"]+)"/.exec(svg)?.[1]?.split(" ") ?? [];
    expect(points).toHaveLength(4);
    expect(points[0]).toBe(points[3]);
  });

  it("keeps north up and one scale on both axes", () => {
    const svg = routeMapSvg(plan);
    const [depot, home, school] = (/points="([^"]+)"/.exec(svg)?.[1] ?? "")
      .split(" ")
      .map((p) => p.split(",").map(Number)) as [number[], number[], number[]];
    const [dx, dy] = [(school[0] ?? 0) - (depot[0] ?? 0), (home[1] ?? 0) - (depot[1] ?? 0)];
    expect(dy).toBeLessThan(0);
    expect(Math.abs(dy) / dx).toBeCloseTo(2_000 / TEN_MILES, 2);
  });

  it("has a scale bar of round miles and a legend of vehicle types, school, home and depot", () => {
    const svg = routeMapSvg(plan, { width: 800, height: 600 });
    expect(svg).toMatch(/<g class="scale-bar">.*>2 miles<\/text><\/g>/);
    for (const label of ["TAXI&lt;&amp;&gt;", "school", "home", "depot"])
      expect(svg).toMatch(new RegExp(`<g class="legend".*>${label}</text>`));
  });

  it("escapes every text and is the same every time", () => {
    const svg = routeMapSvg(plan, { title: '<script>alert("x")</script>' });
    expect(svg).not.toContain("<script>");
    expect(svg).not.toContain("TAXI<&>");
    expect(svg).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(routeMapSvg(SOLVED.morning)).toBe(routeMapSvg(SOLVED.morning));
  });
});
