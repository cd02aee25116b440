import { describe, expect, it } from "vitest";
import { periodOf } from "../../calendar/financial.js";
import { roundPence } from "../../money/money.js";
import { COST_SUBTYPES, type CostSubtype, type RateAdjustment, type StateName } from "../model.js";
import { splitState } from "../projection/states.js";
import { type CostByYear, compareScenarios } from "./compare.js";
import { projection, RATES, RECRUIT_8, SHARES, STEADY, scenario } from "./scenario.fixture.js";
import { translateScenario } from "./scenario.js";

/** Pence a child costs a day, by sub-type: whole pence, so every figure below can be worked by hand. */
const DAILY: Partial<Record<CostSubtype, number>> = {
  "Fostering (Friend/Relative)": 2_000,
  "Fostering (In-house)": 4_000,
  "Fostering (IFA)": 8_000,
  "Residential (In-house)": 60_000,
  "Residential (External)": 80_000,
};

/** A hand-made costing (until costs/projected.ts is wired in): stock × share × daily cost, summed by year, rounded once. */
const cost: CostByYear = (p, shares) => {
  const byYear = new Map<string, number>();
  p.dates.forEach((date, i) => {
    let day = 0;
    p.states.forEach((state, s) => {
      for (const { subtype, category } of COST_SUBTYPES)
        if (category === splitState(state).category)
          day += (p.population[i]?.[s] ?? 0) * (shares.get(subtype) ?? 0) * (DAILY[subtype] ?? 0);
    });
    const { year } = periodOf(date);
    byYear.set(year, (byYear.get(year) ?? 0) + day);
  });
  return new Map([...byYear].map(([year, amount]) => [year, roundPence(amount)]));
};

const base = { rates: RATES, projection: STEADY, shares: SHARES };
const unused = (): never => {
  throw new Error("a scenario with no rate changes needs no projection of its own");
};

describe("a scenario beside the base", () => {
  it("costs a share change from its first day: recruiting carers saves the IFA price less in-house", () => {
    const s = RECRUIT_8;
    const [comparison] = compareScenarios([s], base, unused, cost);
    // A day costs 100 × £56 in fostering and 10 × £750 in residential: £13,100. 10.4 children at £40 less a
    // day is £416 a day, from 1 Oct 2024: 182 days in 2024-25, 365 in 2025-26.
    expect(comparison?.years).toEqual([
      { year: "2024-25", days: 365, base: 478_150_000, scenario: 478_150_000 - 7_571_200, saving: 7_571_200 },
      {
        year: "2025-26",
        days: 365,
        base: 478_150_000,
        scenario: 478_150_000 - 15_184_000,
        saving: 15_184_000,
      },
    ]);
    expect(comparison?.populations.map((p) => [p.date, p.end, p.base.total, p.scenario.total])).toEqual([
      ["2025-03-31", false, 110, 110],
      ["2026-03-31", true, 110, 110],
    ]);
  });

  it("projects the scenario's rate changes and shows the children in care at each 31 March and the end", () => {
    const s = scenario({ scenario: "Step down 6", kind: "step-down", number: 6, by: "2025-03-31" });
    const asked: (readonly RateAdjustment[])[] = [];
    // A stand-in for projectFrom: the 6 children aged 10 to 16 in residential are in fostering from day 1.
    const moved: Partial<Record<StateName, number>> = {
      "10 to 16 - Fostering": 66,
      "16 to 18+ - Residential": 4,
      "16 to 18+ - Fostering": 40,
    };
    const project = (adjustments: readonly RateAdjustment[]) => {
      asked.push(adjustments);
      return projection((state) => moved[state] ?? 0, "2024-03-31", 365);
    };
    const short = {
      ...base,
      projection: projection((state) => STEADY.initial[STEADY.states.indexOf(state)] ?? 0, "2024-03-31", 365),
    };
    const [comparison] = compareScenarios([s], short, project, cost);
    expect(asked).toEqual([translateScenario(s, short).adjustments]);
    expect(comparison?.changes.sentences[0]).toContain("6 children stepping down is a rate of 6 ÷ 3,650");
    expect(comparison?.populations).toEqual([
      {
        date: "2025-03-31",
        end: true,
        base: {
          total: 110,
          variance: 11,
          byCategory: { Fostering: 100, Residential: 10, Supported: 0, Other: 0 },
        },
        scenario: {
          total: 110,
          variance: 11,
          byCategory: { Fostering: 106, Residential: 4, Supported: 0, Other: 0 },
        },
      },
    ]);
    // 6 children at £750 − £56 a day for 365 days.
    expect(comparison?.years).toEqual([
      {
        year: "2024-25",
        days: 365,
        base: 478_150_000,
        scenario: 478_150_000 - 151_986_000,
        saving: 151_986_000,
      },
    ]);
  });

  it("gives back the base when a scenario changes nothing", () => {
    const s = scenario({ scenario: "Too late", kind: "step-down", number: 6, by: "2020-03-31" });
    const [comparison] = compareScenarios([s], base, unused, cost);
    expect(comparison?.years.every((y) => y.saving === 0 && y.scenario === y.base)).toBe(true);
    expect(comparison?.populations.every((p) => p.base.total === p.scenario.total)).toBe(true);
  });
});
