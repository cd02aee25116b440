/**
 * Across the border, the two councils' own plans side by side, as one plan of the joint problem: each
 * route keeps its vehicle and times, its references prefixed with its council's LA code and its
 * stops at the joint problem's places (the same grid references, so the same travel). The joint
 * problem's fleet is both fleets, so this plan is always open to it; solving together takes it when
 * the search in the time given finds nothing cheaper, so working together never reads as dearer.
 */
import { checkSolution } from "../../routing/check/index.js";
import type { Route } from "../../routing/model.js";
import type { SendProblem } from "../../routing/send-problem.js";
import type { SolveResult } from "../../routing/solver/index.js";
import { borderRef } from "./across-the-border.js";
import type { SolveRun } from "./model.js";
import type { SolvedDay } from "./runs.js";

export interface OwnDay {
  la: string;
  day: SolvedDay;
}

export function sideBySide(joint: SendProblem, councils: readonly OwnDay[]): SolveResult {
  const requests = new Map(joint.requests.map((q) => [q.id, q]));
  const routes = councils.flatMap(({ la, day }) =>
    day[joint.run].plan.routes.map(
      (route): Route => ({
        ...route,
        vehicleType: borderRef(la, route.vehicleType),
        stops: route.stops.map((stop) => {
          const request = requests.get(borderRef(la, stop.request));
          if (!request) throw new Error(`${borderRef(la, stop.request)} is not in the joint problem`);
          const at = stop.kind === "pickup" ? request.pickup : request.dropoff;
          return { ...stop, request: request.id, location: at.location };
        }),
      }),
    ),
  );
  const unserved = councils.flatMap(({ la, day }) =>
    day[joint.run].plan.unserved.map((u) => ({ ...u, request: borderRef(la, u.request) })),
  );
  return { routes, unserved, objective: checkSolution(joint, { routes, unserved }).objective, iterations: 0 };
}

/** A SolveRun for the joint problem that returns the councils' own plans side by side when they cost less. */
export function atMostSideBySide(solveRun: SolveRun, councils: readonly OwnDay[]): SolveRun {
  return async (joint) => {
    const solved = await solveRun(joint);
    const own = sideBySide(joint, councils);
    const worse =
      own.unserved.length > solved.unserved.length ||
      (own.unserved.length === solved.unserved.length && own.objective.cost >= solved.objective.cost);
    return worse ? solved : own;
  };
}
