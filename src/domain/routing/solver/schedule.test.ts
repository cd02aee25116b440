import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCordeau } from "../../../formats/routing/cordeau.js";
import { bestInsertion, type Place, spliced, TIE } from "./insertion.js";
import { compile, type Instance } from "./instance.js";
import { Rng } from "./random.js";
import { repair } from "./repair.js";
import type { Route } from "./route.js";
import { earliest } from "./schedule.js";
import { Solution } from "./solution.js";
import { screen } from "./unserved.js";

const file = join(process.cwd(), "../shared/data/routing/darp-cordeau-a/a4-40.txt");
const inst = compile(parseCordeau(readFileSync(file, "utf8"), file));

/** An independent test: longest paths from a source by plain Bellman–Ford over every constraint. */
function feasibleByBellmanFord(seq: readonly number[]): boolean {
  const m = seq.length;
  const S = m + 2;
  const at = (k: number) =>
    k === 0 || k === m + 1 ? (inst.depot[0] as number) : (inst.loc[seq[k - 1] as number] as number);
  const serve = (k: number) => (k === 0 || k === m + 1 ? 0 : (inst.service[seq[k - 1] as number] as number));
  const open = (k: number) =>
    k === 0 ? (inst.open[0] as number) : k === m + 1 ? -1e9 : (inst.early[seq[k - 1] as number] as number);
  const close = (k: number) =>
    k === 0 || k === m + 1 ? (inst.close[0] as number) : (inst.late[seq[k - 1] as number] as number);
  const edges: [number, number, number][] = [[m + 1, 0, -(inst.maxDur[0] as number)]];
  for (let k = 0; k <= m; k++)
    edges.push([k, k + 1, serve(k) + (inst.time[at(k) * inst.size + at(k + 1)] as number)]);
  for (let k = 0; k <= m + 1; k++) edges.push([S, k, open(k)], [k, S, -close(k)]);
  seq.forEach((v, k) => {
    if (v & 1)
      edges.push([
        k + 1,
        seq.indexOf(v - 1) + 1,
        -((inst.service[v - 1] as number) + (inst.maxRide[v >> 1] as number)),
      ]);
  });
  const x = new Float64Array(m + 3).fill(Number.NEGATIVE_INFINITY);
  x[S] = 0;
  for (let pass = 0; pass <= m + 3; pass++) {
    let moved = false;
    for (const [u, v, w] of edges)
      if ((x[u] as number) + w > (x[v] as number) + 1e-9) {
        x[v] = (x[u] as number) + w;
        moved = true;
      }
    if ((x[S] as number) > 1e-9) return false;
    if (!moved) return true;
  }
  return false;
}

function randomSequence(rng: Rng, k: number): number[] {
  const requests = rng.shuffle(Array.from({ length: inst.n }, (_, r) => r)).slice(0, k);
  const seq: number[] = [];
  const waiting = requests.map((r) => 2 * r);
  const aboard: number[] = [];
  while (waiting.length + aboard.length > 0) {
    const pick = waiting.length > 0 && (aboard.length === 0 || rng.next() < 0.5);
    const from = pick ? waiting : aboard;
    const v = from.splice(rng.int(0, from.length - 1), 1)[0] as number;
    seq.push(v);
    if (pick) aboard.push(v + 1);
  }
  return seq;
}

describe("a route's schedule and the best insertion", () => {
  it("declares a sequence feasible exactly when an independent Bellman–Ford does (3000 random sequences)", () => {
    const rng = new Rng(11);
    const B = new Float64Array(64);
    let feasible = 0;
    for (let trial = 0; trial < 3000; trial++) {
      const seq = randomSequence(rng, rng.int(1, 5));
      const ours = earliest(inst, seq, seq.length, 0, B);
      expect(ours).toBe(feasibleByBellmanFord(seq));
      if (ours) feasible++;
    }
    expect(feasible).toBeGreaterThan(300);
  });

  it("finds the same best insertion as trying every pickup and drop-off position exactly", () => {
    const { servable, alone } = screen(inst);
    const sol = new Solution(inst, 1e6);
    repair(sol, servable, alone, { regret: 2, noise: 0 }, new Rng(3));
    const place: Place = { delta: 0, i: 0, j: 0, type: 0 };
    const B = new Float64Array(128);
    for (let r = 0; r < inst.n; r++) {
      const s = sol.clone();
      const touched = new Set<Route>();
      s.remove(r, touched);
      s.settle(touched, s.bank);
      for (const route of s.routes) {
        let best = Number.POSITIVE_INFINITY;
        for (let i = 0; i <= route.m; i++)
          for (let j = i; j <= route.m; j++) {
            const seq = Array.from(spliced(route, r, i, j).subarray(0, route.m + 2));
            if (earliest(inst, seq, seq.length, 0, B))
              best = Math.min(best, (1 + TIE) * (distance(inst, seq) - route.distance));
          }
        const got = bestInsertion(inst, route, r, route.type, place);
        if (best === Number.POSITIVE_INFINITY) expect(got).toBe(best);
        else expect(got).toBeCloseTo(best, 9);
      }
    }
  });
});

function distance(inst: Instance, seq: readonly number[]): number {
  let here = inst.depot[0] as number;
  let total = 0;
  for (const v of [...seq, -1]) {
    const there = v < 0 ? (inst.depot[0] as number) : (inst.loc[v] as number);
    total += inst.dist[here * inst.size + there] as number;
    here = there;
  }
  return total;
}
