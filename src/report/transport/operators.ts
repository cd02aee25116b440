/**
 * What an operator drives from: both runs' routes in one table, and every stop in order with its
 * time, the pupil picked up or dropped off, the place and its grid reference. Child-level: officers
 * and operators only, never a member's output.
 */
import { OFFICER } from "../../domain/disclosure/audience.js";
import type { SendLocation } from "../../domain/routing/send-problem.js";
import { clockTime } from "../../domain/transport/book.js";
import type { ScenarioResult } from "../../domain/transport/scenarios/model.js";
import { number, text } from "../monthly/columns.js";
import type { ReportTable } from "../monthly/model.js";
import { routeTable } from "./tables.js";

const RUNS = ["morning", "afternoon"] as const;

/**
 * Where a stop is: "school S1", or at a pupil's end "home", or their pick-up point as the model
 * words their arrangement ("pick-up point P3, 420 m walk" → "pick-up point P3").
 */
function placeOfStop(arrangements: ReadonlyMap<string, string>, location: SendLocation): string {
  if (location.kind !== "home") return `${location.kind} ${location.ref}`;
  const arrangement = arrangements.get(location.ref) ?? "";
  return arrangement.startsWith("pick-up point") ? (arrangement.split(",")[0] as string) : "home";
}

/** Both runs' route tables, one after the other, each row with its run. */
export function operatorRoutes(result: ScenarioResult): ReportTable {
  const tables = RUNS.map((run) => ({ run, table: routeTable(result, run, OFFICER) }));
  const [first] = tables;
  return {
    type: "table",
    title: "Routes",
    columns: [text("run", "Run"), ...(first?.table.columns ?? [])],
    rows: tables.flatMap(({ run, table }) => table.rows.map((r) => ({ values: { run, ...r.values } }))),
  };
}

export function stopsTable(result: ScenarioResult): ReportTable {
  const arrangements = new Map(result.pupils.map((p) => [p.pupil, p.arrangement]));
  return {
    type: "table",
    title: "Stops",
    columns: [
      text("run", "Run"),
      number("route", "Route"),
      number("stop", "Stop"),
      text("time", "Time"),
      text("kind", "Pick-up or drop-off"),
      text("pupil", "Pupil"),
      text("place", "Place"),
      number("easting", "Easting"),
      number("northing", "Northing"),
    ],
    rows: RUNS.flatMap((run) => {
      const plan = result[run];
      return plan.routes.flatMap((route, r) =>
        route.stops.map((stop, k) => {
          const place = plan.locations[stop.location] as SendLocation;
          return {
            values: {
              run,
              route: r + 1,
              stop: k + 1,
              time: clockTime(stop.start),
              kind: stop.kind === "pickup" ? "pick-up" : "drop-off",
              pupil: stop.request,
              place: placeOfStop(arrangements, place),
              easting: place.x,
              northing: place.y,
            },
          };
        }),
      );
    }),
  };
}
