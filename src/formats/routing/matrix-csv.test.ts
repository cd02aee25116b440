import { describe, expect, it } from "vitest";
import type { GridPoint } from "../../domain/routing/travel.js";
import { RoutingFileError } from "./errors.js";
import { cachedCsvMatrix, MatrixCache, matrixKey } from "./matrix-cache.js";
import { csvMatrixSource, parseMatrixCsv } from "./matrix-csv.js";

const CSV = [
  "From,To,Minutes,Miles,Source",
  "DEPOT,SCH1,12.5,6.1,osrm",
  "SCH1,DEPOT,13,6.3,osrm",
  "DEPOT,P001,8,3.2,osrm",
  "P001,DEPOT,8.5,3.3,osrm",
  "SCH1,P001,20,9.9,osrm",
  "P001,SCH1,21,10,osrm",
  "SCH9,P001,99,99,osrm",
].join("\r\n");

function problems(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(RoutingFileError);
    return (error as Error).message;
  }
  throw new Error("no error");
}

describe("parseMatrixCsv", () => {
  it("lays the council's minutes and miles out in the problem's order, both directions as given", () => {
    const m = parseMatrixCsv(CSV, ["SCH1", "P001", "DEPOT"], "matrix.csv");
    expect(m.size).toBe(3);
    expect([...m.time]).toEqual([0, 20, 13, 21, 0, 8.5, 12.5, 8, 0]);
    expect([...m.distance]).toEqual([0, 9.9, 6.3, 10, 0, 3.3, 6.1, 3.2, 0]);
  });

  it("gives every place that shares an id the same figures, and 0 between them", () => {
    const m = parseMatrixCsv(CSV, ["P001", "SCH1", "P001"], "matrix.csv");
    expect([...m.time]).toEqual([0, 21, 0, 20, 0, 20, 0, 21, 0]);
  });

  it("names the pairs the problem needs and the file lacks", () => {
    expect(problems(() => parseMatrixCsv(CSV, ["SCH1", "P002", "DEPOT"], "matrix.csv"))).toContain(
      "matrix.csv, column from, to: the matrix has no row for 4 pairs the problem needs: SCH1 → P002, P002 → SCH1, P002 → DEPOT, DEPOT → P002",
    );
  });

  it("names the line, column and value of a figure that is not a number of at least 0", () => {
    const bad = CSV.replace("SCH1,P001,20,9.9", "SCH1,P001,twenty,-1");
    const message = problems(() => parseMatrixCsv(bad, ["SCH1", "P001"], "matrix.csv"));
    expect(message).toContain(
      'matrix.csv, line 6, column minutes (value "twenty"): must be a number of at least 0',
    );
    expect(message).toContain(
      'matrix.csv, line 6, column miles (value "-1"): must be a number of at least 0',
    );
  });

  it("refuses a pair given twice with different figures, and a missing column", () => {
    const twice = `${CSV}\r\nSCH1,P001,25,9.9,osrm`;
    expect(problems(() => parseMatrixCsv(twice, ["SCH1", "P001"], "m.csv"))).toContain(
      'm.csv, line 9, column from (value "SCH1"): the pair SCH1 → P001 is given twice with different figures (first on line 6)',
    );
    expect(problems(() => parseMatrixCsv("from,to,minutes\nA,B,1", ["A", "B"], "m.csv"))).toContain(
      "m.csv, line 1, column miles: the matrix must have the column miles",
    );
  });
});

describe("the travel matrix cache", () => {
  const places: GridPoint[] = [
    { x: 400_000, y: 300_000, area: "urban", id: "SCH1" },
    { x: 403_000, y: 304_000, area: "rural", id: "P001" },
  ];

  it("builds a matrix once for the same places and source, and again when either changes", () => {
    const cache = new MatrixCache(4);
    let built = 0;
    const source = (points: readonly GridPoint[]) => {
      built++;
      return csvMatrixSource(CSV, "matrix.csv")(points);
    };
    const first = cache.matrix(source, "csv v1", places);
    expect(cache.matrix(source, "csv v1", places)).toBe(first);
    expect(built).toBe(1);
    cache.matrix(source, "csv v2", places);
    cache.matrix(source, "csv v1", [...places].reverse());
    expect(built).toBe(3);
    expect({ hits: cache.hits, misses: cache.misses, size: cache.size }).toEqual({
      hits: 1,
      misses: 3,
      size: 3,
    });
  });

  it("keys on every place's grid reference, area and id, in order", () => {
    const key = matrixKey("s", places);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(matrixKey("s", [{ ...places[0], area: "rural" } as GridPoint, places[1] as GridPoint])).not.toBe(
      key,
    );
    expect(matrixKey("s", [{ ...places[0], x: 400_001 } as GridPoint, places[1] as GridPoint])).not.toBe(key);
    expect(matrixKey("t", places)).not.toBe(key);
  });

  it("keeps only the most recently used matrices", () => {
    const cache = new MatrixCache(2);
    const source = csvMatrixSource(CSV, "matrix.csv");
    const a = cache.matrix(source, "a", places);
    cache.matrix(source, "b", places);
    cache.matrix(source, "a", places);
    cache.matrix(source, "c", places);
    expect(cache.size).toBe(2);
    expect(cache.matrix(source, "a", places)).toBe(a);
    expect(cache.misses).toBe(3);
  });
});

describe("the council's matrix as a travel source", () => {
  it("finds places by another id when told, e.g. a SEND location's ref, and caches by text and ids", () => {
    const places = [
      { x: 0, y: 0, area: "urban" as const, ref: "SCH1" },
      { x: 1, y: 1, area: "urban" as const, ref: "P001" },
    ];
    const cache = new MatrixCache();
    const source = cachedCsvMatrix(CSV, "matrix.csv", (p: (typeof places)[number]) => p.ref, cache);
    const m = source(places);
    expect([...m.time]).toEqual([0, 20, 21, 0]);
    expect(source(places)).toBe(m);
    expect(
      source([
        { ...places[0], ref: "DEPOT" } as (typeof places)[number],
        places[1] as (typeof places)[number],
      ]),
    ).not.toBe(m);
    expect(cache.misses).toBe(2);
  });

  it("refuses a place without an id", () => {
    expect(problems(() => csvMatrixSource(CSV, "matrix.csv")([{ x: 0, y: 0, area: "rural" }]))).toContain(
      "place 0 of the problem has no id to find in the matrix",
    );
  });
});
