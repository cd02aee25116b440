/**
 * Demoshire's projection as every output reads it: settings from its returns (the in-year extract
 * runs to 31 October 2024), a projection that starts from the children looked after that day, its
 * cost from Demoshire's own prices, and a backtest beside it.
 */
import { describe, expect, it } from "vitest";
import { DEMOSHIRE_AS_AT, DEMOSHIRE_SEED, generateCouncil } from "../../demo/generate.js";
import { isInCare } from "../../domain/demand/projection/states.js";
import { stockOn } from "../../domain/demand/projection/stock.js";
import { mergeHistory } from "../../domain/ssda903/clean.js";
import { councilDemand, demandSettings } from "./council-demand.js";

const { registers, ssda903 } = generateCouncil({ seed: DEMOSHIRE_SEED, scale: 1, asAt: DEMOSHIRE_AS_AT });
const history = mergeHistory(ssda903);

describe("a council's demand projection", () => {
  it("takes the 12 months to the last day the returns cover, and projects 24 months from it", () => {
    expect(demandSettings(history, "2024-10-31")).toEqual({
      referenceStart: "2023-10-31",
      referenceEnd: "2024-10-31",
      start: "2024-10-31",
      days: 730,
      compatibility: "outturn",
    });
    expect(demandSettings(history, "2025-06-30")?.start).toBe("2025-03-31");
    expect(demandSettings({ years: [], children: [], artefacts: [] }, "2024-10-31")).toBeNull();
  });

  it("starts from the children looked after on the start day, and costs every year it covers", () => {
    const demand = councilDemand(registers, history, "2024-10-31");
    if (!demand) throw new Error("Demoshire has returns");
    const inCare = (values: ArrayLike<number>) =>
      demand.projection.states.reduce((sum, s, i) => sum + (isInCare(s) ? (values[i] ?? 0) : 0), 0);
    const stock = [...stockOn(history, "2024-10-31", demand.settings).values()].reduce((a, b) => a + b, 0);
    expect(inCare(demand.projection.initial)).toBe(stock);
    expect(stock).toBeGreaterThan(350);
    expect(demand.cost.years.map((y) => y.year)).toEqual(["2024-25", "2025-26", "2026-27"]);
    expect(demand.cost.years.every((y) => y.total > 0)).toBe(true);
    expect(demand.backtest.ok).toBe(true);
    expect(demand.scenarios).toEqual([]);
  });
});
