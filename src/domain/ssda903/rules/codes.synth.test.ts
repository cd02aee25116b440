/**
 * The code rules over the synthetic 2023-24 return (../shared/data/ssda903-synth): what they report
 * is the generator's artefacts, checked by independent counts, and nothing else. The data uses the
 * 2023-24 codes (SEX 1/2, PLACE H5/P2/Z1), so reading them by the return's year matters.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CODE_RULES } from "./codes.js";
import { returnOf } from "./test-support.js";

const DIR = join(process.cwd(), "../shared/data/ssda903-synth/by-year/2024");

/** The synthetic CSVs have no quoted fields; dd/mm/yyyy dates become ISO, as the loader does. */
function readTable(file: string): Record<string, string>[] {
  const [head = "", ...lines] = readFileSync(join(DIR, file), "utf8").trim().split(/\r?\n/);
  const columns = head.split(",");
  const iso = (v: string) => v.replace(/^(\d{2})\/(\d{2})\/(\d{4})$/, "$3-$2-$1");
  return lines.map((line) => Object.fromEntries(line.split(",").map((v, i) => [columns[i], iso(v)])));
}

describe("code rules on the synthetic 2023-24 return", () => {
  const header = readTable("header.csv");
  const episodes = readTable("episodes.csv");
  const ret = returnOf(2024, { header, episodes, uasc: readTable("uasc.csv") });
  const failures = (code: string) =>
    CODE_RULES.find((r) => r.code === code)?.validate({ current: ret, previous: null }) ?? [];

  it("reports only the generator's UPN letters and blank MOTHER fields", () => {
    const failed = CODE_RULES.filter((r) => r.validate({ current: ret, previous: null }).length > 0);
    expect(failed.map((r) => r.code)).toEqual(["168", "393"]);
  });

  it("168 fails exactly the UPNs that start with I, O or S", () => {
    const expected = header.filter((h) => /^[IOS]/.test(h.UPN ?? "")).map((h) => h.CHILD);
    expect(expected.length).toBeGreaterThan(0);
    expect(failures("168").map((f) => f.row.values.CHILD)).toEqual(expected);
  });

  it("393 fails only girls with a blank MOTHER who have an episode other than V3/V4", () => {
    const inCare = new Set(episodes.filter((e) => !["V3", "V4"].includes(e.LS ?? "")).map((e) => e.CHILD));
    const expected = header.filter((h) => h.SEX === "2" && h.MOTHER === "" && inCare.has(h.CHILD));
    expect(failures("393").map((f) => f.row.values.CHILD)).toEqual(expected.map((h) => h.CHILD));
  });
});
