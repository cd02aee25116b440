/** Demoshire's savings register and MTFP: what a user opening the demo sees on the savings and MTFP pages. */
import { describe, expect, it } from "vitest";
import { periodsOf } from "../domain/calendar/financial.js";
import { sum, toThousands } from "../domain/money/money.js";
import { mtfpPlan } from "../domain/mtfp/plan.js";
import { mtfpScenario, scenarioNames } from "../domain/mtfp/scenario.js";
import { forecastOutturn } from "../domain/outturn/forecast.js";
import { savingsTracker } from "../domain/savings/tracker.js";
import { registersAsAt } from "./as-at.js";
import { BUDGET_CATALOGUE, BUDGET_YEARS, buildBudgetLines, type CostByLine } from "./budget.js";
import { DEMOSHIRE_SEED, generateCouncil, simulateCouncil } from "./generate.js";

const demo = simulateCouncil({ seed: DEMOSHIRE_SEED, scale: 1 });
const { registers } = demo;
const tracker = savingsTracker(registers, "2024-25", "2024-10-31");
const byRef = (ref: string) => tracker.savings.find((s) => s.saving.ref === ref);
const thousandsByYear = (refs: string[]) =>
  ["2024-25", "2025-26", "2026-27"].map((year) =>
    toThousands(
      sum(registers.savingYears.filter((y) => y.year === year && refs.includes(y.ref)).map((y) => y.target)),
    ),
  );

describe("Demoshire's savings", () => {
  it("plans S1-S4 as seed 002's Tables 5 and 6, and S3 at the conversion plan's target", () => {
    expect(thousandsByYear(["S1", "S2", "S3", "S4"])[0]).toBe(2_503);
    expect(thousandsByYear(["S2", "S3"])).toEqual([1_344, 1_477, 933]);
    expect(thousandsByYear(["S1", "S5"]).slice(1)).toEqual([3_894, 1_359]);
    expect(thousandsByYear(["S1", "S2", "S3", "S4", "S5"])).toEqual([2_753, 5_371, 2_292]);
    const s3 = registers.savingYears.find((y) => y.ref === "S3" && y.year === "2024-25");
    expect(registers.conversionPlans.map((p) => [p.saving, p.target])).toEqual([["S3", s3?.target]]);
  });

  it("shows S3 green but unevidenced at 31 October 2024: agency FTE far above its June target", () => {
    expect(tracker.unevidenced).toEqual(["S3"]);
    const s3 = byRef("S3");
    expect(s3?.saving.brag).toBe("green");
    expect(s3?.atRisk).toBe(0);
    const agency = s3?.evidence.find((e) => e.driver === "agency-fte");
    expect(agency?.status).toBe("behind");
    expect(agency?.actual ?? 0).toBeGreaterThan((agency?.target ?? 0) + 10);
    expect(s3?.milestones.find((m) => m.milestone === "Agency posts converted to permanent")?.status).toBe(
      "overdue",
    );
  });

  it("links drivers that show every kind of evidence, and rates the rest as the drivers justify", () => {
    const statuses = tracker.savings.flatMap((s) => s.evidence.map((e) => `${s.saving.ref} ${e.status}`));
    expect(statuses).toEqual(
      expect.arrayContaining(["S1 evidenced", "S1 not-moved", "S3 behind", "S5 not-moved"]),
    );
    expect(tracker.savings.map((s) => s.saving.brag)).toEqual(["amber", "amber", "green", "amber", "red"]);
    expect(registers.savingDrivers.filter((d) => d.baseline !== null)).toHaveLength(1);
    for (const saving of tracker.savings) {
      expect(saving.milestones.length).toBeGreaterThanOrEqual(2);
      expect(saving.milestones.length).toBeLessThanOrEqual(4);
      expect(saving.comments.length).toBeGreaterThanOrEqual(2);
      expect(saving.comments.length).toBeLessThanOrEqual(3);
    }
    expect(toThousands(tracker.total.atRisk)).toBe(818);
  });

  it("puts the savings at risk in the outturn, with the 2024-25 budget still the seed's £65.132m", () => {
    const outturn = forecastOutturn(registers, demo.asAt);
    expect(outturn.total.budget).toBe(65_132_000_00);
    const line = outturn.lines.find((l) => l.costCentre === "SAVINGS");
    expect(line?.variance).toBe(tracker.total.atRisk);
    // Past snapshots of 2024-25 see the same savings: they are plans, not dated history.
    const p6 = registersAsAt(demo, { year: "2024-25", period: 6 });
    expect(p6.savingYears).toEqual(registers.savingYears);
    expect(p6.mtfpScenarios).toEqual(registers.mtfpScenarios);
  });

  it("writes comments and completes milestones only up to the as-at date", () => {
    const early = generateCouncil({ seed: DEMOSHIRE_SEED, scale: 1, asAt: "2024-25:P3" }).registers;
    expect(early.savingComments.every((c) => c.date <= "2024-06-30")).toBe(true);
    expect(early.savingComments.length).toBeLessThan(registers.savingComments.length);
    expect(
      early.savingMilestones.find(
        (m) => m.milestone === "Step-down plan for every child in a children's home",
      )?.completed,
    ).toBeNull();
  });
});

describe("budget lines net of savings", () => {
  it("takes each saving off its line and keeps the year's approved total", () => {
    const cost: CostByLine = new Map(
      BUDGET_CATALOGUE.map((s, i) => [
        s.costCentre,
        new Map(BUDGET_YEARS.map((y) => [y, 1_000_000_00 + i * 10_000_00])),
      ]),
    );
    const weights = () => periodsOf("2024-25").map(() => 1);
    const year = (lines: ReturnType<typeof buildBudgetLines>) => lines.filter((l) => l.year === "2024-25");
    const gross = year(buildBudgetLines(cost, 1, weights));
    const net = year(
      buildBudgetLines(cost, 1, weights, new Map([["2024-25", new Map([["LAC-RES", 900_000_00]])]])),
    );
    expect(sum(net.map((l) => l.annualBudget))).toBe(sum(gross.map((l) => l.annualBudget)));
    const res = (lines: typeof net) => lines.find((l) => l.costCentre === "LAC-RES")?.annualBudget ?? 0;
    expect(res(gross) - res(net)).toBeGreaterThan(800_000_00);
    for (const line of net) expect(sum(line.profile)).toBe(line.annualBudget);
  });
});

describe("Demoshire's MTFP", () => {
  const plan = mtfpPlan(registers);

  it("runs 2025-26 to 2027-28 from the 2024-25 budget lines, with the register's savings", () => {
    expect(plan?.years.map((y) => y.year)).toEqual(["2025-26", "2026-27", "2027-28"]);
    expect(plan?.reconciliation.baseBroughtForward).toBe(65_132_000_00);
    expect(plan?.reconciliation.baseDifference).toBe(0);
    expect(plan?.years.map((y) => toThousands(y.savings))).toEqual([5_371, 2_292, 0]);
    expect(plan?.years[0]?.inflationFundedShare).toBe(90);
    expect(plan?.warnings).toEqual([]);
  });

  it("compares three scenarios with the plan, each widening the gap", () => {
    expect(scenarioNames(registers)).toEqual([
      "Savings slip by 50%",
      "Residential demand +5%",
      "Pay award +1%",
    ]);
    for (const name of scenarioNames(registers)) {
      const result = plan && mtfpScenario(registers, plan, name);
      expect(result?.warnings).toEqual([]);
      for (const year of result?.years ?? []) expect(year.gapAgainstPlan).toBeGreaterThan(0);
    }
  });
});
