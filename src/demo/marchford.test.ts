import { describe, expect, it } from "vitest";
import { periodEnd } from "../domain/calendar/financial.js";
import { transportProblem } from "../domain/routing/send-problem.js";
import { transportBookErrors } from "../domain/transport/book-check.js";
import { currentArrangements } from "../domain/transport/current-cost.js";
import { DEMOSHIRE_AS_AT, DEMOSHIRE_SEED, simulateCouncil } from "./generate.js";
import { generateMarchford } from "./marchford.js";
import { DEMOSHIRE_AREA, MARCHFORD_AREA } from "./transport-area.js";

const { council, registers } = generateMarchford(DEMOSHIRE_SEED, DEMOSHIRE_AS_AT);
const { registers: demoshire, asAt } = simulateCouncil({ seed: DEMOSHIRE_SEED, scale: 1 });
const on = periodEnd(asAt);
const border = DEMOSHIRE_AREA.county.east;

describe("Marchford, Demoshire's neighbour", () => {
  it("is a demo council in the West Midlands with a transport book of 150 pupils at 20 schools, and nothing else", () => {
    expect(council).toEqual({ la: "MARCH", name: "Marchford", region: "West Midlands", demo: true });
    expect(registers.transportNeeds).toHaveLength(150);
    expect(registers.transportSchools).toHaveLength(20);
    expect(registers.transportSchools[0]?.school).toBe("MFS001");
    expect(transportBookErrors(registers)).toEqual([]);
    expect(registers.terms.length).toBeGreaterThan(0);
    expect(registers.budgetLines).toEqual([]);
    expect(registers.actuals).toEqual([]);
    expect(registers.placements).toEqual([]);
    // Its one scenario is its side of the agreement to plan across the border with Demoshire.
    expect(registers.transportScenarios.map((s) => [s.scenario, s.policy, s.partner])).toEqual([
      ["With Demoshire", "across-the-border", "DEMO"],
    ]);
  });

  it("carries most of its pupils alone in a taxi today, every pupil on a priced route", () => {
    const today = currentArrangements(registers.htstRoutes, registers.htstPupils, on);
    expect(today.problems).toEqual([]);
    const alone = registers.transportNeeds.filter(
      (n) =>
        registers.htstRoutes.find((r) => r.routeRef === today.arrangements.get(n.pupilRef)?.routeRef)
          ?.occupancy === "single",
    );
    expect(alone.length / registers.transportNeeds.length).toBeGreaterThan(0.5);
  });

  it("has its own fleet, smaller than Demoshire's, based in its own towns", () => {
    const towns = Object.keys(MARCHFORD_AREA.towns);
    for (const v of registers.transportVehicles) expect(v.depotEasting).toBeGreaterThan(border);
    expect(registers.transportVehicles.map((v) => v.vehicleType)).toContain("TAXI-MAR");
    expect(towns[0]).toBe("Marchbridge");
    const limited = (book: typeof registers) => book.transportVehicles.map((v) => v.available ?? 0);
    expect(limited(registers).reduce((a, b) => a + b)).toBeLessThan(
      limited(demoshire).reduce((a, b) => a + b),
    );
  });

  it("lies east of Demoshire across the border, with some homes and schools near it", () => {
    const homes = registers.transportNeeds.map((n) => n.homeEasting);
    const schools = registers.transportSchools.map((s) => s.easting);
    for (const x of [...homes, ...schools]) expect(x).toBeGreaterThanOrEqual(border);
    for (const n of demoshire.transportNeeds) expect(n.homeEasting).toBeLessThanOrEqual(border);
    const near = (xs: number[]) => xs.filter((x) => x - border < 6_000).length;
    expect(near(homes)).toBeGreaterThanOrEqual(15);
    expect(near(schools)).toBeGreaterThanOrEqual(4);
  });

  it("gives a routing problem for each run, and the same council from the same seed", () => {
    expect(transportProblem(registers, "morning", { on }).requests).toHaveLength(150);
    expect(generateMarchford(DEMOSHIRE_SEED, DEMOSHIRE_AS_AT)).toEqual({ council, registers });
    expect(generateMarchford(1, DEMOSHIRE_AS_AT).registers.transportNeeds).not.toEqual(
      registers.transportNeeds,
    );
  });
});
