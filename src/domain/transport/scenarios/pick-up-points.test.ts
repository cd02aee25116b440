import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { need, smallBook } from "../book.fixture.js";
import { transportBookErrors } from "../book-check.js";
import { pickUpPoints, WALKING_CIRCUITY, walkMetres } from "./pick-up-points.js";

const at = (x: number, y = 0) => ({ homeEasting: 345_000 + x, homeNorthing: 252_000 + y });

describe("pickUpPoints", () => {
  it("walks a pupil 1.3 times the straight line, in whole metres", () => {
    expect(WALKING_CIRCUITY).toBe(1.3);
    expect(walkMetres({ easting: 0, northing: 0 }, { easting: 300, northing: 400 })).toBe(650);
    expect(walkMetres({ easting: 0, northing: 0 }, { easting: 1, northing: 1 })).toBe(2);
  });

  it("gathers neighbours at their centroid and drops one who would walk too far from it", () => {
    // 650 m walks 500 m of straight line. A reaches B, C and D; their centroid (x 120) is 676 m from C.
    const book = smallBook([
      need("A", at(0)),
      need("B", at(400)),
      need("C", at(-400)),
      need("D", at(480)),
      need("E", at(5_000, 5_000)),
    ]);
    const before = structuredClone(book);
    const plan = pickUpPoints(book, 650);
    expect(plan.points).toEqual([
      {
        point: "P1",
        school: "S1",
        easting: 345_293,
        northing: 252_000,
        pupils: ["A", "B", "D"],
        longestWalk: 381,
      },
    ]);
    expect(plan.walks).toEqual(
      new Map([
        ["A", 381],
        ["B", 139],
        ["D", 243],
      ]),
    );
    const homes = plan.book.transportNeeds.map((n) => [n.pupilRef, n.homeEasting, n.homeNorthing]);
    expect(homes).toEqual([
      ["A", 345_293, 252_000],
      ["B", 345_293, 252_000],
      ["C", 344_600, 252_000],
      ["D", 345_293, 252_000],
      ["E", 350_000, 257_000],
    ]);
    expect(book).toEqual(before);
    expect(transportBookErrors(plan.book)).toEqual([]);
  });

  it("never moves a wheelchair user, a pupil with an assistant or one who travels alone", () => {
    const book = smallBook([
      need("A", at(0)),
      need("B", { ...at(10), wheelchair: true, seats: 0 }),
      need("C", { ...at(20), assistant: true }),
      need("D", { ...at(30), alone: true }),
    ]);
    const plan = pickUpPoints(book, 800);
    expect(plan.points).toEqual([]);
    expect(plan.book.transportNeeds).toEqual(book.transportNeeds);
  });

  it("groups school by school, names points in the order made and gives each the seed's area", () => {
    const book = smallBook([
      need("A", { ...at(0), school: "S2" }),
      need("B", { ...at(100), school: "S2", homeArea: "urban" }),
      need("C", { ...at(0), homeArea: "suburban" }),
      need("D", at(100)),
      need("E", at(3_000)),
    ]);
    const plan = pickUpPoints(book, 400);
    expect(plan.points.map((p) => [p.point, p.school, p.pupils])).toEqual([
      ["P1", "S1", ["C", "D"]],
      ["P2", "S2", ["A", "B"]],
    ]);
    const areas = Object.fromEntries(plan.book.transportNeeds.map((n) => [n.pupilRef, n.homeArea]));
    expect(areas).toEqual({ A: "rural", B: "rural", C: "suburban", D: "suburban", E: "rural" });
  });

  it("keeps every member within the walking distance of their point, in groups of two or more", () => {
    const homes = fc.array(fc.tuple(fc.integer({ min: 0, max: 3_000 }), fc.integer({ min: 0, max: 3_000 })), {
      minLength: 1,
      maxLength: 14,
    });
    fc.assert(
      fc.property(homes, fc.integer({ min: 0, max: 2_000 }), fc.boolean(), (points, limit, twoSchools) => {
        const needs = points.map(([x, y], i) =>
          need(`P${String(i).padStart(2, "0")}`, { ...at(x, y), school: twoSchools && i % 2 ? "S2" : "S1" }),
        );
        const plan = pickUpPoints(smallBook(needs), limit);
        const home = new Map(needs.map((n) => [n.pupilRef, n]));
        for (const p of plan.points) {
          expect(p.pupils.length).toBeGreaterThan(1);
          for (const pupil of p.pupils) {
            const n = home.get(pupil) as (typeof needs)[number];
            const walk = walkMetres({ easting: n.homeEasting, northing: n.homeNorthing }, p);
            expect(n.school).toBe(p.school);
            expect(plan.walks.get(pupil)).toBe(walk);
            expect(walk).toBeLessThanOrEqual(limit);
          }
        }
        const members = plan.points.flatMap((p) => p.pupils);
        expect(new Set(members).size).toBe(members.length);
        expect([...plan.walks.keys()].sort()).toEqual([...members].sort());
      }),
      { numRuns: 200 },
    );
  });
});
