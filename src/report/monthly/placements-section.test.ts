/**
 * The report's placements sections on Demoshire at 2024-25:P7: the high-cost list as the domain
 * computes it, children by pseudonymised reference only, and the unit costs by type and year.
 */
import { describe, expect, it } from "vitest";
import { DEMOSHIRE_AS_AT, DEMOSHIRE_SEED, generateCouncil } from "../../demo/generate.js";
import { parsePeriodRef } from "../../domain/calendar/financial.js";
import { OFFICER } from "../../domain/disclosure/audience.js";
import { roundTo } from "../../domain/money/money.js";
import { forecastOutturn } from "../../domain/outturn/forecast.js";
import { highCostPlacements } from "../../domain/placements/high-cost.js";
import { emptyRegisters } from "../../domain/registers.js";
import type { ReportTable } from "./model.js";
import { highCostSection, unitCostSection } from "./placements-section.js";

const { council, registers } = generateCouncil({ seed: DEMOSHIRE_SEED, scale: 1, asAt: DEMOSHIRE_AS_AT });
const at = parsePeriodRef("2024-25:P7");
const outturn = forecastOutturn(registers, at);
const input = { council, audience: OFFICER, outturn, registers };
const tableOf = (section: { blocks: { type: string }[] } | null) =>
  section?.blocks.find((b): b is ReportTable => b.type === "table");

describe("the high-cost placements section", () => {
  const list = highCostPlacements(registers, at);
  const section = highCostSection(input);
  const table = tableOf(section);

  it("lists every placement at £5,000 a week or more, dearest first, with its forecast cost this year", () => {
    // Demoshire's dearest: PL001220 at Oakleaf Children's Homes, £14,105 a week (docs/demoshire.md).
    expect(table?.rows).toHaveLength(list.placements.length);
    expect(table?.rows[0]?.values).toMatchObject({
      placementRef: "PL001220",
      provider: "Oakleaf Children's Homes",
      weeklyCost: 14_105_00,
    });
    const forecast = list.placements.reduce((sum, p) => sum + p.forecastThisYear, 0);
    expect(table?.total?.values.forecastThisYear).toBe(forecast);
    expect(section?.intro).toMatch(new RegExp(`^${list.placements.length} placements cost £5,000 a week`));
  });

  it("shows a child only by the pseudonymised reference, and leads to the placement's budget line", () => {
    expect(table?.columns.map((c) => c.key)).toEqual([
      "placementRef",
      "childRef",
      "provider",
      "type",
      "weeklyCost",
      "weeksSoFar",
      "forecastThisYear",
    ]);
    expect(table?.rows.every((r) => /^C\d+$/.test(String(r.values.childRef)))).toBe(true);
    expect(table?.rows[0]?.drill).toEqual({ kind: "line", costCentre: list.placements[0]?.costCentre });
  });

  it("is left out for a council without placements", () => {
    expect(highCostSection({ ...input, registers: { ...registers, placements: [] } })).toBeNull();
  });
});

describe("the unit costs section", () => {
  const section = unitCostSection(input);
  const table = tableOf(section);

  it("tabulates each type's average weekly cost by year, beside Herefordshire's published figures", () => {
    expect(table?.columns.map((c) => c.key).slice(-2)).toEqual(["2023-24", "2024-25"]);
    const homes = table?.rows.find((r) => r.values.type === "Children's homes and secure");
    // £4,681 a week in 2022-23 to the pound (docs/demoshire.md's calibration table); pence in the table.
    expect(roundTo(homes?.values["2022-23"] as number, 100)).toBe(4_681_00);
    expect(section?.intro).toContain("£2,310 a week in 2014-15 and £4,860 a week in 2022-23");
    expect(section?.intro).toContain("Demoshire's children's homes and secure averaged £4,681 in 2022-23");
    expect(section?.blocks.map((b) => b.type)).toEqual(["table", "chart"]);
  });

  it("is left out when no placement has run", () => {
    expect(unitCostSection({ ...input, registers: emptyRegisters() })).toBeNull();
  });
});
