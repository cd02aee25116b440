import { describe, expect, it } from "vitest";
import { OTHER_TABLE_RULES } from "./other-tables.js";
import { YEAR_RULES } from "./years.js";

// Each table's rules are tested next to them: missing, reviews, adoption, outcomes and social-worker.test.ts.
describe("OTHER_TABLE_RULES", () => {
  it("are the other tables' rules, each once, none of them a year rule", () => {
    const codes = OTHER_TABLE_RULES.map((r) => r.code);
    expect(codes).toEqual([
      ...["565", "567", "574", "577", "581", "1006", "441", "333", "335", "525", "557", "1003"],
      ...["631", "632", "635", "185", "188", "189", "190", "191", "544", "345", "391", "1000"],
      ...["1007", "1011", "1012", "SW06STG2", "SW07STG2", "SW09STG2", "SW10STG2"],
    ]);
    const yearCodes = new Set(YEAR_RULES.map((r) => r.code));
    expect(codes.filter((c) => yearCodes.has(c))).toEqual([]);
    expect(OTHER_TABLE_RULES.every((r) => !r.comparesYears && r.message.length > 20)).toBe(true);
  });
});
