/**
 * Li & Lim's pickup and delivery instances with time windows (PDPTW, 2001), as text → a RoutingProblem.
 *
 * First line `vehicles capacity speed`. Then a line per task `id x y demand e l service pickup delivery`:
 * the first task is the depot; a pickup has pickup 0 and names its delivery, a delivery names its
 * pickup. Time = distance = Euclidean, not rounded. The header's third field is read as a number
 * but not used: it is 1 in most files and 0 in ten (lc104, lr207, …), and every published result
 * takes travel time as the distance.
 *
 * The set's objective is lexicographic: fewest vehicles first, then the least distance. The routing
 * contract has one cost, so each vehicle costs 10000 (vehicles first), more than five times any
 * instance's best-known distance (all under 2000), and then 1 per unit of distance: no saving in
 * distance a sensible solution can make pays for another vehicle, and cost − 10000 × vehicles is the
 * distance. No ride limit, no route limit beyond the depot's window, no assistant.
 */
import type { RoutingProblem, RoutingRequest } from "../../domain/routing/model.js";
import { instanceName } from "./cordeau.js";
import { RoutingFileError } from "./errors.js";
import { euclideanMatrix, isWhole, LineReader, type Row } from "./lines.js";

export const LILIM_VEHICLE_COST = 10_000;

const HEADER = ["vehicles", "capacity", "speed"];
const TASK = ["id", "x", "y", "demand", "earliest", "latest", "service", "pickup", "delivery"];

export function parseLiLim(text: string, file: string): RoutingProblem {
  const reader = new LineReader(file, text);
  const fail = () => new RoutingFileError(reader.problems);
  const [first, ...rest] = reader.lines;
  const header = first ? reader.row(first, HEADER) : null;
  if (!header) throw fail();
  const [vehicles = 0, capacity = 0] = header.values;
  reader.check(
    header,
    0,
    isWhole(vehicles) && vehicles > 0,
    "the number of vehicles must be a whole number above 0",
  );
  reader.check(header, 1, capacity > 0, "the capacity must be above 0");
  if (rest.length < 3)
    reader.fail(
      0,
      "",
      String(rest.length),
      "the file needs the depot and at least one pickup and its delivery",
    );
  const tasks = rest.map((l) => reader.row(l, TASK));
  if (reader.problems.length) throw fail();
  const rows = tasks as Row[];

  const at = new Map<number, number>();
  rows.forEach((row, i) => {
    const [id = 0, , , , e = 0, l = 0, service = 0] = row.values;
    if (
      reader.check(
        row,
        0,
        isWhole(id) && id >= 0 && !at.has(id),
        "a task id must be a whole number, used once",
      )
    )
      at.set(id, i);
    reader.check(row, 5, l >= e, `the window closes before it opens (${e})`);
    reader.check(row, 6, service >= 0, "the service time cannot be negative");
  });
  const depot = rows[0] as Row;
  reader.check(depot, 3, depot.values[3] === 0, "the first task is the depot, which has no demand");

  const requests: RoutingRequest[] = [];
  rows.slice(1).forEach((row) => {
    const [id = 0, , , demand = 0, e = 0, l = 0, service = 0, pickup = 0, delivery = 0] = row.values;
    if (pickup !== 0 && delivery === 0) {
      reader.check(row, 3, demand < 0, "a delivery's demand must be below 0");
      const partner = at.get(pickup);
      reader.check(
        row,
        7,
        partner !== undefined && rows[partner]?.values[8] === id,
        `task ${pickup} must be a pickup that names this delivery`,
      );
      return;
    }
    if (
      !reader.check(
        row,
        8,
        pickup === 0 && delivery !== 0,
        "a task other than the depot is a pickup (pickup 0, a delivery named) or a delivery (a pickup named, delivery 0)",
      )
    )
      return;
    const index = at.get(delivery);
    const down = index === undefined ? undefined : rows[index];
    if (
      !reader.check(
        row,
        8,
        down !== undefined && down.values[7] === id,
        `task ${delivery} must be a delivery that names this pickup`,
      ) ||
      !down
    )
      return;
    reader.check(
      row,
      3,
      demand > 0 && demand <= capacity,
      `a pickup's demand must be above 0 and at most the capacity ${capacity}`,
    );
    reader.check(
      down,
      3,
      down.values[3] === -demand,
      `the delivery of task ${id} must have demand -${demand}`,
    );
    requests.push({
      id: String(id),
      pickup: { location: at.get(id) ?? 0, window: [e, l], service },
      dropoff: {
        location: index ?? 0,
        window: [down.values[4] ?? 0, down.values[5] ?? 0],
        service: down.values[6] ?? 0,
      },
      load: [demand],
      maxRide: null,
      alone: false,
      needsAssistant: false,
    });
  });
  if (reader.problems.length) throw fail();

  return {
    name: instanceName(file),
    dimensions: ["load"],
    travel: euclideanMatrix(rows.map((r) => ({ x: r.values[1] ?? 0, y: r.values[2] ?? 0 }))),
    vehicleTypes: [
      {
        id: "vehicle",
        count: vehicles,
        capacity: [capacity],
        depot: 0,
        window: [depot.values[4] ?? 0, depot.values[5] ?? 0],
        maxDuration: null,
        fixedCost: LILIM_VEHICLE_COST,
        distanceCost: 1,
        assistantCost: null,
      },
    ],
    requests,
    incompatible: [],
  };
}
