import { describe, expect, it } from "vitest";
import { need, riderOf, smallBook } from "../transport/book.fixture.js";
import { TransportBookError } from "../transport/book-check.js";
import { transportProblem } from "./send-problem.js";
import { travelMatrix } from "./travel.js";

const P1 = need("P1");
const P2 = need("P2", {
  school: "S2",
  phase: "primary",
  wheelchair: true,
  seats: 0,
  assistant: true,
  alone: true,
});
const P3 = need("P3", { maxRide: 30, cannotTravelWith: ["P1"], homeArea: "urban", homeEasting: 349_000 });
const P4 = need("P4", { cannotTravelWith: ["P1"] });
const book = {
  ...smallBook([P1, P2, P3, P4]),
  htstPupils: [riderOf(P1), riderOf(P2), riderOf(P3), riderOf(P4, { end: "2024-07-19" })],
};
const at = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));

describe("transportProblem: the routing problem of one run from the transport book", () => {
  const morning = transportProblem(book, "morning", { on: "2024-10-01" });

  it("has a request per pupil riding that day, a depot per place, the schools used, then the homes", () => {
    expect(morning.requests.map((r) => r.id)).toEqual(["P1", "P2", "P3"]);
    expect(morning.locations.map((l) => [l.kind, l.ref, l.x, l.y, l.area])).toEqual([
      ["depot", "TAXI, BUS", 351_500, 250_000, "suburban"],
      ["school", "S1", 350_000, 250_000, "suburban"],
      ["school", "S2", 353_000, 250_000, "suburban"],
      ["home", "P1", 345_000, 252_000, "rural"],
      ["home", "P2", 345_000, 252_000, "rural"],
      ["home", "P3", 349_000, 252_000, "urban"],
    ]);
    expect(morning.travel).toEqual(travelMatrix(morning.locations));
    expect(morning.dimensions).toEqual(["seats", "wheelchair spaces"]);
  });

  it("in the morning, collects from home and arrives at school within the window before the bell", () => {
    const [p1, p2, p3] = morning.requests;
    expect(p1).toEqual({
      id: "P1",
      pickup: { location: 3, window: [at("06:00"), at("08:40")], service: 2 },
      dropoff: { location: 1, window: [at("08:25"), at("08:40")], service: 2 },
      load: [1, 0],
      maxRide: 75,
      alone: false,
      needsAssistant: false,
    });
    expect(p2).toEqual({
      id: "P2",
      pickup: { location: 4, window: [at("06:00"), at("08:55")], service: 5 },
      dropoff: { location: 2, window: [at("08:40"), at("08:55")], service: 5 },
      load: [0, 1],
      maxRide: 45,
      alone: true,
      needsAssistant: true,
    });
    expect(p3?.maxRide).toBe(30);
  });

  it("in the afternoon, collects from school within 15 minutes of the finish and takes each pupil home", () => {
    const afternoon = transportProblem(book, "afternoon", { on: "2024-10-01" });
    const [p1, p2] = afternoon.requests;
    expect([p1?.pickup, p1?.dropoff]).toEqual([
      { location: 1, window: [at("15:15"), at("15:30")], service: 2 },
      { location: 3, window: [at("15:15"), at("19:00")], service: 2 },
    ]);
    expect(p2?.pickup.window).toEqual([at("15:00"), at("15:15")]);
    expect(afternoon.vehicleTypes[0]?.window).toEqual([at("13:00"), at("19:00")]);
  });

  it("prices each run at half the day's fixed and assistant costs and the full rate per mile, in pence", () => {
    expect(morning.vehicleTypes).toEqual([
      {
        id: "TAXI",
        count: Number.POSITIVE_INFINITY,
        capacity: [4, 0],
        depot: 0,
        window: [at("06:00"), at("10:00")],
        maxDuration: null,
        fixedCost: 8_00,
        distanceCost: 2_10,
        assistantCost: 36_00,
      },
      {
        id: "BUS",
        count: 3,
        capacity: [16, 2],
        depot: 0,
        window: [at("06:00"), at("10:00")],
        maxDuration: null,
        fixedCost: 132_50,
        distanceCost: 0,
        assistantCost: 42_50,
      },
    ]);
    const whole = transportProblem(book, "morning", { runShare: 1, maxDuration: 120 }).vehicleTypes[1];
    expect([whole?.fixedCost, whole?.assistantCost, whole?.maxDuration]).toEqual([265_00, 85_00, 120]);
  });

  it("keeps each incompatible pair once, only between pupils in the run", () => {
    expect(morning.incompatible).toEqual([["P1", "P3"]]);
    const everyone = transportProblem(book, "morning");
    expect(everyone.requests).toHaveLength(4);
    expect(everyone.incompatible).toEqual([
      ["P1", "P3"],
      ["P1", "P4"],
    ]);
    const without = transportProblem(book, "morning", { include: (n) => n.pupilRef !== "P1" });
    expect([without.requests.map((r) => r.id), without.incompatible]).toEqual([["P2", "P3", "P4"], []]);
  });

  it("takes travel from another source when given one, and refuses one of the wrong size", () => {
    const flat = (size: number) => ({
      size,
      time: new Float64Array(size * size).fill(10),
      distance: new Float64Array(size * size).fill(4),
    });
    const given = transportProblem(book, "morning", { matrix: (locations) => flat(locations.length) });
    expect(given.travel.time[1]).toBe(10);
    expect(() => transportProblem(book, "morning", { matrix: () => flat(2) })).toThrow(
      "The travel matrix is for 2 places; the problem has 7.",
    );
  });

  it("refuses a book with broken rules, naming each", () => {
    const broken = { ...book, transportNeeds: [...book.transportNeeds, need("P9", { school: "S7" })] };
    expect(() => transportProblem(broken, "morning")).toThrow(TransportBookError);
    expect(() => transportProblem(broken, "morning")).toThrow(
      /transport-needs P9: School ID "S7" is not in transport-schools\ntransport-needs P9: no pupil P9 in htst-pupils/,
    );
  });
});
