/**
 * The engine over the hand-made history and a council's entered registers at 2023-24:P12: settings
 * override the catalogue, entered values are read by period (or year), comments are the period's,
 * and each measure carries its RAG, direction and history.
 */
import { describe, expect, it } from "vitest";
import { emptyRegisters } from "../registers.js";
import { emptyHistory, type MeasureResult, measuresAt } from "./engine.js";
import { fixtureHistory } from "./fixtures.js";

const period = { year: "2023-24", period: 12 } as const;

function registers() {
  return {
    ...emptyRegisters(),
    measureSettings: [{ measure: "stability-3-plus", target: 8, tolerance: 2, owner: "Head of service" }],
    measureValues: [
      { measure: "ehcp-20-weeks", period: "2023-24:P11", value: 50 },
      { measure: "ehcp-20-weeks", period: "2023-24:P12", value: 44 },
      { measure: "under-18-population", period: "2022-23:P1", value: 1_300 },
      { measure: "under-18-population", period: "2023-24:P3", value: 1_400 },
      { measure: "cla-count", period: "2023-24:P12", value: 99 },
    ],
    measureComments: [
      {
        measure: "ehcp-20-weeks",
        period: "2023-24:P12",
        date: "2024-04-12",
        author: "Head of SEND",
        text: "Later",
      },
      {
        measure: "ehcp-20-weeks",
        period: "2023-24:P12",
        date: "2024-04-05",
        author: "Head of SEND",
        text: "Earlier",
      },
      {
        measure: "ehcp-20-weeks",
        period: "2023-24:P11",
        date: "2024-03-08",
        author: "Head of SEND",
        text: "Last month",
      },
    ],
  };
}

const report = measuresAt({ registers: registers(), history: fixtureHistory(), period });
const measure = (id: string) => report.measures.find((m) => m.definition.id === id) as MeasureResult;

describe("the measure engine", () => {
  it("applies the council's settings over the catalogue and rates the value against them", () => {
    const stability = measure("stability-3-plus");
    expect(stability.definition).toMatchObject({ target: 8, tolerance: 2, owner: "Head of service" });
    // 2 of 7 = 28.6%, far above 8% + 2.
    expect(stability).toMatchObject({ numerator: 2, denominator: 7, rag: "red" });
    expect(measure("long-term-stability").definition.target).toBe(68);
  });

  it("reads an entered monthly measure by period, with its direction and the period's comments oldest first", () => {
    const ehcp = measure("ehcp-20-weeks");
    expect(ehcp).toMatchObject({ value: 44, rag: "amber", direction: "worsening" });
    expect(ehcp.previous).toMatchObject({ period: "2023-24:P11", value: 50, rag: "green" });
    expect(ehcp.commentary.map((c) => c.text)).toEqual(["Earlier", "Later"]);
    expect(ehcp.history).toHaveLength(12);
    expect(ehcp.history[0]).toMatchObject({
      period: "2023-24:P1",
      value: null,
      notAvailable: "No value has been entered for this period.",
    });
  });

  it("reads an annual measure's latest value in each year, and makes the rate with it", () => {
    const population = measure("under-18-population");
    expect(population).toMatchObject({ value: 1_400, direction: "up" });
    expect(population.previous).toMatchObject({ period: "2022-23:P12", value: 1_300 });
    // 7 children ÷ 1,400 × 10,000.
    expect(measure("cla-rate")).toMatchObject({ value: 50, numerator: 7, denominator: 1_400, rag: "green" });
  });

  it("falls back to a population the caller knows (e.g. the benchmark pack's) where the council entered none", () => {
    const rate = (r: ReturnType<typeof registers>) =>
      measuresAt({ registers: r, history: fixtureHistory(), period, population: 700 }).measures.find(
        (m) => m.definition.id === "cla-rate",
      );
    const noneEntered = { ...registers(), measureValues: [] };
    expect(rate(noneEntered)).toMatchObject({ value: 100, denominator: 700 });
    expect(rate(registers())).toMatchObject({ value: 50, denominator: 1_400 });
  });

  it("keeps 12 monthly points of a computed measure, with the direction against the period before", () => {
    const cla = measure("cla-count");
    expect(cla.history.map((p) => p.period)).toEqual(
      Array.from({ length: 12 }, (_, i) => `2023-24:P${i + 1}`),
    );
    // E left on 1 January 2024: 8 at the end of December, 7 from January.
    expect(cla.history.slice(8).map((p) => p.value)).toEqual([8, 7, 7, 7]);
    expect(cla).toMatchObject({ value: 7, direction: "same", rag: null });
  });

  it("warns that a value entered for a computed measure is not used", () => {
    expect(measure("cla-count").value).toBe(7);
    expect(report.warnings).toEqual([
      "measure-values cla-count/2023-24:P12: cla-count is computed by Outturn, so the value entered is not used",
    ]);
  });

  it("works with registers only and no SSDA903 return, saying why each service measure is missing", () => {
    const bare = measuresAt({ registers: emptyRegisters(), history: emptyHistory(), period });
    const cla = bare.measures.find((m) => m.definition.id === "cla-count");
    expect(cla).toMatchObject({
      value: null,
      notAvailable: "No SSDA903 return has been imported.",
      direction: null,
    });
    expect(bare.measures).toHaveLength(19);
  });
});
