/**
 * `outturn route`'s answer as data (the JSON form, which the text summary reads too): the problem and
 * settings, the objective, every route with its stops and times, the unserved requests with the
 * constraint at fault, and the independent checker's verdict. Stops give their location as the
 * user's own file numbers it, so another checker can read the routes; each route's distance and cost
 * are recomputed from the problem's travel and the vehicle type's prices (routeFigures).
 */
import type { CheckResult, Violation } from "../domain/routing/check/index.js";
import type { Objective, ScheduledStop, Unserved } from "../domain/routing/model.js";
import type { SolveResult } from "../domain/routing/solver/index.js";
import {
  type CouncilFigures,
  councilFigures,
  placeOf,
  routeFigures,
} from "../domain/transport/plan-figures.js";
import type { RouteSource } from "./route-source.js";

export interface RouteSettings {
  seed: number;
  timeLimitSeconds: number;
  /** The iteration budget asked for; null: only the time limit. */
  iterations: number | null;
  workers: number;
}

export interface RouteOutcome {
  source: RouteSource;
  settings: RouteSettings;
  result: SolveResult;
  check: CheckResult;
  /** Where the solver's own objective differs from the checker's, one sentence each. */
  differences: readonly string[];
  seconds: number;
}

export interface RouteReport {
  problem: {
    name: string;
    source: RouteSource["kind"];
    file: string | null;
    requests: number;
    dimensions: readonly string[];
  };
  settings: RouteSettings & { run?: string; la?: string };
  objective: Objective;
  bestKnown: { distance: number; vehicles: number | null; by: string; gapPercent: number } | null;
  routes: ReportRoute[];
  unserved: readonly Unserved[];
  check: { feasible: boolean; violations: readonly Violation[]; objectiveDifferences: readonly string[] };
  run: { iterations: number; seconds: number };
  council?: Omit<CouncilFigures, "routes">;
}

interface ReportRoute {
  vehicleType: string;
  leave: number;
  back: number;
  assistant: boolean;
  cost: number;
  distance: number;
  pence?: number;
  pounds?: string;
  stops: ReportStop[];
}

interface ReportStop extends ScheduledStop {
  place?: string;
}

export function routeReport(o: RouteOutcome): RouteReport {
  const { source, result } = o;
  const { problem } = source;
  const figures = result.routes.map((r) => routeFigures(problem, r));
  const council = source.council
    ? councilFigures(
        source.council.problem,
        result.routes,
        figures.map((f) => f.cost),
      )
    : null;
  const best = source.bestKnown;
  const routes = result.routes.map((route, r): ReportRoute => {
    const money = council?.routes[r];
    return {
      vehicleType: route.vehicleType,
      leave: route.leave,
      back: route.back,
      assistant: route.assistant,
      cost: figures[r]?.cost ?? 0,
      distance: figures[r]?.distance ?? 0,
      ...(money ? { pence: money.pence, pounds: money.pounds } : {}),
      stops: route.stops.map((s) => ({
        request: s.request,
        kind: s.kind,
        location: source.node(s.location),
        arrival: s.arrival,
        start: s.start,
        departure: s.departure,
        ...(source.council ? { place: placeOf(source.council.problem, s.location) } : {}),
      })),
    };
  });
  const report: RouteReport = {
    problem: {
      name: problem.name,
      source: source.kind,
      file: source.file,
      requests: problem.requests.length,
      dimensions: problem.dimensions,
    },
    settings: {
      ...o.settings,
      ...(source.council ? { run: source.council.run, la: source.council.la } : {}),
    },
    objective: result.objective,
    bestKnown: best && {
      ...best,
      gapPercent: ((result.objective.distance - best.distance) / best.distance) * 100,
    },
    routes,
    unserved: result.unserved,
    check: {
      feasible: o.check.feasible,
      violations: o.check.violations,
      objectiveDifferences: o.differences,
    },
    run: { iterations: result.iterations, seconds: o.seconds },
  };
  if (council) report.council = { pupils: council.pupils, total: council.total, ride: council.ride };
  return report;
}
