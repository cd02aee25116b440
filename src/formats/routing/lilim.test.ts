import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseLiLimBestKnown } from "./best-known.js";
import { RoutingFileError } from "./errors.js";
import { LILIM_VEHICLE_COST, parseLiLim } from "./lilim.js";

const DIR = join(process.cwd(), "../shared/data/routing/pdptw-lilim-100");
const FILES = readdirSync(DIR).filter((f) => f.endsWith(".txt"));
const BEST = parseLiLimBestKnown(readFileSync(join(DIR, "best-known.csv"), "utf8"), "best-known.csv");

describe("parseLiLim on every 100-customer instance", () => {
  it("finds the 56 instances, each in the best-known table", () => {
    expect(FILES).toHaveLength(56);
    expect([...BEST.keys()].sort()).toEqual(FILES.map((f) => f.replace(".txt", "")).sort());
  });

  it.each(FILES)("%s: every task but the depot in exactly one request, and the header's fleet", (file) => {
    const text = readFileSync(join(DIR, file), "utf8");
    const p = parseLiLim(text, file);
    const tasks = text.split(/\r?\n/).filter((l) => l.trim() !== "").length - 1;
    expect(p.travel.size).toBe(tasks);
    expect(p.requests).toHaveLength((tasks - 1) / 2);
    const places = p.requests.flatMap((r) => [r.pickup.location, r.dropoff.location]).sort((a, b) => a - b);
    expect(places).toEqual(Array.from({ length: tasks - 1 }, (_, i) => i + 1));
    const [header] = text.split(/\r?\n/);
    const [vehicles, capacity] = (header ?? "").trim().split(/\s+/).map(Number);
    expect(p.vehicleTypes[0]).toMatchObject({
      count: vehicles,
      capacity: [capacity],
      maxDuration: null,
      fixedCost: LILIM_VEHICLE_COST,
      distanceCost: 1,
    });
    for (const r of p.requests) {
      expect(r.maxRide).toBeNull();
      expect(r.load[0]).toBeGreaterThan(0);
    }
    // vehicles first: one vehicle costs more than five times the instance's best-known distance
    expect(LILIM_VEHICLE_COST).toBeGreaterThan(5 * (BEST.get(p.name)?.distance ?? Number.POSITIVE_INFINITY));
  });
});

describe("parseLiLim on lc101", () => {
  const p = parseLiLim(readFileSync(join(DIR, "lc101.txt"), "utf8"), "lc101.txt");

  it("pairs a pickup with the delivery it names, with both windows and services", () => {
    // task 3 (42, 66), demand 10, window 65–146, service 90, delivers to task 75
    const r = p.requests.find((q) => q.id === "3");
    expect(r).toMatchObject({
      pickup: { location: 3, window: [65, 146], service: 90 },
      dropoff: { location: 75 },
      load: [10],
    });
  });

  it("opens and closes the vehicles' day at the depot's window, with Euclidean travel", () => {
    expect(p.vehicleTypes[0]?.window).toEqual([0, 1236]);
    // depot (40, 50) to task 1 (45, 68)
    expect(p.travel.distance[1]).toBeCloseTo(Math.sqrt(25 + 324), 12);
    expect(p.travel.time[1]).toBe(p.travel.distance[1]);
  });
});

describe("parseLiLim and the best-known table refuse bad files", () => {
  const good = readFileSync(join(DIR, "lc101.txt"), "utf8").split("\n");
  const error = (run: () => unknown) => {
    try {
      run();
    } catch (e) {
      expect(e).toBeInstanceOf(RoutingFileError);
      return (e as Error).message;
    }
    throw new Error("no error");
  };

  it("a pickup naming a delivery that does not name it back", () => {
    const text = good.map((l, i) => (i === 4 ? "3\t42\t66\t10\t65\t146\t90\t0\t74\r" : l)).join("\n");
    expect(error(() => parseLiLim(text, "lc101.txt"))).toContain(
      'lc101.txt, line 5, column 9 (delivery) (value "74"): task 74 must be a delivery that names this pickup',
    );
  });

  it("a speed that is not a number", () => {
    const text = ["25\t200\tfast", ...good.slice(1)].join("\n");
    expect(error(() => parseLiLim(text, "x.txt"))).toContain(
      'x.txt, line 1, column 3 (speed) (value "fast"): must be a number',
    );
  });

  it("a best-known row with a distance that is not a number", () => {
    const csv =
      "benchmark,clients,instance,when,routes,distance,who\nLiLim,100,lc101,2001-01-01,10,n/a,Li&Lim\n";
    expect(error(() => parseLiLimBestKnown(csv, "best-known.csv"))).toContain(
      'best-known.csv, line 2, column distance (value "n/a"): must be a number above 0',
    );
  });

  it("reads a best-known row", () => {
    expect(BEST.get("lc103")).toEqual({
      instance: "lc103",
      routes: 9,
      distance: 1035.3499,
      when: "2003-06-27",
      who: "BVH",
    });
  });
});
