import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CORDEAU_A_BEST_KNOWN } from "./best-known.js";
import { parseCordeau } from "./cordeau.js";
import { RoutingFileError } from "./errors.js";

const DIR = join(process.cwd(), "../shared/data/routing/darp-cordeau-a");
const FILES = readdirSync(DIR).filter((f) => f.endsWith(".txt"));

describe("parseCordeau on every instance of set a", () => {
  it("finds the 21 instances, each with a best-known value", () => {
    expect(FILES).toHaveLength(21);
    expect(FILES.map((f) => f.replace(".txt", "")).sort()).toEqual(Object.keys(CORDEAU_A_BEST_KNOWN).sort());
  });

  it.each(FILES)("%s: the vehicles and requests its name gives, and set a's limits", (file) => {
    const p = parseCordeau(readFileSync(join(DIR, file), "utf8"), join(DIR, file));
    const [, k, n] = /^a(\d+)-(\d+)\.txt$/.exec(file) ?? [];
    expect(p.name).toBe(file.replace(".txt", ""));
    expect(p.requests).toHaveLength(Number(n));
    expect(p.travel.size).toBe(2 * Number(n) + 1);
    const [type] = p.vehicleTypes;
    expect(type).toMatchObject({
      count: Number(k),
      capacity: [3],
      depot: 0,
      fixedCost: 0,
      distanceCost: 1,
      assistantCost: null,
    });
    expect([480, 600, 720]).toContain(type?.maxDuration);
    for (const [i, r] of p.requests.entries()) {
      expect(r).toMatchObject({
        id: String(i + 1),
        load: [1],
        maxRide: 30,
        alone: false,
        needsAssistant: false,
      });
      expect(r.pickup.location).toBe(i + 1);
      expect(r.dropoff.location).toBe(Number(n) + i + 1);
      expect(r.pickup.service).toBe(3);
    }
  });
});

describe("parseCordeau on a2-20", () => {
  const text = readFileSync(join(DIR, "a2-20.txt"), "utf8");
  const p = parseCordeau(text, "a2-20.txt");

  it("reads windows and Euclidean travel, not rounded, time equal to distance", () => {
    // node 1 at (-4.374, -7.608); the depot at the origin
    expect(p.travel.distance[1]).toBeCloseTo(Math.sqrt(4.374 ** 2 + 7.608 ** 2), 12);
    expect(p.travel.time).toEqual(p.travel.distance);
    const r20 = p.requests[19];
    expect(r20?.pickup.window).toEqual([455, 470]);
    expect(r20?.dropoff.window).toEqual([0, 1440]);
  });

  it("closes the vehicles' day at the end depot's line (600), opening at the depot's (0)", () => {
    expect(p.vehicleTypes[0]?.window).toEqual([0, 600]);
    expect(p.vehicleTypes[0]?.maxDuration).toBe(600);
  });

  it("uses the depot's own window when a file has no end depot line (a2-16)", () => {
    const a216 = parseCordeau(readFileSync(join(DIR, "a2-16.txt"), "utf8"), "a2-16.txt");
    expect(a216.vehicleTypes[0]?.window).toEqual([0, 1440]);
  });
});

describe("parseCordeau refuses a bad file, naming the file, line, column and value", () => {
  const good = readFileSync(join(DIR, "a2-16.txt"), "utf8").split("\n");
  const withLine = (index: number, line: string) => good.map((l, i) => (i === index ? line : l)).join("\n");
  const message = (text: string) => {
    try {
      parseCordeau(text, "bad.txt");
    } catch (error) {
      expect(error).toBeInstanceOf(RoutingFileError);
      return (error as Error).message;
    }
    throw new Error("no error");
  };

  it("a value that is not a number", () => {
    expect(message(withLine(3, "  2\t5.573\tseven\t3\t1\t 0 1440"))).toContain(
      'bad.txt, line 4, column 3 (y) (value "seven"): must be a number',
    );
  });

  it("a drop-off whose load does not undo its pickup's", () => {
    expect(message(withLine(18, " 17\t1.0\t1.0\t3\t-2\t 0 1440"))).toContain(
      'bad.txt, line 19, column 5 (load) (value "-2"): node 17 is the drop-off of node 1, so its load must be -1',
    );
  });

  it("a window that closes before it opens, and a missing field", () => {
    const text = withLine(5, "  4\t1\t1\t3\t1\t 50 40");
    expect(message(text)).toContain(
      'line 6, column 7 (latest) (value "40"): the window closes before it opens (50)',
    );
    expect(message(withLine(0, "2 32 480 3"))).toContain("line 1");
  });

  it("too few node lines for the header", () => {
    expect(message(good.slice(0, 20).join("\n"))).toContain("the file needs 33 node lines");
  });

  it("an empty file", () => {
    expect(message("")).toContain("bad.txt: the file is empty");
  });
});
