/**
 * The synthetic council ("Synthshire", ../shared/data/ssda903-synth) merged into one history: six
 * years, its artefacts reported, the same history from both layouts.
 *
 * Children looked after at 31 March: the history gives 632, 643, 629, 570, 552 and 461; the data's
 * README gives 647, 661, 651, 591, 566 and 478, the generator's own count before its artefacts. The
 * generator leaves out of a year's file any episode spanning the whole year, so a child whose
 * episode spans every file's year is in no file, and 14 to 22 children a year cannot be recovered
 * from the returns by any reader. 461 at 31 March 2024 is also the peer demand model's stock on the
 * same data: its reference projection (reference/regional-ref-2023-24/prediction_population.csv)
 * holds 461.4 children on 1 April 2024, after one day's movement.
 */
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { lookedAfterOn, mergeHistory } from "../../src/domain/ssda903/clean.js";
import type { Ssda903History } from "../../src/domain/ssda903/history.js";
import { loadSsda903 } from "../../src/formats/ssda903/files.js";

const SYNTH = join(process.cwd(), "../shared/data/ssda903-synth");
let byYear: Ssda903History;
let regional: Ssda903History;

beforeAll(async () => {
  byYear = mergeHistory((await loadSsda903(join(SYNTH, "by-year"))).returns);
  regional = mergeHistory((await loadSsda903(join(SYNTH, "regional"))).returns);
});

describe("the synthetic council's history", () => {
  it("merges six years into the children looked after at each 31 March", () => {
    expect(byYear.years).toEqual([2019, 2020, 2021, 2022, 2023, 2024]);
    expect(byYear.years.map((y) => lookedAfterOn(byYear, `${y}-03-31`))).toEqual([
      632, 643, 629, 570, 552, 461,
    ]);
    expect(byYear.children).toHaveLength(2021);
  });

  it("reports the generator's artefacts, each naming file, row, child and rule", () => {
    const count = (rule: string) => byYear.artefacts.filter((a) => a.rule === rule).length;
    expect(count("missing-from-year")).toBeGreaterThan(0);
    expect(count("x1-without-next")).toBeGreaterThan(0);
    expect(count("implausible-for-age")).toBeGreaterThan(0);
    expect(count("continuous-merged")).toBeGreaterThan(0);
    for (const a of byYear.artefacts) {
      expect(a.file).toMatch(/^20(19|2[0-4])\/(episodes|header)\.csv$/);
      expect(a.row).toBeGreaterThan(1);
      expect(a.child).not.toBe("");
      expect(a.message).not.toBe("");
    }
  });

  it("keeps every episode well formed: continuing ones last, none ending before it starts or overlapping the next", () => {
    for (const child of byYear.children) {
      child.episodes.forEach((e, i) => {
        const next = child.episodes[i + 1];
        if (next) expect(e.dec !== null && e.dec <= next.decom).toBe(true);
        if (e.dec !== null) expect(e.dec >= e.decom).toBe(true);
      });
    }
  });

  it("is the same history from the regional layout, with the same artefacts at its own rows", () => {
    expect(regional.children).toEqual(byYear.children);
    const summary = (h: Ssda903History) => h.artefacts.map((a) => `${a.child} ${a.rule} ${a.message}`).sort();
    expect(summary(regional)).toEqual(summary(byYear));
  });
});
