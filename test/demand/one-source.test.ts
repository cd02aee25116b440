/**
 * One source of truth on Demoshire (seed 2024, at 2024-25:P7; its SSDA903 returns run to the
 * in-year extract of 31 October 2024): the demand projection prices the MTFP's demand on placements,
 * gives the outturn's expected starters when the council asks for them, and evidences a saving
 * through the scenario that names it.
 */
import { describe, expect, it } from "vitest";
import { DEMOSHIRE_AS_AT, DEMOSHIRE_SEED, generateCouncil } from "../../src/demo/generate.js";
import { parsePeriodRef } from "../../src/domain/calendar/financial.js";
import { STEP_DOWN_10 } from "../../src/domain/demand/scenarios/scenario.fixture.js";
import type { DemandScenario } from "../../src/domain/demand/scenarios/scenario.js";
import { type Audience, audienceFor, OFFICER } from "../../src/domain/disclosure/audience.js";
import { type MtfpYear, mtfpPlan } from "../../src/domain/mtfp/plan.js";
import { forecastOutturn } from "../../src/domain/outturn/forecast.js";
import type { CouncilRegisters } from "../../src/domain/registers.js";
import { savingsTracker } from "../../src/domain/savings/tracker.js";
import { mergeHistory } from "../../src/domain/ssda903/clean.js";
import { varianceAnalysis } from "../../src/domain/variance/variance.js";
import { parseRegister } from "../../src/formats/registers/parse.js";
import { demandModelNote, planDemandCosts } from "../../src/report/demand/mtfp-demand.js";
import { starterProjection } from "../../src/report/demand/outturn-starters.js";
import { withScenarioEvidence } from "../../src/report/demand/saving-scenarios.js";
import { lineDetail } from "../../src/report/monthly/drill-down.js";
import { savingDetail } from "../../src/report/savings/saving-detail.js";
import { evidenceText } from "../../src/report/savings/savings-tables.js";

const demo = generateCouncil({ seed: DEMOSHIRE_SEED, scale: 1, asAt: DEMOSHIRE_AS_AT });
const { registers, council } = demo;
const history = mergeHistory(demo.ssda903);
const P7 = parsePeriodRef("2024-25:P7");
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe("the MTFP's demand pressure from the projection", () => {
  const costs = planDemandCosts(registers, history, "2024-10-31");
  const before = mtfpPlan(registers);
  const after = mtfpPlan(registers, costs ? { demandCosts: costs } : {});
  if (!costs || !before || !after) throw new Error("Demoshire has returns and a plan");
  const placementDemand = (y: MtfpYear) =>
    sum(
      y.lines
        .filter((l) => l.kind === "demand" && l.ref !== "demand:SEND-TRN" && l.ref !== "demand:HTS-MAIN")
        .map((l) => l.amount),
    );

  it("runs the projection from 31 October 2024 to the end of the plan, costing each whole year before inflation", () => {
    // 31 October 2024 + 1,247 days is 31 March 2028: 2024-25 is only part projected, so it is left out.
    expect([...costs.costByYear.keys()]).toEqual(["2025-26", "2026-27", "2027-28"]);
    expect(costs.basis).toBe(
      "the demand model's projection from 31 October 2024, at rates over 31 October 2023 to 31 October 2024 and unit costs to 31 October 2024, before inflation",
    );
  });

  it("prices 2026-27 and 2027-28 on placements as the projected change, leaving 2025-26 and transport to the assumptions", () => {
    expect(after.demandModel?.years).toEqual(["2026-27", "2027-28"]);
    // 2025-26 needs a whole 2024-25 to stand against: the 3% assumption, as before, and said.
    expect(after.years[0]?.lines).toEqual(before.years[0]?.lines);
    expect(after.warnings).toContain(
      "The demand projection gives no whole-year cost for 2025-26 or the year before: the demand-growth assumption prices demand on placements there",
    );
    for (const [i, year] of [
      [1, "2026-27"],
      [2, "2027-28"],
    ] as const) {
      const y = after.years[i] as MtfpYear;
      const growth =
        (costs.costByYear.get(year) ?? 0) -
        (costs.costByYear.get(["2025-26", "2026-27"][i - 1] as string) ?? 0);
      // Shared across the seven placements lines to the penny.
      expect(placementDemand(y)).toBe(growth);
      expect(y.lines.find((l) => l.ref === "demand:LAC-RES")?.basis).toMatch(
        /^Projected by the demand model: £[\d,.]+ in 20/,
      );
      // Transport keeps its demand-growth assumption (2.5% then 2%).
      expect(y.lines.find((l) => l.ref === "demand:SEND-TRN")?.basis).toMatch(/^2(\.5)?% demand growth/);
    }
  });

  it("moves the base carried forward by the change in demand and the inflation on it, and nothing else", () => {
    let moved = 0;
    after.years.forEach((y, i) => {
      const b = before.years[i] as MtfpYear;
      moved += y.demand - b.demand + (y.inflation - b.inflation);
      expect(y.payAward).toBe(b.payAward);
      expect(y.savings).toBe(b.savings);
      expect(y.baseCarriedForward - b.baseCarriedForward).toBe(moved);
    });
    expect(demandModelNote(after)).toBe(
      `Demand on placements in 2026-27 and 2027-28 is projected by the demand model: ${costs.basis}; the other years use the demand-growth assumption.`,
    );
  });
});

describe("the outturn's expected starters from the projection", () => {
  const chosen: CouncilRegisters = {
    ...registers,
    assumptions: [
      ...registers.assumptions.filter((a) => a.name !== "expected-starters-source"),
      { name: "expected-starters-source", value: 1, note: "One source of truth" },
    ],
  };
  const projected = starterProjection(chosen, history, P7);
  const byHistory = forecastOutturn(registers, P7);
  const byModel = forecastOutturn(chosen, P7, { starters: projected });
  const driver = (o: typeof byModel, name: string) =>
    sum(o.lines.map((l) => l.drivers.find((d) => d.driver === name)?.amount ?? 0));

  it("projects each month from November to March, and changes nothing but the expected starters", () => {
    if ("unavailable" in projected) throw new Error(projected.unavailable);
    expect(projected.months.map((m) => m.start)).toEqual([
      "2024-11-01",
      "2024-12-01",
      "2025-01-01",
      "2025-02-01",
      "2025-03-01",
    ]);
    expect(byModel.expectedStarters).toBe(projected);
    for (const name of ["commitments", "known-events", "expected-leavers"]) {
      expect(driver(byModel, name)).toBe(driver(byHistory, name));
    }
    expect(byModel.total.forecast - byHistory.total.forecast).toBe(
      driver(byModel, "expected-starters") - driver(byHistory, "expected-starters"),
    );
  });

  it("comes within a fifth of the register's own history, which counts the same kind of placement", () => {
    // The history's 12 months price £2.58m of starters to 31 March; the model's, with the moves
    // between placements of one category that the register counts as starters too, about £2.3m.
    const [model, own] = [driver(byModel, "expected-starters"), driver(byHistory, "expected-starters")];
    expect(Math.abs(model / own - 1)).toBeLessThan(0.2);
  });

  it("says so on the line's drill-down, and the variance analysis types the same starters", () => {
    const doc = lineDetail(council, byModel, chosen, "LAC-RES", OFFICER);
    const notes = doc?.sections.find((s) => s.id === "items")?.notes?.map((n) => n.text) ?? [];
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(
      /^Expected starters from the demand model \(the demand model's projection from 31 October 2024, at rates over 31 October 2023 to 31 October 2024\): [\d.]+ a month into Children's homes and secure \([\d.]+ to 31 March\)\.$/,
    );
    // Fewer than 5 placements for adoption to 31 March: a member does not see how many.
    const othNote = (audience: Audience) =>
      lineDetail(council, byModel, chosen, "LAC-OTH", audience)?.sections.find((s) => s.id === "items")
        ?.notes?.[0]?.text;
    expect(othNote(audienceFor("member", chosen.assumptions))).toContain(
      "; fewer than 5 placements into Placed for adoption to 31 March.",
    );
    expect(othNote(OFFICER)).toMatch(/; 0\.\d a month into Placed for adoption \(\d\.\d to 31 March\)\.$/);
    const plain = lineDetail(council, byHistory, registers, "LAC-RES", OFFICER);
    expect(plain?.sections.find((s) => s.id === "items")?.notes).toBeUndefined();
    const untyped = (o: typeof byModel, r: CouncilRegisters) =>
      varianceAnalysis(r, o, P7).warnings.filter((w) => w.includes("types the line's forecast"));
    expect(untyped(byModel, chosen)).toEqual(untyped(byHistory, registers));
  });
});

describe("a saving evidenced by a demand scenario", () => {
  const stepDown: DemandScenario = { ...STEP_DOWN_10, saving: "S1" };
  const withScenario: CouncilRegisters = { ...registers, demandScenarios: [stepDown] };
  const tracker = withScenarioEvidence(
    savingsTracker(withScenario, "2024-25", "2024-10-31"),
    withScenario,
    history,
  );
  const s1 = tracker.savings.find((s) => s.saving.ref === "S1");

  it("gives the scenario's saving each year against S1's targets, and nothing to the others", () => {
    // The projection runs 24 months from 31 October 2024: 151 days of 2024-25, all of 2025-26, 214 of 2026-27.
    expect(s1?.scenarios?.map((e) => [e.year, e.days, e.target])).toEqual([
      ["2024-25", 151, 959_000_00],
      ["2025-26", 365, 3_294_000_00],
      ["2026-27", 214, 1_059_000_00],
    ]);
    expect(s1?.scenarios?.every((e) => (e.saving ?? 0) > 0)).toBe(true);
    expect(tracker.savings.filter((s) => s.scenarios !== undefined).map((s) => s.saving.ref)).toEqual(["S1"]);
  });

  it("writes the year's scenario sentence into the evidence text and shows every year beside the drivers", () => {
    if (!s1) throw new Error("S1 is tracked");
    expect(evidenceText(s1, "2024-25")).toMatch(
      /Demand scenarios: Scenario 'Step down 10' saves £[\d,]+ in 2024-25 \(the projection covers 151 of its 365 days\) against a target of £959,000: \d+%\.$/,
    );
    const doc = savingDetail(council, tracker, withScenario, "S1", "2024-25:P7");
    const evidence = doc?.sections.find((s) => s.id === "evidence");
    const table = evidence?.blocks.find((b) => b.type === "table" && b.title === "Evidence from scenarios");
    expect(table && "rows" in table ? table.rows.length : 0).toBe(3);
  });
});

describe("the expected-starters-source assumption", () => {
  it("takes 0 or 1 and refuses anything else", async () => {
    const csv = (value: string) => ({
      name: "assumptions.csv",
      bytes: Buffer.from(`Assumption,Value\nexpected-starters-source,${value}\n`),
    });
    expect(await parseRegister("assumptions", csv("1"))).toEqual({
      rows: [{ name: "expected-starters-source", value: 1, note: "" }],
    });
    for (const bad of ["2", "0.5", "-1"]) {
      const parsed = await parseRegister("assumptions", csv(bad));
      expect(JSON.stringify(parsed)).toContain("must be a whole number from 0 to 1");
    }
  });
});
