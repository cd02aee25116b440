/**
 * Marchford (la "MARCH"), Demoshire's small neighbour over its eastern border, for planning SEND
 * transport across the border: only a transport book and what it needs (htst-routes and htst-pupils
 * with today's arrangements, most pupils alone in a taxi; the term calendar; schools, fleet and
 * needs), from the same generators as Demoshire's in MARCHFORD_AREA. No budget, ledger or children.
 * Its draws are a stream of their own from the seed, so Demoshire's are undisturbed.
 */
import { type PeriodRef, parsePeriodRef, periodEnd } from "../domain/calendar/financial.js";
import { type CouncilRegisters, emptyRegisters } from "../domain/registers.js";
import { transportScenario } from "../domain/transport/scenarios/model.js";
import type { Council } from "../store/store.js";
import { termCalendars } from "./generate.js";
import { Random } from "./random.js";
import { simulateTransport } from "./transport.js";
import { MARCHFORD_AREA } from "./transport-area.js";
import { demoTransportBook } from "./transport-book.js";

export const MARCHFORD: Council = { la: "MARCH", name: "Marchford", region: "West Midlands", demo: true };

/** Marchford at the as-at period (Demoshire's), deterministically from the seed. */
export function generateMarchford(
  seed: number,
  asAt: PeriodRef | string,
): { council: Council; registers: CouncilRegisters } {
  const until = periodEnd(typeof asAt === "string" ? parsePeriodRef(asAt) : asAt);
  const root = new Random(seed).fork(70);
  const calendars = termCalendars();
  const area = MARCHFORD_AREA;
  const { routes, pupils } = simulateTransport({ rng: root.fork(3), scale: 1, calendars, until, area });
  const book = demoTransportBook({ rng: root.fork(8), scale: 1, routes, pupils, on: until, area });
  const registers: CouncilRegisters = {
    ...emptyRegisters(),
    htstRoutes: routes,
    htstPupils: pupils,
    terms: [...calendars.values()].flatMap((c) => c.terms),
    closures: [...calendars.values()].flatMap((c) => c.closures),
    ...book,
    // Marchford's side of the agreement to plan across the border: without it, Demoshire may not read its book.
    transportScenarios: [
      transportScenario("With Demoshire", "across-the-border", {
        partner: "DEMO",
        note: "Routes planned with Demoshire's, sharing vehicles across the border.",
      }),
    ],
  };
  return { council: MARCHFORD, registers };
}
