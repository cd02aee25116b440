/**
 * The scenarios on the synthetic council (../shared/data/ssda903-synth/regional), with the reference
 * settings (a year's reference period to 31 March 2024, 24 months from it): 461 children in care at
 * the start, 413.9 projected for 31 March 2025 and 384.2 for 31 March 2026.
 */
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { DemandCostBasis } from "../../src/domain/demand/costs/basis.js";
import { measuredProportions } from "../../src/domain/demand/costs/proportions.js";
import { COST_SUBTYPES, type RateAdjustment } from "../../src/domain/demand/model.js";
import { adjustRates } from "../../src/domain/demand/projection/adjust.js";
import { projectFrom } from "../../src/domain/demand/projection/project.js";
import { compareScenarios, inCareOn, type ProjectWith } from "../../src/domain/demand/scenarios/compare.js";
import { scenarioEvidence } from "../../src/domain/demand/scenarios/evidence.js";
import { RECRUIT_8, STEP_DOWN_10, scenario } from "../../src/domain/demand/scenarios/scenario.fixture.js";
import {
  type DemandScenario,
  type ScenarioBase,
  translateScenario,
} from "../../src/domain/demand/scenarios/scenario.js";
import { stockAt } from "../../src/domain/demand/scenarios/window.js";
import { costByYear, scenarioModel } from "../../src/domain/demand/scenarios/wiring.js";
import { REFERENCE_SETTINGS } from "../../src/domain/demand/settings.fixture.js";
import { mergeHistory } from "../../src/domain/ssda903/clean.js";
import { loadSsda903 } from "../../src/formats/ssda903/files.js";

const SCENARIOS = [
  { ...STEP_DOWN_10, saving: "S5" },
  { ...RECRUIT_8, saving: "S6" },
  scenario({ scenario: "Reunify 5%", kind: "reunify", percent: 5 }),
  scenario({ scenario: "Prevent 12", kind: "prevent-entries", number: 12 }),
];

/** Measured shares; every sub-type at £1,000 a week but in-house fostering at £500 and IFA at £1,000. */
let basis: DemandCostBasis;
let base: ScenarioBase;
let project: ProjectWith;
let initial: number[];

beforeAll(async () => {
  const history = mergeHistory(
    (await loadSsda903(join(process.cwd(), "../shared/data/ssda903-synth/regional"))).returns,
  );
  const shares = measuredProportions(history, REFERENCE_SETTINGS).proportions;
  basis = {
    unitCostsFrom: "2023-04-01",
    unitCostsTo: "2024-03-31",
    proportionsFrom: REFERENCE_SETTINGS.referenceStart,
    proportionsTo: REFERENCE_SETTINGS.referenceEnd,
    warnings: [],
    subtypes: COST_SUBTYPES.map((s) => ({
      ...s,
      weeklyCost: s.subtype === "Fostering (In-house)" ? 500_00 : 1_000_00,
      costFrom: "entered",
      placements: 0,
      proportion: shares.get(s.subtype) ?? null,
      proportionFrom: "measured",
    })),
  };
  ({ base, project, initial } = scenarioModel(history, REFERENCE_SETTINGS, basis));
});

const at = (date: string) => base.projection.dates.indexOf(date);

describe("scenarios on the synthetic council", () => {
  it("projects the base as projectFrom does", () => {
    expect(inCareOn(base.projection, -1).total).toBe(461);
    expect(inCareOn(base.projection, at("2025-03-31")).total).toBeCloseTo(413.9, 1);
    expect(inCareOn(base.projection, at("2026-03-31")).total).toBeCloseTo(384.2, 1);
  });

  it.each(SCENARIOS)(
    "$scenario: removing its adjustments gives back the base rates and projection exactly",
    (s) => {
      const { adjustments } = translateScenario(s, base);
      const adjusted = adjustRates(base.rates, adjustments);
      if (s.kind !== "recruit-carers") expect(adjusted).not.toEqual(base.rates);
      expect(adjustRates(base.rates, [])).toEqual(base.rates);
      const without = project([]);
      expect(without.population).toEqual(base.projection.population);
      expect(without.variance).toEqual(base.projection.variance);
    },
  );

  it("honours a window: the base before it, and the stock and variance carried across its edges", () => {
    const noOp: RateAdjustment = {
      from: "10 to 16 - Residential",
      to: "10 to 16 - Fostering",
      multiply: 1,
      firstDay: "2024-10-01",
      lastDay: "2025-03-31",
    };
    const windowed = projectFrom(base.rates, initial, REFERENCE_SETTINGS, [noOp]);
    expect(windowed.population).toEqual(base.projection.population);
    expect(windowed.variance).toEqual(base.projection.variance);

    const late = translateScenario(
      scenario({ scenario: "Late", kind: "step-down", number: 10, from: "2024-10-01", by: "2025-03-31" }),
      base,
    );
    const stepped = project(late.adjustments);
    expect(stepped.population.slice(0, at("2024-10-01"))).toEqual(
      base.projection.population.slice(0, at("2024-10-01")),
    );
    expect(inCareOn(stepped, at("2024-10-01")).byCategory.Residential).toBeLessThan(
      inCareOn(base.projection, at("2024-10-01")).byCategory.Residential,
    );
  });

  it("steps down about N children over the window, and residential falls by less as some would have left anyway", () => {
    const { adjustments } = translateScenario(SCENARIOS[0] as DemandScenario, base);
    const stepped = project(adjustments);
    const [first, last] = [at("2024-04-01"), at("2025-03-31")];
    let moves = 0;
    for (const a of adjustments) {
      const i = stepped.states.indexOf(a.from as (typeof stepped.states)[number]);
      for (let d = first; d <= last; d++) moves += (a.add ?? 0) * (stockAt(stepped, d - 1)[i] ?? 0);
    }
    // Sized on the base's 20,655 residential child-days; the scenario's own stock falls as children move.
    expect(moves).toBeGreaterThan(9);
    expect(moves).toBeLessThan(10);
    const residential = (p: typeof stepped, d: number) => inCareOn(p, d).byCategory.Residential;
    expect(residential(base.projection, last) - residential(stepped, last)).toBeCloseTo(5.34, 2);
    // After By the base rates apply again, to the stock the window left.
    const after = projectFrom(base.rates, Array.from(stockAt(stepped, last)), {
      ...REFERENCE_SETTINGS,
      start: "2025-03-31",
      days: 365,
    });
    expect(after.population).toEqual(stepped.population.slice(last + 1));
  });

  it("costs a share change from its first day with projectedCost, inflation included, and gives it as evidence", () => {
    const cost = costByYear(basis, { rate: 3 });
    const comparisons = compareScenarios(SCENARIOS, base, project, cost);
    const recruit = comparisons[1];
    const share = recruit?.changes.shares[0]?.share ?? 0;
    expect(share).toBeCloseTo(10.4 / 312.4, 3);
    // Each day from 1 Oct 2024: share × fostering × £500 a week ÷ 7, × 1.03 from 31 Mar 2025 and 1.03² from 31 Mar 2026.
    const expected = new Map<string, number>();
    base.projection.dates.forEach((date, d) => {
      if (date < "2024-10-01") return;
      const fostering = inCareOn(base.projection, d).byCategory.Fostering;
      const year = date < "2025-04-01" ? "2024-25" : "2025-26";
      expected.set(
        year,
        (expected.get(year) ?? 0) +
          (share *
            fostering *
            500_00 *
            (date >= "2026-03-31" ? 1.03 ** 2 : date >= "2025-03-31" ? 1.03 : 1)) /
            7,
      );
    });
    expect(recruit?.years.map((y) => y.saving)).toEqual([
      expect.closeTo(expected.get("2024-25") ?? 0, -0.5),
      expect.closeTo(expected.get("2025-26") ?? 0, -0.5),
    ]);
    const saving = recruit?.years[1]?.saving ?? 0;
    const [evidence] = scenarioEvidence("S6", comparisons, [
      { ref: "S6", year: "2025-26", target: 2 * saving, delivered: 0, forecast: 0 },
    ]).filter((e) => e.year === "2025-26");
    expect(evidence?.sentence).toMatch(
      /^Scenario 'Recruit 8' saves £[\d,]+ in 2025-26 against a target of £[\d,]+: 50%\.$/,
    );
    // Fewer children in care cost less every year.
    for (const c of comparisons) for (const y of c.years) expect(y.saving).toBeGreaterThan(0);
  });
});
