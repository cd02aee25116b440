import { describe, expect, it } from "vitest";
import { operatorRoutes, stopsTable } from "./operators.js";
import { SOLVED } from "./scenario.fixture.js";

describe("stopsTable and operatorRoutes: what an operator drives from", () => {
  it("lists every stop of every route in order, with its time, pupil, place and grid reference", () => {
    const rows = stopsTable(SOLVED).rows.map((r) => r.values);
    const first = SOLVED.morning.routes[0]?.stops[0];
    const home = SOLVED.morning.locations[first?.location ?? 0];
    expect(rows[0]).toMatchObject({
      run: "morning",
      route: 1,
      stop: 1,
      kind: "pick-up",
      pupil: first?.request,
      place: "home",
      easting: home?.x,
      northing: home?.y,
    });
    expect(new Set(rows.map((r) => r.place))).toEqual(new Set(["home", "school S1", "school S2"]));
  });

  it("names a pupil's pick-up point where they walk to one", () => {
    const pupils = SOLVED.pupils.map((p) =>
      p.pupil === "P01" ? { ...p, arrangement: "pick-up point P3, 420 m walk" } : p,
    );
    const rows = stopsTable({ ...SOLVED, pupils }).rows.map((r) => r.values);
    const p01 = rows.filter((r) => r.pupil === "P01").map((r) => r.place);
    expect(p01.sort()).toEqual(["pick-up point P3", "pick-up point P3", "school S1", "school S1"]);
  });

  it("puts both runs' routes in one table, each row with its run", () => {
    const routes = operatorRoutes(SOLVED).rows.map((r) => r.values.run);
    expect(routes).toEqual([
      ...SOLVED.morning.routes.map(() => "morning"),
      ...SOLVED.afternoon.routes.map(() => "afternoon"),
    ]);
  });
});
