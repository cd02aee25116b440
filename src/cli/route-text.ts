/**
 * `outturn route`'s text summary: what was solved and how, the objective, the gap to the best known
 * for a benchmark instance, the unserved requests with their reasons, the checker's verdict, and a
 * line a route. For a council's book: clock times, pounds, cost per pupil and ride minutes.
 */
import { formatPounds } from "../domain/money/money.js";
import { clockTime } from "../domain/transport/book.js";
import { textTable } from "../report/text-table.js";
import type { RouteReport } from "./route-output.js";

const SOURCES = {
  cordeau: "Cordeau dial-a-ride instance",
  lilim: "Li & Lim pickup and delivery instance",
  input: "routing problem",
  council: "the council's transport book",
} as const;

const n2 = (x: number) => x.toFixed(2);
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function solved(r: RouteReport): string {
  const s = r.settings;
  const budget =
    s.iterations === null ? `a ${s.timeLimitSeconds} s limit` : `at most ${s.iterations} iterations`;
  return `Seed ${s.seed}, ${plural(s.workers, "worker")}, ${budget}: ${plural(r.run.iterations, "iteration")} in ${r.run.seconds.toFixed(1)} s.`;
}

function objective(r: RouteReport): string[] {
  const o = r.objective;
  if (r.council) {
    const t = r.council.total;
    return [
      `${plural(r.routes.length, "route")}, ${n2(o.distance)} miles, cost ${formatPounds(t.pence)} for the run (${formatPounds(t.perPupilPence)} a pupil): half the day rates and assistants, and the run's own miles.`,
      `Ride: ${r.council.ride.meanMinutes} minutes on average, the longest ${r.council.ride.longestMinutes}${r.check.feasible ? "; every pupil within their own limit" : ""}.`,
    ];
  }
  const lines = [
    `${plural(r.routes.length, "route")}, ${plural(o.vehicles, "vehicle")}, cost ${n2(o.cost)}, distance ${n2(o.distance)}, ride time ${n2(o.rideTime)}.`,
  ];
  const best = r.bestKnown;
  if (best) {
    const vehicles = best.vehicles === null ? "" : `${plural(best.vehicles, "vehicle")}, `;
    lines.push(
      `Best known (${best.by}): ${vehicles}distance ${n2(best.distance)}; gap ${(Math.abs(best.gapPercent) < 0.005 ? 0 : best.gapPercent).toFixed(2)}% in distance.`,
    );
  }
  return lines;
}

function verdict(r: RouteReport): string[] {
  const c = r.check;
  if (c.feasible && c.objectiveDifferences.length === 0)
    return [
      "Checker: feasible. An independent checker recomputed every time, ride, load and cost from the routes.",
    ];
  return [
    `Checker: NOT feasible (${plural(c.violations.length + c.objectiveDifferences.length, "fault")}). This should never happen; please report it with the problem and the seed.`,
    ...c.violations.map((v) => `  ${v.message}`),
    ...c.objectiveDifferences.map((d) => `  ${d}`),
  ];
}

function routeTable(r: RouteReport): string[] {
  const council = r.council !== undefined;
  const time = council ? clockTime : n2;
  const header = ["Route", "Vehicle", "Leaves", "Back", "Requests", "Distance", "Cost"];
  if (council) header.splice(4, 1, "Pupils", "Assistant");
  const rows = r.routes.map((route, i) => {
    const riders = new Set(route.stops.map((s) => s.request)).size;
    const cost = route.pence === undefined ? n2(route.cost) : formatPounds(route.pence);
    const row = [String(i + 1), route.vehicleType, time(route.leave), time(route.back), String(riders)];
    if (council) row.push(route.assistant ? "yes" : "no");
    return [...row, n2(route.distance), cost];
  });
  return textTable(header, rows, 2);
}

export function routeText(r: RouteReport): string {
  const lines = [
    `${r.problem.name}: ${SOURCES[r.problem.source]}${r.problem.file ? ` (${r.problem.file})` : ""}, ${plural(r.problem.requests, r.council ? "pupil" : "request")}.`,
    solved(r),
    ...objective(r),
  ];
  if (r.unserved.length === 0) lines.push(r.council ? "Every pupil is served." : "Every request is served.");
  else {
    lines.push(`Not served (${r.unserved.length}):`);
    for (const u of r.unserved) lines.push(`  ${u.request} (${u.constraint}): ${u.reason}`);
  }
  lines.push(...verdict(r), "", ...routeTable(r));
  return `${lines.join("\n")}\n`;
}
