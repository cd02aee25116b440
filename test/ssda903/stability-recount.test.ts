/**
 * Outturn's two placement stability measures on the synthetic council (../shared/data/ssda903-synth),
 * against a count made here from the CSV files alone, as a reviewer would make it: csv-parse on
 * by-year/<year>/{header,episodes}.csv, none of Outturn's readers, cleaning or counting rules.
 *
 * The data as the DfE sees it (the cleaning this count assumes):
 * - every year's rows, one per CHILD+DECOM: the latest year's row (within a year, the one with a
 *   DEC); rows whose DECOM is not a date, and children with no DOB in any header, are left out;
 * - a child's episodes in DECOM order, each ending no later than the next one starts (the synth has
 *   165 overlaps). Nothing else is dropped: of two episodes still open, the later ends the earlier.
 *   The demand model's cleaning (clean.ts) drops the later of two rows sharing a DEC; where an
 *   earlier return's open episode is not closed by the next (a generator artefact) that drops the
 *   episode the latest return has open, so 3 children looked after at 31 March 2024 were lost
 *   (400 not 403). The measures now count on every episode (ChildHistory.placementEpisodes).
 *
 * The DfE's definitions (data guidance, /work/shared/data/benchmarks/dfe/data-guidance.txt):
 * - short breaks (LS V3, V4) are not care: those episodes are left out of everything;
 * - looked after on 31 March: an episode started on or before it and not ended by it;
 * - a placement starts with an episode that does not start the day the one before ended (a new
 *   period of care), and with every episode whose RNE is not L (S, P, B, T, U); an L episode (legal
 *   status only) continues it. 3+ counts the placements in force on any day of the year. The synth
 *   has no temporary placement (PLACE T0–T4), so the rule for them is not needed here (asserted);
 * - long-term: under 16 on 31 March; in a period of care since 30 September 2½ years before, which
 *   did not begin the day a short break ended ("children who started a period of care under an agreed
 *   series of short-term placements which later became continuous" are left out: Outturn did not do
 *   this, 107 not 97 in 2024); in the same placement since 31 March 2 years before, where a change
 *   with the same carer (RNE T or U) is not a change unless into U2/U5 (fostering for adoption), and
 *   a placement for adoption (A3–A6) counts together with the one before it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { parsePeriodRef } from "../../src/domain/calendar/financial.js";
import { measuresAt } from "../../src/domain/measures/engine.js";
import { emptyRegisters } from "../../src/domain/registers.js";
import { mergeHistory } from "../../src/domain/ssda903/clean.js";
import type { Ssda903History } from "../../src/domain/ssda903/history.js";
import { loadSsda903 } from "../../src/formats/ssda903/files.js";

const BY_YEAR = join(process.cwd(), "../shared/data/ssda903-synth/by-year");
const YEARS = [2019, 2020, 2021, 2022, 2023, 2024];

type Row = Record<string, string>;
interface Ep {
  year: number;
  decom: string;
  dec: string | null;
  rne: string;
  ls: string;
  place: string;
}
interface Placement {
  start: string;
  end: string | null;
  rne: string;
  place: string;
  afterPrevious: boolean;
}

const csv = (year: number, table: string): Row[] =>
  parse(readFileSync(join(BY_YEAR, String(year), `${table}.csv`)), { columns: true, trim: true });
/** dd/mm/yyyy → yyyy-mm-dd, or null. */
const iso = (d = "") =>
  d.replace(/^(\d\d)\/(\d\d)\/(\d{4})$/, "$3-$2-$1").match(/^\d{4}-\d\d-\d\d$/)?.[0] ?? null;
/** The same day `months` months before (the month's last day where it is shorter). */
function monthsBefore(day: string, months: number): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 - months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return `${target.toISOString().slice(0, 8)}${String(Math.min(d, last)).padStart(2, "0")}`;
}
const inForce = (s: { start: string; end: string | null }, day: string) =>
  s.start <= day && (s.end === null || s.end > day);

/** Each child's DOB and episodes, as the DfE sees the returns (see above). */
function readReturns() {
  const dob = new Map<string, string>();
  const byKey = new Map<string, Ep & { child: string }>();
  for (const year of YEARS) {
    for (const r of csv(year, "header")) if (iso(r.DOB)) dob.set(r.CHILD ?? "", iso(r.DOB) as string);
    for (const r of csv(year, "episodes")) {
      const [child, decom] = [r.CHILD ?? "", iso(r.DECOM)];
      if (!decom) continue;
      const e = {
        child,
        year,
        decom,
        dec: iso(r.DEC),
        rne: r.RNE ?? "",
        ls: r.LS ?? "",
        place: r.PLACE ?? "",
      };
      const was = byKey.get(`${child} ${decom}`);
      if (!was || was.year < year || (was.dec ?? "") < (e.dec ?? "")) byKey.set(`${child} ${decom}`, e);
    }
  }
  const episodes = new Map<string, Ep[]>();
  for (const e of byKey.values())
    if (dob.has(e.child)) episodes.set(e.child, [...(episodes.get(e.child) ?? []), e]);
  for (const list of episodes.values()) {
    list.sort((a, b) => (a.decom < b.decom ? -1 : 1));
    list.forEach((e, i) => {
      const next = list[i + 1];
      if (next && (e.dec === null || e.dec > next.decom)) e.dec = next.decom;
    });
  }
  return { dob, episodes };
}

function placementsOf(care: Ep[]): Placement[] {
  const placements: Placement[] = [];
  care.forEach((e, i) => {
    const afterPrevious = care[i - 1]?.dec === e.decom;
    const current = placements.at(-1);
    if (current && afterPrevious && e.rne === "L") Object.assign(current, { end: e.dec, place: e.place });
    else placements.push({ start: e.decom, end: e.dec, rne: e.rne, place: e.place, afterPrevious });
  });
  return placements;
}

/** The start of the placement in force on the day, joined back over same-carer changes and adoption. */
function sameCarerSince(placements: Placement[], day: string): string {
  let i = placements.findIndex((p) => inForce(p, day));
  let adoptionJoined = false;
  for (let p = placements[i]; p?.afterPrevious; p = placements[i]) {
    if (["T", "U"].includes(p.rne) && !["U2", "U5"].includes(p.place)) i -= 1;
    else if (/^A[3-6]$/.test(p.place) && !adoptionJoined) [i, adoptionJoined] = [i - 1, true];
    else break;
  }
  return (placements[i] as Placement).start;
}

function recount(data: ReturnType<typeof readReturns>, year: number) {
  const [day, yearStart] = [`${year}-03-31`, `${year - 1}-04-01`];
  const three = { numerator: 0, denominator: 0 };
  const longTerm = { numerator: 0, denominator: 0 };
  for (const [child, all] of data.episodes) {
    const care = all.filter((e) => e.ls !== "V3" && e.ls !== "V4");
    const now = care.findIndex((e) => inForce({ start: e.decom, end: e.dec }, day));
    if (now < 0) continue;
    const placements = placementsOf(care);
    three.denominator += 1;
    if (placements.filter((p) => p.start <= day && (p.end === null || p.end > yearStart)).length >= 3)
      three.numerator += 1;
    let first = now;
    while (first > 0 && care[first - 1]?.dec === care[first]?.decom) first -= 1;
    const careStart = (care[first] as Ep).decom;
    const fromShortBreaks = all.some((e) => (e.ls === "V3" || e.ls === "V4") && e.dec === careStart);
    const under16 = monthsBefore(day, 16 * 12) < (data.dob.get(child) as string);
    if (!under16 || careStart > monthsBefore(day, 30) || fromShortBreaks) continue;
    longTerm.denominator += 1;
    if (sameCarerSince(placements, day) <= monthsBefore(day, 24)) longTerm.numerator += 1;
  }
  return { "stability-3-plus": three, "long-term-stability": longTerm };
}

let data: ReturnType<typeof readReturns>;
let history: Ssda903History;
beforeAll(async () => {
  data = readReturns();
  history = mergeHistory((await loadSsda903(BY_YEAR)).returns);
});

const outturn = (year: number, id: "stability-3-plus" | "long-term-stability") => {
  const period = parsePeriodRef(`${year - 1}-${String(year).slice(2)}:P12`);
  const m = measuresAt({ registers: emptyRegisters(), history, period }).measures.find(
    (r) => r.definition.id === id,
  );
  return { numerator: m?.numerator, denominator: m?.denominator };
};

describe("placement stability on the synthetic council, recounted from the CSV files", () => {
  it("has no temporary placement, so the recount needs no rule for one", () => {
    const places = YEARS.flatMap((y) => csv(y, "episodes").map((r) => r.PLACE ?? ""));
    expect(places.length).toBeGreaterThan(9_000);
    expect(places.filter((p) => /^T[0-4]$/i.test(p))).toEqual([]);
  });

  it("finds 74 of the 403 looked after at 31 March 2024 with 3+ placements, and 17 of 97 stable", () => {
    expect(recount(data, 2024)).toEqual({
      "stability-3-plus": { numerator: 74, denominator: 403 },
      "long-term-stability": { numerator: 17, denominator: 97 },
    });
  });

  for (const year of [2024, 2023, 2022, 2021])
    it(`gives Outturn's numerator and denominator for both measures at 31 March ${year}`, () => {
      const mine = recount(data, year);
      expect(outturn(year, "stability-3-plus")).toEqual(mine["stability-3-plus"]);
      expect(outturn(year, "long-term-stability")).toEqual(mine["long-term-stability"]);
    });
});
