import { describe, expect, it } from "vitest";
import { type Audience, OFFICER } from "../../domain/disclosure/audience.js";
import { DEFAULT_SUPPRESSION } from "../../domain/disclosure/suppress.js";
import { prorate } from "../../domain/money/money.js";
import type { TransportPlan } from "../../domain/transport/scenarios/model.js";
import { HOSTILE_REF, SHARED_ROUTES, SOLVED } from "./scenario.fixture.js";
import { comparisonTable, pupilTable, routeTable } from "./tables.js";
import { scenarioSentences } from "./words.js";

const MEMBER: Audience = { reader: "member", policy: DEFAULT_SUPPRESSION };
const plan: TransportPlan = {
  scenario: "Pick-up points",
  solvedAt: "2024-10-02T09:00:00Z",
  seed: 1,
  seconds: 30,
  on: "2024-10-01",
  currentDailyCost: 500_00,
  dailyCost: 380_00,
  oneOffCost: 0,
  year: "2024-25",
  annualSaving: 120_00 * 190,
  result: "{}",
};
const scenarios = [
  { scenario: SHARED_ROUTES, plan: null, result: SOLVED },
  {
    scenario: {
      ...SHARED_ROUTES,
      scenario: "Pick-up points",
      policy: "pick-up-points" as const,
      walkingMetres: 800,
    },
    plan,
    result: null,
  },
  {
    scenario: { ...SHARED_ROUTES, scenario: "Budgets", policy: "personal-budgets" as const, mileageRate: 45 },
    plan: null,
    result: null,
  },
];

describe("comparisonTable: every scenario against today", () => {
  it("shows each scenario's policy in words, today, the plan and the saving a day and a year", () => {
    const rows = comparisonTable(scenarios, OFFICER).rows.map((r) => r.values);
    expect(rows[0]).toMatchObject({
      scenario: "Shared routes",
      policy: "Shared routes",
      pupils: 5,
      today: SOLVED.current.dailyCost,
      plan: SOLVED.dailyCost,
      saving: SOLVED.dailySaving,
      savingYear: SOLVED.annualSaving,
      oneOff: 0,
      evidences: "SAV-T1",
      adoptFrom: "2025-01-06",
    });
    expect(rows[1]).toMatchObject({
      policy: "Pick-up points within 800 m walk",
      today: 500_00,
      plan: 380_00,
      saving: 120_00,
    });
    expect(rows[2]).toMatchObject({
      policy: "Personal transport budgets at £0.45 a mile",
      plan: "not solved yet",
    });
  });

  it("hides a small number of pupils from a member, and the money beside it", () => {
    const few = { ...SOLVED, current: { ...SOLVED.current, pupils: 3 } };
    const [row] = comparisonTable([{ scenario: SHARED_ROUTES, plan: null, result: few }], MEMBER).rows;
    expect(row?.values).toMatchObject({ pupils: "[c]", today: "[c]", plan: "[c]", saving: "[c]" });
    expect(comparisonTable(scenarios, MEMBER).rows[0]?.values.pupils).toBe(5);
  });
});

describe("routeTable: one run's routes", () => {
  it("lists each route's vehicle, pupils, times, miles, cost and cost per pupil, adding up to the run", () => {
    const table = routeTable(SOLVED, "morning", OFFICER);
    const plan = SOLVED.morning;
    expect(table.rows).toHaveLength(plan.routes.length);
    const first = table.rows[0]?.values;
    const aboard = new Set(plan.routes[0]?.stops.map((s) => s.request)).size;
    expect(first).toMatchObject({
      route: 1,
      pupils: aboard,
      cost: plan.routeCosts[0],
      miles: plan.routeMiles?.[0],
    });
    expect(first?.perPupil).toBe(prorate(plan.routeCosts[0] ?? 0, 1, aboard));
    expect(first?.leaves).toMatch(/^\d\d:\d\d$/);
    expect(table.total?.values.cost).toBe(plan.routeCosts.reduce((s, c) => s + c, 0));
    expect(table.rows.map((r) => r.values.assistant)).toContain("yes");
  });

  it("suppresses a member's small numbers of pupils and the cost per pupil beside them", () => {
    const table = routeTable(SOLVED, "morning", MEMBER);
    for (const r of table.rows) expect(r.values).toMatchObject({ pupils: "[c]", perPupil: "[c]" });
    // Every route's count is hidden, so the run's total gives none of them away.
    expect(table.total?.values.pupils).toBe(5);
  });
});

describe("pupilTable: each pupil's arrangement (officers only)", () => {
  it("refuses a member", () => {
    expect(() => pupilTable(SOLVED, MEMBER)).toThrow(/officers only/);
  });

  it("has a row per pupil, the unserved flagged, and the plan's shares adding up to the routes", () => {
    const table = pupilTable(SOLVED, OFFICER);
    expect(table.rows.map((r) => r.values.pupil)).toEqual(SOLVED.pupils.map((p) => p.pupil));
    expect(table.rows.filter((r) => r.flag === "UNSERVED").map((r) => r.values.pupil)).toEqual(["P06"]);
    const shares = table.rows.reduce((s, r) => s + (r.values.plan as number), 0);
    expect(shares).toBe(SOLVED.dailyCost);
  });
});

describe("scenarioSentences: the plan in words", () => {
  it("says what the plan costs against today, a day and a year", () => {
    const result = {
      ...SOLVED,
      current: { ...SOLVED.current, dailyCost: 45_647_00 },
      dailyCost: 22_359_00,
      dailySaving: 23_288_00,
      annualSaving: 23_288_00 * 190,
    };
    expect(scenarioSentences(result, OFFICER)[0]).toBe(
      "Scenario 'Shared routes' costs £22,359 a day against £45,647 today: a saving of £23,288 a day, £4.4m a year over 190 school days in 2024-25.",
    );
  });

  it("counts the runs' routes and the pupils not carried, never naming one", () => {
    const sentences = scenarioSentences(SOLVED, OFFICER);
    expect(sentences[1]).toMatch(
      /^The morning run uses \d+ routes? \(TAXI \d+\) over [\d.]+ miles; the afternoon run/,
    );
    expect(sentences).toContain("The morning run cannot carry 1 pupil (max-ride: 1 pupil).");
    expect(scenarioSentences(SOLVED, MEMBER)).toContain(
      "The morning run cannot carry fewer than 5 pupils (max-ride: fewer than 5 pupils).",
    );
    for (const ref of ["P01", "P06", HOSTILE_REF]) expect(sentences.join(" ")).not.toContain(ref);
  });
});
