/**
 * `outturn measures` on Demoshire: every measure in the catalogue as text and JSON, suppressed for
 * members unless an officer asks with --unsuppressed, with the finance measures agreeing with the
 * forecast the `forecast` command prints.
 */
import { describe, expect, it } from "vitest";
import { MEASURE_IDS } from "../../src/domain/measures/catalogue.js";
import { demoStore } from "../support/cli.js";

const { cli, json } = demoStore("outturn-measures-");

type Measure = {
  definition: { id: string };
  value: number | null;
  numerator: number | null;
  denominator: number | null;
};

describe("outturn measures", () => {
  it("gives every measure at the period as JSON, suppressed for members, the overspend as the forecast's", async () => {
    const [report, forecast] = await Promise.all([
      json("measures", "--period", "2024-25:P7"),
      json("forecast", "--period", "2024-25:P7"),
    ]);
    expect(report.period).toBe("2024-25:P7");
    expect(report.suppressed).toBe(true);
    expect(report.measures.map((m: Measure) => m.definition.id).sort()).toEqual([...MEASURE_IDS].sort());
    const overspend = report.measures.find((m: Measure) => m.definition.id === "forecast-overspend");
    expect([overspend.numerator, overspend.denominator]).toEqual([
      forecast.total.variance,
      forecast.total.budget,
    ]);
  });

  it("shows officers the unsuppressed figures only when asked, and says so", async () => {
    const officer = await json("measures", "--period", "2024-25:P7", "--unsuppressed");
    expect(officer.suppressed).toBe(false);
    const text = await cli("measures", "--period", "2024-25:P7", "--unsuppressed");
    expect(text.stdout).toContain("Demoshire: measures that matter at 2024-25:P7 (2024-10-31)");
    expect(text.stdout).toContain("Officer view: small numbers are NOT suppressed.");
    expect(text.stdout).toMatch(/^Forecast overspend as a share of budget\s+finance/m);
  });

  it("refuses a period that is not one", async () => {
    const bad = await cli("measures", "--period", "2024-25:P13");
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain("2024-25:P13");
  });
});
