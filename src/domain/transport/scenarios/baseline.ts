/**
 * Today's arrangements for a scenario's pupils, the baseline a plan is priced against: each pupil's
 * share of the route they ride on the day (currentArrangements), their total and the routes they
 * ride. Pupils in scope with no priced arrangement are counted, never named.
 */
import type { IsoDate } from "../../calendar/dates.js";
import { type Pence, sum } from "../../money/money.js";
import type { CouncilRegisters } from "../../registers.js";
import { currentArrangements } from "../current-cost.js";
import type { ScenarioResult } from "./model.js";

export interface Baseline {
  /** Each priced pupil's share of today's route, by pupil ref. */
  shares: Map<string, Pence>;
  dailyCost: Pence;
  routes: number;
  /** Pupils in scope with no priced arrangement that day. */
  unpriced: number;
}

/** The baseline of `scope` (pupil refs) on `on`, keyed by `as` of each ref (the joint book's ref across the border). */
export function baseline(
  registers: Pick<CouncilRegisters, "htstRoutes" | "htstPupils">,
  scope: Iterable<string>,
  on: IsoDate,
  as: (pupil: string) => string = (pupil) => pupil,
): Baseline {
  const { arrangements } = currentArrangements(registers.htstRoutes, registers.htstPupils, on);
  const shares = new Map<string, Pence>();
  const routes = new Set<string>();
  let unpriced = 0;
  for (const pupil of scope) {
    const arrangement = arrangements.get(pupil);
    if (!arrangement) {
      unpriced += 1;
      continue;
    }
    shares.set(as(pupil), arrangement.dailyCost);
    routes.add(arrangement.routeRef);
  }
  return { shares, dailyCost: sum(shares.values()), routes: routes.size, unpriced };
}

/** Two councils' baselines as one (their routes are counted apart: route refs may repeat across councils). */
export function bothBaselines(a: Baseline, b: Baseline): Baseline {
  return {
    shares: new Map([...a.shares, ...b.shares]),
    dailyCost: a.dailyCost + b.dailyCost,
    routes: a.routes + b.routes,
    unpriced: a.unpriced + b.unpriced,
  };
}

/** The result's `current`: "today's 12 routes for 40 pupils on 2024-11-13 (htst-routes)". */
export function currentOf(b: Baseline, on: IsoDate, source = "htst-routes"): ScenarioResult["current"] {
  const pupils = b.shares.size;
  return {
    dailyCost: b.dailyCost,
    pupils,
    routes: b.routes,
    basis: `today's ${b.routes} route${b.routes === 1 ? "" : "s"} for ${pupils} pupil${pupils === 1 ? "" : "s"} on ${on} (${source})`,
  };
}

/** The warning for pupils the baseline could not price, or none. */
export function unpricedWarnings(b: Baseline, on: IsoDate): string[] {
  if (b.unpriced === 0) return [];
  const n = b.unpriced;
  return [
    `${n} pupil${n === 1 ? " has" : "s have"} no priced arrangement in htst-routes on ${on}: today's cost leaves them out, while the plan carries them`,
  ];
}
