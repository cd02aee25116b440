/**
 * Golden tests: Outturn's demand model against the peer's own outputs on the synthetic council
 * (../shared/data/ssda903-synth/reference/regional-ref-2023-24, made by cs-demand-model-regional
 * from regional/ with the settings in its PARAMS.txt). Under compatibility "peer" every rate, every
 * entry rate, every day's stock and every day's projected population and variance by state must
 * match; the tolerance is 0.1% (0.01 absolute below 10), and the model does far better.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { DemandRates, DemandSettings } from "../../src/domain/demand/model.js";
import { estimateRates } from "../../src/domain/demand/projection/estimate.js";
import { projectDemand } from "../../src/domain/demand/projection/project.js";
import { stockOn, stockSeries } from "../../src/domain/demand/projection/stock.js";
import { REFERENCE_SETTINGS } from "../../src/domain/demand/settings.fixture.js";
import { mergeHistory } from "../../src/domain/ssda903/clean.js";
import type { Ssda903History } from "../../src/domain/ssda903/history.js";
import { loadSsda903 } from "../../src/formats/ssda903/files.js";

const SYNTH = join(process.cwd(), "../shared/data/ssda903-synth");
const REFERENCE = join(SYNTH, "reference/regional-ref-2023-24");
const peer: DemandSettings = { ...REFERENCE_SETTINGS, compatibility: "peer" };

/** A reference CSV as its header and rows of cells (the peer writes no quoted cells). */
function table(file: string): { head: string[]; rows: string[][] } {
  const [head, ...rows] = readFileSync(join(REFERENCE, file), "utf8")
    .trim()
    .split(/\r?\n/)
    .map((line) => line.split(","));
  return { head: head as string[], rows };
}

/** Within the tolerance: 0.1% of the reference, or 0.01 where it is below 10. */
const withinTolerance = (mine: number, ref: number) =>
  Math.abs(mine - ref) <= (Math.abs(ref) < 10 ? 0.01 : 0.001 * Math.abs(ref));

let history: Ssda903History;
let rates: DemandRates;

beforeAll(async () => {
  history = mergeHistory((await loadSsda903(join(SYNTH, "regional"))).returns);
  rates = estimateRates(history, peer);
});

describe("the demand model equals the peer on the synthetic council", () => {
  it("holds the peer's transitions, each at the peer's daily rate", () => {
    const { rows } = table("transition_rates.csv");
    expect(rates.transitions.map((t) => [t.from, t.to])).toEqual(rows.map(([from, to]) => [from, to]));
    rates.transitions.forEach((t, i) => {
      const ref = Number(rows[i]?.[2]);
      expect(withinTolerance(t.rate, ref)).toBe(true);
      expect(Math.abs(t.rate - ref)).toBeLessThan(1e-12);
    });
    // Ageing is a transition like the others: 10 to 16 in foster care turn 16 at about 0.05% a day.
    expect(
      rates.transitions.find((t) => t.from === "10 to 16 - Fostering" && t.to === "16 to 18+ - Fostering")
        ?.rate,
    ).toBeCloseTo(0.000544762, 8);
  });

  it("has the peer's entry rates, entrants over the 367 days of the period, both ends included", () => {
    const { rows } = table("entry_rates.csv");
    expect(rates.entries.map((e) => e.to)).toEqual(rows.map(([to]) => to));
    for (const [i, e] of rates.entries.entries())
      expect(Math.abs(e.perDay - Number(rows[i]?.[1]))).toBeLessThan(1e-12);
    expect(rates.entries.find((e) => e.to === "10 to 16 - Fostering")?.perDay).toBe(80 / 367);
  });

  it("counts the peer's stock every day of the six years, state by state", () => {
    const { head, rows } = table("stock_daily.csv");
    const stock = stockSeries(history, "2018-04-01", "2024-03-31", peer);
    expect([...stock.keys()]).toEqual(head.slice(1));
    expect(rows).toHaveLength(2192);
    const mismatches = rows.flatMap((row, day) =>
      head.slice(1).filter((state, k) => stock.get(state as never)?.[day] !== Number(row[k + 1])),
    );
    expect(mismatches).toEqual([]);
    const start = stockOn(history, "2024-03-31", peer);
    expect([...start.values()].reduce((a, b) => a + b, 0)).toBe(461);
    expect(start.get("10 to 16 - Fostering")).toBe(226);
  });

  it("projects every state's population and variance for 730 days as the peer does", () => {
    const projection = projectDemand(history, peer);
    expect(projection.states).toEqual(rates.states);
    for (const [file, series] of [
      ["prediction_population.csv", projection.population],
      ["prediction_variance.csv", projection.variance],
    ] as const) {
      const { head, rows } = table(file);
      expect(head.slice(1)).toEqual(projection.states);
      expect(rows.map((r) => r[0])).toEqual(projection.dates);
      let worst = 0;
      const outside = rows.flatMap((row, day) =>
        head.slice(1).flatMap((state, k) => {
          const [mine, ref] = [series[day]?.[k] as number, Number(row[k + 1])];
          worst = Math.max(worst, Math.abs(mine - ref));
          return withinTolerance(mine, ref) ? [] : [`${row[0]} ${state}: ${mine} against ${ref}`];
        }),
      );
      expect(outside).toEqual([]);
      // The reference is printed to 6 decimals; the model agrees to that precision.
      expect(worst).toBeLessThan(1e-6);
    }
    // 461 children on 31 March 2024; a day later 460.8 in care and 0.6 who have left.
    const inCare = (day: number) =>
      projection.states.reduce(
        (sum, s, i) => (s.endsWith("Not in care") ? sum : sum + (projection.population[day]?.[i] as number)),
        0,
      );
    expect(projection.initial.reduce((a, b) => a + b, 0)).toBe(461);
    expect(inCare(0)).toBeCloseTo(460.84, 2);
  });
});

describe("Outturn's default on the same data", () => {
  it("differs from the peer only where a placement starts and ends the same day", () => {
    const outturn = estimateRates(history, { ...peer, compatibility: "outturn" });
    const peerRate = new Map(rates.transitions.map((t) => [`${t.from} → ${t.to}`, t.rate]));
    const changed = outturn.transitions
      .filter((t) => peerRate.get(`${t.from} → ${t.to}`) !== t.rate)
      .map((t) => [`${t.from} → ${t.to}`, peerRate.get(`${t.from} → ${t.to}`), t.rate]);
    // One child placed in 5 to 10 - Other and out of care the same day: the peer counts an entry
    // and an exit; Outturn counts neither, as the child is in no day's stock.
    expect(changed).toEqual([
      // Moves the peer never sees: ending a placement on a birthday, the child is already older.
      ["10 to 16 - Fostering → 16 to 18+ - Not in care", undefined, 0],
      ["10 to 16 - Other → 16 to 18+ - Residential", undefined, 0],
      ["5 to 10 - Fostering → 10 to 16 - Other", undefined, 0],
      [
        "5 to 10 - Other → 5 to 10 - Not in care",
        expect.closeTo(0.0017993182, 9),
        expect.closeTo(0.0014100617, 9),
      ],
    ]);
    const entry = (r: DemandRates) => r.entries.find((e) => e.to === "5 to 10 - Other")?.perDay;
    expect([entry(rates), entry(outturn)]).toEqual([2 / 367, 1 / 367]);
    expect(outturn.entries.filter((e, i) => e.perDay !== rates.entries[i]?.perDay)).toHaveLength(1);
  });
});
