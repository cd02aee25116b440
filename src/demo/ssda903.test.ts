import { beforeAll, describe, expect, it } from "vitest";
import { addDays } from "../domain/calendar/dates.js";
import { gridRefOf, postcodeGrid } from "../domain/ssda903/distance.js";
import type { Ssda903Return } from "../domain/ssda903/tables.js";
import { validateReturn } from "../domain/ssda903/validate.js";
import { DEMOSHIRE_SEED, generateCouncil, type SimulatedCouncil, simulateCouncil } from "./generate.js";
import { Random } from "./random.js";
import { DEMO_903_YEARS, demoSsda903Returns } from "./ssda903.js";
import { makeUpn } from "./ssda903-children.js";

let sim: SimulatedCouncil;
let returns: Ssda903Return[];
const yearOf = (year: number) => returns.find((r) => r.year === year) as Ssda903Return;
const episodes = (year: number) => yearOf(year).tables.episodes.map((r) => r.values);

/** Children looked after on a day, from a return: an episode open then, short breaks (V3/V4) aside. */
function lookedAfterOn(ret: Ssda903Return, day: string): Set<string> {
  const open = ret.tables.episodes
    .map((r) => r.values)
    .filter((e) => !["V3", "V4"].includes(e.LS ?? ""))
    .filter((e) => (e.DECOM ?? "") <= day && (e.DEC === "" || (e.DEC ?? "") > day));
  return new Set(open.map((e) => e.CHILD ?? ""));
}

beforeAll(() => {
  sim = simulateCouncil({ seed: DEMOSHIRE_SEED, scale: 1 });
  returns = sim.ssda903;
});

describe("Demoshire's SSDA903 returns", () => {
  it("has the collection years 2021 to 2024 and the 2025 in-year extract, rows numbered from 2 as in a CSV", () => {
    expect(returns.map((r) => r.year)).toEqual([...DEMO_903_YEARS]);
    const rows = yearOf(2024).tables.episodes;
    expect(rows[0]).toMatchObject({ file: "2024/episodes.csv", row: 2 });
    expect(rows.map((r) => r.row)).toEqual(rows.map((_, i) => i + 2));
  });

  it("counts the same children looked after on each 31 March as the placements register", () => {
    for (const year of [2022, 2023, 2024]) {
      const day = `${year}-03-31`;
      const register = new Set(
        sim.registers.placements
          .filter((p) => p.start <= day && (p.end === null || p.end >= day))
          .map((p) => p.childRef),
      );
      expect(lookedAfterOn(yearOf(year), day)).toEqual(register);
    }
    expect(lookedAfterOn(yearOf(2024), "2024-03-31").size).toBe(412);
  });

  it("records every register placement as an episode: DECOM its start, DEC the day after its last day", () => {
    const all = returns.flatMap((r) => r.tables.episodes.map((e) => e.values));
    const decs = new Map<string, Set<string>>();
    for (const e of all) {
      const key = `${e.CHILD}|${e.DECOM}`;
      decs.set(key, (decs.get(key) ?? new Set()).add(e.DEC ?? ""));
    }
    for (const p of sim.registers.placements) {
      const seen = decs.get(`${p.childRef}|${p.start}`);
      expect(seen, p.placementRef).toBeDefined();
      if (p.end !== null) expect(seen?.has(addDays(p.end, 1)), p.placementRef).toBe(true);
    }
  });

  it("puts every episode's child in the header, and ends no episode before it began", () => {
    for (const ret of returns) {
      const header = new Set(ret.tables.header.map((r) => r.values.CHILD));
      for (const e of ret.tables.episodes.map((r) => r.values)) {
        expect(header.has(e.CHILD)).toBe(true);
        if (e.DEC) expect(e.DEC > (e.DECOM ?? "")).toBe(true);
      }
    }
  });

  it("reports Herefordshire's 312 looked after and 124 ceased in 2020-21, before the register begins", () => {
    const ret = yearOf(2021);
    expect(lookedAfterOn(ret, "2021-03-31").size).toBe(312);
    const ceased = ret.tables.episodes.filter((r) => r.values.DEC !== "" && r.values.REC !== "X1");
    expect(ceased).toHaveLength(124);
  });

  it("codes endings as the 903 does: X1 only into a next episode, adoptions only from adoption placements", () => {
    const eps = episodes(2024);
    eps.forEach((e, i) => {
      const next = eps[i + 1];
      const continues = next !== undefined && next.CHILD === e.CHILD && next.DECOM === e.DEC;
      if (e.DEC) expect(e.REC === "X1", `${e.CHILD} ${e.DECOM}`).toBe(continues);
      if (["E11", "E12"].includes(e.REC ?? "")) expect(e.PLACE).toMatch(/^A[3-6]$/);
      if (continues) expect(["P", "B", "T", "U"]).toContain(next?.RNE);
    });
    const starts = eps.filter((e) => e.RNE === "S");
    expect(new Set(starts.map((e) => e.CHILD)).size).toBe(starts.length);
  });

  it("has about a tenth of the children looked after in a year going missing, several times each", () => {
    for (const year of [2022, 2023, 2024]) {
      const ret = yearOf(year);
      const during = new Set(ret.tables.episodes.map((r) => r.values.CHILD)).size;
      const missing = new Set(ret.tables.missing.map((r) => r.values.CHILD)).size;
      expect(missing / during).toBeGreaterThan(0.06);
      expect(missing / during).toBeLessThan(0.15);
      expect(ret.tables.missing.length / missing).toBeGreaterThan(2);
    }
  });

  it("is mostly clean under the DfE validation rules, year on year", () => {
    for (const year of [2022, 2023, 2024]) {
      const report = validateReturn(yearOf(year), yearOf(year - 1));
      expect(report.cleanShare, `${year}: ${report.byRule.map((r) => r.rule).join(", ")}`).toBeGreaterThan(
        0.95,
      );
    }
  });

  it("writes format-valid UPNs with the DfE check letter, and postcodes in its postcode grid", () => {
    expect(makeUpn(new Random(3), 2015)).toMatch(/^[A-HJ-NP-RT-Z]\d{12}$/);
    // The DfE's worked check: weights 2..13 over characters 2..13, remainder mod 23 indexes A-Z without I, O, S.
    const upn = makeUpn(new Random(9), 2012);
    const sum = [...upn.slice(1)].reduce((s, d, i) => s + Number(d) * (i + 2), 0);
    expect(upn[0]).toBe("ABCDEFGHJKLMNPQRTUVWXYZ"[sum % 23]);
    const grid = postcodeGrid(sim.registers.postcodeGrid);
    const postcodes = episodes(2024).flatMap((e) => [e.HOME_POST ?? "", e.PL_POST ?? ""]);
    expect(postcodes.filter((p) => p !== "").length).toBeGreaterThan(500);
    for (const p of postcodes.filter((p) => p !== "")) expect(gridRefOf(grid, p), p).not.toBeNull();
  });

  it("is the same for the same seed and differs for another", () => {
    const a = generateCouncil({ seed: 11, scale: 0.2 }).ssda903;
    const b = generateCouncil({ seed: 11, scale: 0.2 }).ssda903;
    expect(b).toEqual(a);
    const other = demoSsda903Returns({
      placements: sim.placements,
      rng: new Random(12),
      scale: 1,
      council: "Demoshire",
      until: "2024-10-31",
    });
    expect(other[3]?.tables.header).not.toEqual(yearOf(2024).tables.header);
  });
});
