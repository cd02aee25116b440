import { describe, expect, it } from "vitest";
import { parsePeriodRef, periodEnd } from "../domain/calendar/financial.js";
import { transportProblem } from "../domain/routing/send-problem.js";
import { maxRideOf } from "../domain/transport/book.js";
import { transportBookErrors } from "../domain/transport/book-check.js";
import { currentArrangements } from "../domain/transport/current-cost.js";
import { routeDailyCost } from "../domain/transport/route-cost.js";
import { registersAsAt } from "./as-at.js";
import { DEMOSHIRE_SEED, simulateCouncil } from "./generate.js";
import { Random } from "./random.js";
import { DEMOSHIRE_AREA } from "./transport-area.js";
import { demoTransportBook } from "./transport-book.js";
import { measureTransportBook } from "./transport-book-calibration.js";

const sim = simulateCouncil({ seed: DEMOSHIRE_SEED, scale: 1 });
const { registers } = sim;
const on = periodEnd(sim.asAt);
const needs = registers.transportNeeds;
const routes = new Map(registers.htstRoutes.map((r) => [r.routeRef, r]));
const pupils = new Map(registers.htstPupils.map((p) => [p.pupilRef, p]));
const routeOf = (ref: string) => routes.get(pupils.get(ref)?.routeRef ?? "");

describe("Demoshire's SEND transport book", () => {
  it("holds every pupil with an EHCP riding on the as-at date, at 60 schools, with no broken rule", () => {
    const riding = registers.htstPupils.filter((p) => p.ehcp && p.start <= on && p.end === null);
    expect(needs.map((n) => n.pupilRef).sort()).toEqual(riding.map((p) => p.pupilRef).sort());
    expect(needs.length).toBeGreaterThanOrEqual(500);
    expect(needs.length).toBeLessThanOrEqual(600);
    expect(registers.transportSchools).toHaveLength(60);
    expect(transportBookErrors(registers)).toEqual([]);
  });

  it("has about 8% in wheelchairs, 15% needing an assistant, 10% travelling alone, and a few pairs kept apart", () => {
    const f = measureTransportBook(registers, on);
    expect([f.wheelchair, f.assistant, f.alone].map((x) => Math.round(x * 100))).toEqual([8, 15, 10]);
    expect(f.incompatiblePairs).toBe(6);
  });

  it("agrees with how each pupil travels today: alone in a taxi, an assistant on a route with one, pairs apart", () => {
    for (const n of needs) {
      if (n.alone) expect(routeOf(n.pupilRef)?.occupancy).toBe("single");
      if (n.assistant) expect(routeOf(n.pupilRef)?.passengerAssistant).toBe(true);
      for (const other of n.cannotTravelWith) expect(routeOf(other)).not.toBe(routeOf(n.pupilRef));
    }
  });

  it("puts homes in a 50 × 40 km county, every direct journey within 71% of the pupil's longest ride", () => {
    for (const n of needs) {
      expect(n.homeEasting).toBeGreaterThanOrEqual(DEMOSHIRE_AREA.county.west);
      expect(n.homeEasting).toBeLessThanOrEqual(DEMOSHIRE_AREA.county.east);
      expect(n.homeNorthing).toBeGreaterThanOrEqual(DEMOSHIRE_AREA.county.south);
      expect(n.homeNorthing).toBeLessThanOrEqual(DEMOSHIRE_AREA.county.north);
    }
    expect(new Set(needs.map((n) => n.homeArea))).toEqual(new Set(["urban", "suburban", "rural"]));
    expect(measureTransportBook(registers, on).maxDirectShare).toBeLessThanOrEqual(0.715);
  });

  it("rings bells between 08:30 and 09:00 and finishes between 15:00 and 15:30", () => {
    for (const s of registers.transportSchools) {
      expect(s.bell >= "08:30" && s.bell <= "09:00").toBe(true);
      expect(s.finish >= "15:00" && s.finish <= "15:30").toBe(true);
    }
  });

  it("costs today what its pupils' routes in htst-routes cost, the taxis priced at the fleet's rate about as now", () => {
    const sendRoutes = registers.htstRoutes.filter((r) => r.costCentre === "SEND-TRN" && r.end === null);
    const f = measureTransportBook(registers, on);
    expect(f.todayDaily).toBe(sendRoutes.reduce((s, r) => s + (routeDailyCost(r) ?? 0), 0));
    expect(currentArrangements(registers.htstRoutes, registers.htstPupils, on).problems).toEqual([]);
    expect(f.taxiPriceRatio).toBeGreaterThan(0.9);
    expect(f.taxiPriceRatio).toBeLessThan(1.1);
  });

  it("has a mixed fleet: 4-seat taxis, wheelchair taxis, MPVs, 16-seat minibuses with 2 wheelchair spaces, in-house minibuses", () => {
    const fleet = registers.transportVehicles.map((v) => [
      v.vehicleType,
      v.seats,
      v.wheelchairSpaces,
      v.provider,
    ]);
    expect(fleet).toEqual([
      ["TAXI-KIN", 4, 0, "contracted"],
      ["TAXI-LED", 4, 0, "contracted"],
      ["TAXI-ASH", 4, 0, "contracted"],
      ["WAV", 3, 1, "contracted"],
      ["MPV-7", 7, 0, "contracted"],
      ["MINIBUS-16", 16, 2, "contracted"],
      ["IH-MINIBUS", 14, 2, "in-house"],
    ]);
  });

  it("is the same from the same seed", () => {
    const make = () =>
      demoTransportBook({
        rng: new Random(DEMOSHIRE_SEED).fork(8),
        scale: 1,
        routes: registers.htstRoutes,
        pupils: registers.htstPupils,
        on,
      });
    expect(make()).toEqual(make());
    expect(make().transportNeeds).toEqual(needs);
  });

  it("at an earlier period end holds only pupils who had started, and still keeps every rule", () => {
    const then = registersAsAt(sim, parsePeriodRef("2024-25:P3"));
    expect(then.transportNeeds.length).toBeLessThan(needs.length);
    expect(transportBookErrors(then)).toEqual([]);
  });
});

describe("Demoshire's transport problem", () => {
  const morning = transportProblem(registers, "morning", { on });
  const afternoon = transportProblem(registers, "afternoon", { on });

  it("has a request for every pupil in the book in each run, from home to school and back", () => {
    for (const problem of [morning, afternoon]) {
      expect(problem.requests).toHaveLength(needs.length);
      expect(problem.vehicleTypes).toHaveLength(7);
      expect(problem.incompatible).toHaveLength(6);
    }
    for (const r of morning.requests) {
      expect(morning.locations[r.pickup.location]).toMatchObject({ kind: "home", ref: r.id });
      expect(morning.locations[r.dropoff.location]?.kind).toBe("school");
    }
    for (const r of afternoon.requests) {
      expect(afternoon.locations[r.pickup.location]?.kind).toBe("school");
      expect(afternoon.locations[r.dropoff.location]).toMatchObject({ kind: "home", ref: r.id });
    }
  });

  it("lets every pupil reach school directly within their longest ride and their window, in a vehicle that fits", () => {
    const size = morning.travel.size;
    const byRef = new Map(needs.map((n) => [n.pupilRef, n]));
    for (const r of morning.requests) {
      const direct = morning.travel.time[r.pickup.location * size + r.dropoff.location] ?? Number.NaN;
      expect(direct).toBeLessThanOrEqual(r.maxRide ?? 0);
      expect(r.maxRide).toBe(maxRideOf(byRef.get(r.id) as (typeof needs)[number]));
      expect(r.dropoff.window[0]).toBeLessThan(r.dropoff.window[1]);
      expect(r.pickup.window[1]).toBeGreaterThan(r.pickup.window[0] + direct);
      const fits = morning.vehicleTypes.some((v) =>
        v.capacity.every((c, d) => c >= (r.load[d] ?? 0) + (d === 0 && r.needsAssistant ? 1 : 0)),
      );
      expect(fits).toBe(true);
    }
  });
});
