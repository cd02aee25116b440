/**
 * A small council for the scenario tests: eight pupils on single-occupancy taxis today (£40 a day
 * each), four living close together, a wheelchair user; taxis and a wheelchair-accessible vehicle; with the English term calendars, and a
 * deterministic SolveRun (the solver in process, 200 iterations, a fake clock).
 */
import type { CouncilRegisters } from "../../registers.js";
import { emptyRegisters } from "../../registers.js";
import { solve } from "../../routing/solver/index.js";
import { need, riderOf, smallBook, vehicle } from "../book.fixture.js";
import { CALENDAR, route } from "../transport-fixtures.js";
import { type SolveRun, type TransportScenario, transportScenario } from "./model.js";

export const ON = "2024-11-13";

export const NEEDS = [
  need("P1", { homeEasting: 345_000, homeNorthing: 252_000 }),
  need("P2", { homeEasting: 345_200, homeNorthing: 252_100 }),
  need("P3", { homeEasting: 345_100, homeNorthing: 251_800 }),
  need("P4", { homeEasting: 344_900, homeNorthing: 252_200 }),
  need("P5", { school: "S2", phase: "primary", homeEasting: 356_000, homeNorthing: 248_000 }),
  need("P6", {
    school: "S2",
    phase: "primary",
    homeEasting: 356_500,
    homeNorthing: 247_500,
    wheelchair: true,
    seats: 0,
  }),
  need("P7", { homeEasting: 340_000, homeNorthing: 256_000 }),
  need("P8", { school: "S2", homeEasting: 352_000, homeNorthing: 246_000 }),
];

/** Each pupil on their own £40-a-day taxi route R<n>; `changes` replace registers. */
export function council(changes: Partial<CouncilRegisters> = {}): CouncilRegisters {
  const book = smallBook(NEEDS, {
    transportVehicles: [
      vehicle("TAXI"),
      vehicle("WAV", { seats: 3, wheelchairSpaces: 1, fixedRate: 30_00, ratePerMile: 2_50 }),
    ],
    htstPupils: NEEDS.map((n, i) => riderOf(n, { routeRef: `R${i + 1}` })),
  });
  return {
    ...emptyRegisters(),
    ...CALENDAR,
    ...book,
    htstRoutes: NEEDS.map((_, i) => route(`R${i + 1}`, { dailyCost: 40_00 })),
    ...changes,
  };
}

export const scenario = (fields: Partial<TransportScenario> = {}): TransportScenario =>
  transportScenario(fields.scenario ?? "Shared routes", fields.policy ?? "shared-routes", fields);

export const solveInProcess: SolveRun = async (problem) =>
  solve(problem, { seed: 1, iterations: 200, timeLimitMs: 1e9, now: () => 0 });
