/**
 * `outturn route` from end to end, spawned as a user runs it: benchmark files solved close to the
 * best known with every request served and the checker's verdict, routes a user's own checker can
 * read (locations are the file's node numbers), a problem as JSON, the council's own book priced in
 * pence, and bad input that exits 2 naming the path and the rule. Iteration budgets, not time.
 */
import { readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ScheduledStop as Stop } from "../../src/domain/routing/model.js";
import { demoStore, outturn } from "../support/cli.js";

const DATA = join(process.cwd(), "../shared/data/routing");
const A2_16 = join(DATA, "darp-cordeau-a/a2-16.txt");
const LC101 = join(DATA, "pdptw-lilim-100/lc101.txt");

interface Report {
  objective: { cost: number; distance: number; vehicles: number };
  bestKnown: { distance: number; vehicles: number | null; gapPercent: number } | null;
  routes: { vehicleType: string; distance: number; cost: number; pence?: number; stops: Stop[] }[];
  unserved: unknown[];
  check: { feasible: boolean; violations: unknown[]; objectiveDifferences: string[] };
  council?: {
    pupils: { pupil: string; route: number; rideMinutes: number; maxRide: number; pence: number }[];
    total: { pence: number; pounds: string; pupils: number };
  };
}

async function solved(...args: string[]): Promise<Report> {
  const result = await outturn(["route", ...args, "--workers", "1", "--format", "json"]);
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout);
}

/** Each served request's pickup and drop-off, by id, from the routes. */
const served = (report: Report) => {
  const seen = new Map<string, string[]>();
  for (const s of report.routes.flatMap((r) => r.stops))
    seen.set(s.request, [...(seen.get(s.request) ?? []), s.kind]);
  return seen;
};

/** The route's length from the file's own coordinates, as a user's checker would compute it. */
function lengthFromFile(file: string, skip: number, stops: readonly Stop[]): number {
  const rows = readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .slice(skip)
    .map((l) => l.trim().split(/\s+/).map(Number));
  const at = (node: number) => rows.find((r) => r[0] === node) as number[];
  const path = [0, ...stops.map((s) => s.location), 0].map(at);
  let total = 0;
  for (let k = 1; k < path.length; k++) {
    const [a, b] = [path[k - 1] as number[], path[k] as number[]];
    total += Math.hypot((a[1] as number) - (b[1] as number), (a[2] as number) - (b[2] as number));
  }
  return total;
}

describe("outturn route on benchmark files", () => {
  it("solves Cordeau's a2-16 within 5% of the optimum 294.25, every request served, checked feasible", async () => {
    const report = await solved("--cordeau", A2_16, "--iterations", "300");
    expect(report.check).toEqual({ feasible: true, violations: [], objectiveDifferences: [] });
    expect(report.unserved).toEqual([]);
    const stops = served(report);
    expect(stops.size).toBe(16);
    for (const kinds of stops.values()) expect(kinds).toEqual(["pickup", "dropoff"]);
    expect(report.objective.distance).toBeGreaterThan(294.25 * 0.999);
    expect(report.objective.distance).toBeLessThan(294.25 * 1.05);
    expect(report.bestKnown?.distance).toBe(294.25);
    // Request i is picked up at node i and dropped off at node 16 + i, the file's numbering; the
    // routes' lengths from the file's coordinates add up to the distance reported.
    for (const s of report.routes.flatMap((r) => r.stops))
      expect(s.location).toBe(Number(s.request) + (s.kind === "dropoff" ? 16 : 0));
    const total = report.routes.reduce((sum, r) => sum + lengthFromFile(A2_16, 1, r.stops), 0);
    expect(total).toBeCloseTo(report.objective.distance, 6);
  });

  it("solves Li & Lim's lc101 with its best-known 10 vehicles, within 5% of 828.94", async () => {
    const report = await solved("--lilim", LC101, "--iterations", "100");
    expect(report.check.feasible).toBe(true);
    expect(report.unserved).toEqual([]);
    expect(served(report).size).toBe(53);
    expect(report.objective.vehicles).toBe(10);
    expect(report.routes).toHaveLength(10);
    expect(report.objective.distance).toBeLessThan(828.94 * 1.05);
    expect(report.bestKnown).toMatchObject({ vehicles: 10, distance: 828.9369 });
    const total = report.routes.reduce((sum, r) => sum + lengthFromFile(LC101, 1, r.stops), 0);
    expect(total).toBeCloseTo(report.objective.distance, 6);
  });
});

describe("outturn route --input", () => {
  let dir = "";
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "outturn-route-"));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  // A depot (0), two homes (1, 2) and a school (3) on a line, 10 minutes and miles apart.
  const line = (n: number) =>
    Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => 10 * Math.abs(i - j)));
  const pupil = (id: string, home: number) => ({
    id,
    pickup: { location: home, window: [0, 100], service: 1 },
    dropoff: { location: 3, window: [40, 60], service: 1 },
    load: [1],
    maxRide: 40,
  });
  const problem = {
    name: "two pupils",
    dimensions: ["seats"],
    travel: { size: 4, time: line(4), distance: line(4) },
    vehicleTypes: [
      { id: "car", count: 2, capacity: [4], depot: 0, window: [0, 120], fixedCost: 100, distanceCost: 2 },
    ],
    requests: [pupil("A", 1), pupil("B", 2)],
  };

  it("shares one car between two pupils on the way, and says so in the text summary", async () => {
    const file = join(dir, "problem.json");
    await writeFile(file, JSON.stringify(problem));
    const report = await solved("--input", file, "--iterations", "50");
    expect(report.check.feasible).toBe(true);
    expect(report.routes).toHaveLength(1);
    const [route] = report.routes;
    // Both on the way: A, then B, then both dropped off at school (either first: the ride times tie).
    const visits = route?.stops.map((s) => `${s.kind} ${s.request} at ${s.location}`) ?? [];
    expect(visits.slice(0, 2)).toEqual(["pickup A at 1", "pickup B at 2"]);
    expect(visits.slice(2).sort()).toEqual(["dropoff A at 3", "dropoff B at 3"]);
    // 10 + 10 + 10 out, 30 back to the depot: 60 miles at 2 a mile, plus the car's 100.
    expect(route).toMatchObject({ distance: 60, cost: 220 });
    expect(report.objective).toMatchObject({ cost: 220, distance: 60, vehicles: 1 });

    const text = await outturn(["route", "--input", file, "--iterations", "50", "--workers", "1"]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("two pupils: routing problem");
    expect(text.stdout).toContain("1 route, 1 vehicle, cost 220.00, distance 60.00");
    expect(text.stdout).toContain("Every request is served.");
    expect(text.stdout).toContain("Checker: feasible.");
  });

  it("refuses a bad file with exit 2, naming the file, the JSON path, the value and the rule", async () => {
    const file = join(dir, "bad.json");
    const bad = structuredClone(problem);
    const second = bad.requests[1];
    if (second) second.pickup.window = [90, 30];
    await writeFile(file, JSON.stringify(bad));
    const result = await outturn(["route", "--input", file]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(
      `${file}, at requests[1].pickup.window (value [90,30]): must open no later than it closes`,
    );
    expect(result.stderr).not.toContain("    at "); // no stack
  });
});

describe("outturn route on the council's transport book", () => {
  const { cli } = demoStore("outturn-route-");

  it("routes Demoshire's morning run with every pupil within their limit and costs in pence that add up", async () => {
    const result = await cli("route", "--iterations", "1", "--workers", "1", "--format", "json");
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.check.feasible).toBe(true);
    const council = report.council as NonNullable<Report["council"]>;
    expect(council.total.pupils + report.unserved.length).toBe(540);
    for (const p of council.pupils) expect(p.rideMinutes).toBeLessThanOrEqual(p.maxRide);
    const routePence = report.routes.map((r) => r.pence as number);
    expect(council.total.pence).toBe(routePence.reduce((a, b) => a + b, 0));
    expect(council.pupils.reduce((a, p) => a + p.pence, 0)).toBe(council.total.pence);
    for (const r of report.routes) expect(Math.abs((r.pence as number) - r.cost)).toBeLessThanOrEqual(0.5);
    expect(council.total.pounds).toBe((council.total.pence / 100).toFixed(2));
  });
});
