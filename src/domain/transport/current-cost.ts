/**
 * What each pupil's current arrangement costs on a school day: the daily cost of the route they ride
 * (its fixed price or miles × rate, plus the passenger assistant) shared equally among the pupils
 * riding it that day, in pupil-reference order, so the shares add up to the route's cost exactly.
 * The same rule as costPerPupil; this is the baseline a routing plan is compared with.
 */
import type { IsoDate } from "../calendar/dates.js";
import { allocate, type Pence } from "../money/money.js";
import type { HtstPupil, HtstRoute } from "./htst.js";
import { routeDailyCost } from "./route-cost.js";

export interface CurrentArrangement {
  pupilRef: string;
  routeRef: string;
  /** The route's daily cost ÷ the pupils riding it that day. */
  dailyCost: Pence;
  /** How many pupils ride the route that day, this one included. */
  riders: number;
  occupancy: HtstRoute["occupancy"];
}

const running = (row: { start: IsoDate; end: IsoDate | null }, on: IsoDate) =>
  row.start <= on && (row.end === null || row.end >= on);

/**
 * Each pupil riding on `on`, with their share of their route's daily cost. Pupils whose route is not
 * in the register, does not run that day or has no price are left out and named in `problems`.
 */
export function currentArrangements(
  routes: readonly HtstRoute[],
  pupils: readonly HtstPupil[],
  on: IsoDate,
): { arrangements: Map<string, CurrentArrangement>; problems: string[] } {
  const byRef = new Map(routes.map((r) => [r.routeRef, r]));
  const aboard = new Map<string, HtstPupil[]>();
  for (const pupil of pupils) {
    if (running(pupil, on)) aboard.set(pupil.routeRef, [...(aboard.get(pupil.routeRef) ?? []), pupil]);
  }
  const arrangements = new Map<string, CurrentArrangement>();
  const problems: string[] = [];
  for (const [routeRef, riders] of [...aboard].sort(([a], [b]) => a.localeCompare(b))) {
    const refs = riders.map((p) => p.pupilRef).sort((a, b) => a.localeCompare(b));
    const route = byRef.get(routeRef);
    const daily = route && running(route, on) ? routeDailyCost(route) : null;
    if (!route || daily === null) {
      const why = !route
        ? "is not in htst-routes"
        : running(route, on)
          ? "has no price"
          : `does not run on ${on}`;
      problems.push(`htst-pupils ${refs.join(", ")}: route ${routeRef} ${why}`);
      continue;
    }
    const shares = allocate(
      daily,
      refs.map(() => 1),
    );
    refs.forEach((pupilRef, i) => {
      arrangements.set(pupilRef, {
        pupilRef,
        routeRef,
        dailyCost: shares[i] ?? 0,
        riders: refs.length,
        occupancy: route.occupancy,
      });
    });
  }
  return { arrangements, problems };
}
