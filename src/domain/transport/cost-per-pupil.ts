/**
 * What home-to-school transport costs per pupil on a school day, split between pupils with an EHCP
 * and mainstream pupils (those without one): each route's daily cost is shared equally among the
 * pupils riding it that day, so the shares add up to the routes' cost exactly.
 */
import { addDays, type IsoDate } from "../calendar/dates.js";
import type { SchoolDayCount } from "../calendar/terms.js";
import { allocate, type Pence, prorate } from "../money/money.js";
import type { HtstPupil, HtstRoute } from "./htst.js";
import { routeDailyCost } from "./route-cost.js";

export interface PupilGroupCost {
  pupils: number;
  /** Their share of the routes' cost that day. */
  dailyCost: Pence;
  /** dailyCost ÷ pupils, rounded once; null with no pupils. */
  perPupil: Pence | null;
  /** Their share of each cost centre's daily cost. */
  byCostCentre: Map<string, Pence>;
}

export interface CostPerPupil {
  /** The school day costed. */
  on: IsoDate;
  ehcp: PupilGroupCost;
  mainstream: PupilGroupCost;
  /** Routes running that day that carry no pupil, and what they cost. */
  empty: { routes: number; dailyCost: Pence };
  /** Pupils riding a route the register does not hold or cannot price, each named. */
  problems: string[];
}

const riding = (row: { start: IsoDate; end: IsoDate | null }, on: IsoDate) =>
  row.start <= on && (row.end === null || row.end >= on);

/** The cost per pupil of the routes running on `on`. */
export function costPerPupil(
  routes: readonly HtstRoute[],
  pupils: readonly HtstPupil[],
  on: IsoDate,
): CostPerPupil {
  const ehcp = emptyGroup();
  const mainstream = emptyGroup();
  const empty = { routes: 0, dailyCost: 0 };
  const problems: string[] = [];
  const aboard = new Map<string, HtstPupil[]>();
  for (const pupil of pupils) {
    if (riding(pupil, on)) aboard.set(pupil.routeRef, [...(aboard.get(pupil.routeRef) ?? []), pupil]);
  }
  for (const route of routes) {
    const riders = (aboard.get(route.routeRef) ?? []).sort((a, b) => a.pupilRef.localeCompare(b.pupilRef));
    aboard.delete(route.routeRef);
    if (!riding(route, on)) {
      if (riders.length > 0)
        problems.push(
          `htst-routes ${route.routeRef}: does not run on ${on}, yet ${riders.length} pupils ride it`,
        );
      continue;
    }
    const daily = routeDailyCost(route);
    if (daily === null) {
      problems.push(
        `htst-routes ${route.routeRef}: no daily cost, so its ${riders.length} pupils are not costed`,
      );
      continue;
    }
    if (riders.length === 0) {
      empty.routes += 1;
      empty.dailyCost += daily;
      continue;
    }
    const shares = allocate(
      daily,
      riders.map(() => 1),
    );
    riders.forEach((pupil, i) => {
      add(pupil.ehcp ? ehcp : mainstream, route.costCentre, shares[i] ?? 0);
    });
  }
  for (const [routeRef, riders] of aboard) {
    problems.push(
      `htst-pupils ${riders.map((p) => p.pupilRef).join(", ")}: route ${routeRef} is not in htst-routes`,
    );
  }
  for (const group of [ehcp, mainstream]) {
    group.perPupil = group.pupils === 0 ? null : prorate(group.dailyCost, 1, group.pupils);
  }
  return { on, ehcp, mainstream, empty, problems };
}

function emptyGroup(): PupilGroupCost {
  return { pupils: 0, dailyCost: 0, perPupil: null, byCostCentre: new Map() };
}

function add(group: PupilGroupCost, costCentre: string, share: Pence): void {
  group.pupils += 1;
  group.dailyCost += share;
  group.byCostCentre.set(costCentre, (group.byCostCentre.get(costCentre) ?? 0) + share);
}

/** The last school day on or before `date`, looking back at most `days` days; null if none. */
export function lastSchoolDay(date: IsoDate, schoolDays: SchoolDayCount, days = 120): IsoDate | null {
  for (let back = 0; back <= days; back++) {
    const day = addDays(date, -back);
    if (schoolDays(day, day) === 1) return day;
  }
  return null;
}

/** The first school day on or after `date`, looking ahead at most `days` days; null if none. */
export function firstSchoolDay(date: IsoDate, schoolDays: SchoolDayCount, days = 60): IsoDate | null {
  for (let ahead = 0; ahead <= days; ahead++) {
    const day = addDays(date, ahead);
    if (schoolDays(day, day) === 1) return day;
  }
  return null;
}
