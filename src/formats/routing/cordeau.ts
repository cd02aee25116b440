/**
 * Cordeau's dial-a-ride (DARP) instances (Cordeau 2006, set "a"), as text → a RoutingProblem.
 *
 * First line `K 2n T Q L`: K vehicles, 2n nodes besides the depot, T the longest route, Q the
 * capacity, L the longest ride. Then a line per node `id x y d q e l` (service d, load q, window
 * [e, l]): node 0 the depot, 1..n the pickups, n+i the drop-off of pickup i, and in most files node
 * 2n+1 the depot again as the routes' end. Travel time = distance = Euclidean, not rounded.
 *
 * One vehicle type: K of them, capacity [Q], longest route T, cost 1 per unit of distance and
 * nothing fixed, no assistant. Its window opens at the depot line's e and closes at the end depot's l
 * (the depot line's l when a file has no end depot line, as a2-16 and a8-80 here).
 */
import type { RoutingProblem, RoutingRequest } from "../../domain/routing/model.js";
import { RoutingFileError } from "./errors.js";
import { euclideanMatrix, isWhole, LineReader, type Row } from "./lines.js";

const HEADER = ["vehicles", "nodes", "max duration", "capacity", "max ride"];
const NODE = ["id", "x", "y", "service", "load", "earliest", "latest"];

/** `file` names the file in errors and, without its folder and extension, the problem. */
export function parseCordeau(text: string, file: string): RoutingProblem {
  const reader = new LineReader(file, text);
  const fail = () => new RoutingFileError(reader.problems);
  const [first, ...rest] = reader.lines;
  const header = first ? reader.row(first, HEADER) : null;
  if (!header) throw fail();
  const [k = 0, twoN = 0, maxDuration = 0, capacity = 0, maxRide = 0] = header.values;
  reader.check(header, 0, isWhole(k) && k > 0, "the number of vehicles must be a whole number above 0");
  reader.check(
    header,
    1,
    isWhole(twoN) && twoN > 0 && twoN % 2 === 0,
    "the number of nodes must be an even whole number above 0",
  );
  reader.check(header, 2, maxDuration > 0, "the longest route must be above 0");
  reader.check(header, 3, capacity > 0, "the capacity must be above 0");
  reader.check(header, 4, maxRide > 0, "the longest ride must be above 0");
  if (reader.problems.length) throw fail();

  const n = twoN / 2;
  if (rest.length < twoN + 1 || rest.length > twoN + 2) {
    reader.fail(
      0,
      "",
      String(rest.length),
      `the header says ${twoN} nodes, so the file needs ${twoN + 1} node lines (with the depot), or ${twoN + 2} with the end depot; it has ${rest.length}`,
    );
    throw fail();
  }
  const nodes = rest.map((l) => reader.row(l, NODE));
  if (reader.problems.length) throw fail();
  const rows = nodes as Row[];
  rows.forEach((row, i) => {
    const [id, , , service = 0, , e = 0, l = 0] = row.values;
    reader.check(row, 0, id === i, `node ids run 0, 1, 2, … in order; this line should be node ${i}`);
    reader.check(row, 3, service >= 0, "the service time cannot be negative");
    reader.check(row, 6, l >= e, `the window closes before it opens (${e})`);
  });
  const depot = rows[0] as Row;
  const end = rows[twoN + 1];
  for (const row of end ? [depot, end] : [depot])
    reader.check(row, 4, row.values[4] === 0, "a depot carries no load");
  if (end) {
    reader.check(end, 1, end.values[1] === depot.values[1], "the end depot must be at the start depot");
    reader.check(end, 2, end.values[2] === depot.values[2], "the end depot must be at the start depot");
  }
  const requests: RoutingRequest[] = [];
  for (let i = 1; i <= n; i++) {
    const up = rows[i] as Row;
    const down = rows[n + i] as Row;
    const q = up.values[4] ?? 0;
    if (
      !reader.check(
        up,
        4,
        q > 0 && q <= capacity,
        `a pickup's load must be above 0 and at most the capacity ${capacity}`,
      )
    )
      continue;
    if (
      !reader.check(
        down,
        4,
        down.values[4] === -q,
        `node ${n + i} is the drop-off of node ${i}, so its load must be -${q}`,
      )
    )
      continue;
    requests.push({
      id: String(i),
      pickup: { location: i, window: [up.values[5] ?? 0, up.values[6] ?? 0], service: up.values[3] ?? 0 },
      dropoff: {
        location: n + i,
        window: [down.values[5] ?? 0, down.values[6] ?? 0],
        service: down.values[3] ?? 0,
      },
      load: [q],
      maxRide,
      alone: false,
      needsAssistant: false,
    });
  }
  if (reader.problems.length) throw fail();

  const points = rows.slice(0, twoN + 1).map((r) => ({ x: r.values[1] ?? 0, y: r.values[2] ?? 0 }));
  return {
    name: instanceName(file),
    dimensions: ["passengers"],
    travel: euclideanMatrix(points),
    vehicleTypes: [
      {
        id: "vehicle",
        count: k,
        capacity: [capacity],
        depot: 0,
        window: [depot.values[5] ?? 0, (end ?? depot).values[6] ?? 0],
        maxDuration,
        fixedCost: 0,
        distanceCost: 1,
        assistantCost: null,
      },
    ],
    requests,
    incompatible: [],
  };
}

/** "a2-16" from ".../darp-cordeau-a/a2-16.txt". */
export function instanceName(file: string): string {
  return (file.split(/[\\/]/).pop() ?? file).replace(/\.[^.]*$/, "");
}
