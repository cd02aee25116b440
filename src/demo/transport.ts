/**
 * A demo council's home-to-school transport: pupils, the schools they attend and the routes that
 * take them, academic year by academic year, sized and named by its area (transport-area.ts;
 * Demoshire's unless another is given). EHCP pupils ride single-occupancy taxis or shared SEND
 * routes, mostly to special schools; mainstream pupils share minibuses.
 */
import type { IsoDate } from "../domain/calendar/dates.js";
import { englishTermCalendar, type TermCalendar } from "../domain/calendar/terms.js";
import { type Pence, roundPence, scale as scaleMoney } from "../domain/money/money.js";
import type { HtstPupil, HtstRoute } from "../domain/transport/htst.js";
import { wholePounds as pounds, type Random } from "./random.js";
import { DEMOSHIRE_AREA, type TransportArea } from "./transport-area.js";

/** Academic years (by starting September) the demo covers: 2020/21 to 2024/25. */
export const ACADEMIC_YEARS = [2020, 2021, 2022, 2023, 2024] as const;

/** Share of EHCP pupils who join during the spring or summer term (in-year applications). */
const EHCP_IN_YEAR = 0.04;
/** Contract prices for routes let in each academic year, 2023/24 = 1.08 (fewer operators bid). */
const MARKET_INDEX = [0.85, 0.9, 0.97, 1.08, 1.14];

type RouteType = "single" | "sharedSend" | "mainstream";

interface Rider {
  pupil: HtstPupil;
  yearsLeft: number;
  type: RouteType;
}

interface RouteState {
  route: HtstRoute;
  type: RouteType;
  school: string;
  seats: number;
  riders: Set<Rider>;
}

/** The schools pupils on transport attend, named after the area's towns (Demoshire: 12 special and 48 mainstream at scale 1). */
export function demoSchools(scale: number, area: TransportArea): { special: string[]; mainstream: string[] } {
  const places = Object.keys(area.towns);
  const special: string[] = [];
  const mainstream: string[] = [];
  const count = (n: number) => Math.max(1, Math.round(n * scale));
  for (let i = 0; i < count(area.specialSchools); i++) {
    const place = places[i % places.length] as string;
    const suffix = i >= places.length ? ` ${Math.floor(i / places.length) + 1}` : "";
    special.push(
      i % 2 === 0 ? `${place} Special School${suffix}` : `${place} Independent Specialist College${suffix}`,
    );
  }
  for (let i = 0; i < count(area.mainstreamSchools); i++) {
    const place = places[i % places.length] as string;
    mainstream.push(
      `${place} ${["Primary", "High", "Academy", "CE Primary"][i % 4]} School ${Math.floor(i / places.length) + 1}`,
    );
  }
  return { special, mainstream };
}

/**
 * Pupils and routes for every academic year up to `until` (the as-at date). Rows still running on
 * that date have a null end.
 */
export function simulateTransport(options: {
  rng: Random;
  scale: number;
  calendars: Map<number, TermCalendar>;
  until: IsoDate;
  area?: TransportArea;
}): { routes: HtstRoute[]; pupils: HtstPupil[] } {
  const { rng, scale, calendars, until, area = DEMOSHIRE_AREA } = options;
  const { special, mainstream } = demoSchools(scale, area);
  const routes: RouteState[] = [];
  const pupils: Rider[] = [];
  let riding: Rider[] = [];

  const newRoute = (type: RouteType, school: string, start: IsoDate, yearIndex: number): RouteState => {
    const index = MARKET_INDEX[yearIndex] ?? 1;
    const byMile = type === "mainstream" && rng.chance(0.3);
    const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));
    const daily =
      type === "single"
        ? rng.logNormal(105 * index, 0.3, 60, 180)
        : type === "sharedSend"
          ? clamp(rng.uniform(140, 280) * index, 120, 320)
          : clamp(rng.uniform(200, 310) * index, 200, 350);
    const assistant = type === "single" ? rng.chance(0.3) : type === "sharedSend" && rng.chance(0.5);
    const route: HtstRoute = {
      routeRef: `R${String(routes.length + 1).padStart(5, "0")}`,
      costCentre: type === "mainstream" ? "HTS-MAIN" : "SEND-TRN",
      operator: rng.pick(
        type === "single" ? area.taxiOperators : [...area.taxiOperators.slice(0, 2), ...area.busOperators],
      ),
      dailyCost: byMile ? null : pounds(daily),
      dailyMiles: byMile ? rng.int(80, 105) : null,
      ratePerMile: byMile ? roundPence(clamp(rng.uniform(230, 290) * index, 250, 320)) : null,
      occupancy: type === "single" ? "single" : "shared",
      passengerAssistant: assistant,
      assistantDailyCost: assistant ? pounds(rng.uniform(65, 90) * index) : 0,
      start,
      end: null,
    };
    const state = {
      route,
      type,
      school,
      seats: type === "single" ? 1 : type === "sharedSend" ? 5 : 16,
      riders: new Set<Rider>(),
    };
    routes.push(state);
    return state;
  };

  const board = (rider: Rider, start: IsoDate, yearIndex: number) => {
    const { pupil, type } = rider;
    const open =
      type === "single"
        ? undefined
        : routes.find(
            (r) =>
              r.type === type && r.school === pupil.school && r.route.end === null && r.riders.size < r.seats,
          );
    const route = open ?? newRoute(type, pupil.school, start, yearIndex);
    route.riders.add(rider);
    if (start < route.route.start) route.route.start = start;
    pupil.routeRef = route.route.routeRef;
  };

  const admit = (ehcp: boolean, start: IsoDate, yearIndex: number, yearsLeft: number) => {
    const setting: HtstPupil["setting"] = ehcp && rng.chance(0.8) ? "special" : "mainstream";
    const pupil: HtstPupil = {
      pupilRef: `HT${String(pupils.length + 1).padStart(6, "0")}`,
      school: rng.pick(setting === "special" ? special : mainstream),
      ehcp,
      setting,
      routeRef: "",
      start,
      end: null,
    };
    const type: RouteType = !ehcp ? "mainstream" : rng.chance(area.singleShare) ? "single" : "sharedSend";
    const rider = { pupil, yearsLeft, type };
    pupils.push(rider);
    riding.push(rider);
    board(rider, start, yearIndex);
  };

  ACADEMIC_YEARS.forEach((year, yearIndex) => {
    const calendar = calendars.get(year);
    const [autumn, spring, summer] = calendar?.terms ?? [];
    if (!calendar || !autumn || !spring || !summer)
      throw new Error(`no term calendar for academic year ${year}`);
    if (autumn.start > until) return;
    for (const [ehcp, targets] of [
      [true, area.ehcpPupils],
      [false, area.mainstreamPupils],
    ] as const) {
      const target = Math.round((targets[yearIndex] ?? 0) * scale);
      const already = riding.filter((r) => r.pupil.ehcp === ehcp).length;
      for (let i = already; i < target; i++) {
        const since = yearIndex === 0 ? rng.int(0, 3) : 0;
        const start =
          since === 0 ? autumn.start : (englishTermCalendar(year - since).terms[0]?.start ?? autumn.start);
        admit(ehcp, start, yearIndex, rng.int(1, ehcp ? 7 : 5));
      }
    }
    for (const term of [spring, summer]) {
      if (term.start > until) continue;
      const joiners = Math.round(((area.ehcpPupils[yearIndex] ?? 0) * scale * EHCP_IN_YEAR) / 2);
      for (let i = 0; i < joiners; i++) admit(true, term.start, yearIndex, rng.int(1, 7));
    }
    if (summer.end > until) return;
    const staying: Rider[] = [];
    for (const rider of riding) {
      rider.yearsLeft -= 1;
      if (rider.yearsLeft > 0) staying.push(rider);
      else rider.pupil.end = summer.end;
    }
    riding = staying;
    for (const state of routes) {
      for (const rider of [...state.riders]) if (rider.pupil.end !== null) state.riders.delete(rider);
      if (state.riders.size === 0 && state.route.end === null) state.route.end = summer.end;
    }
  });
  return { routes: routes.map((r) => r.route), pupils: pupils.map((r) => r.pupil) };
}

/** What a route costs on each school day it runs: the fixed price or miles × rate, plus any assistant. */
export function routeDailyCost(route: HtstRoute): Pence {
  const vehicle = route.dailyCost ?? scaleMoney(route.ratePerMile ?? 0, route.dailyMiles ?? 0);
  return vehicle + route.assistantDailyCost;
}
