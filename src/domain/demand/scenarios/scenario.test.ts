import { describe, expect, it } from "vitest";
import type { StateName } from "../model.js";
import { adjustRates } from "../projection/adjust.js";
import { projection, RATES, RECRUIT_8, SHARES, STEADY, STEP_DOWN_10, scenario } from "./scenario.fixture.js";
import { scenarioInWords, translateScenario } from "./scenario.js";

const base = { rates: RATES, projection: STEADY, shares: SHARES };

describe("step down N children from residential to fostering by a date", () => {
  it("adds the same rate in each bracket, sized so the expected moves over the window add up to N", () => {
    // Residential stock falls through the year: 10 to 16 from 12 by 1 every 73 days, 16 to 18+ a steady 3.
    const stock = (state: StateName, day: number) =>
      state === "10 to 16 - Residential"
        ? 12 - Math.floor(day / 73)
        : state === "16 to 18+ - Residential"
          ? 3
          : 0;
    const p = projection(stock);
    const s = STEP_DOWN_10;
    const { adjustments, shares } = translateScenario(s, { ...base, projection: p });
    // The rate on day d (1 Apr 2024 is day 1) acts on the stock at the end of day d − 1.
    const childDays = (state: StateName) =>
      Array.from({ length: 365 }, (_, d) => stock(state, d)).reduce((a, b) => a + b);
    const [older, younger] = [childDays("16 to 18+ - Residential"), childDays("10 to 16 - Residential")];
    expect([younger, older]).toEqual([12 * 73 + 11 * 73 + 10 * 73 + 9 * 73 + 8 * 73, 1095]);
    expect(adjustments).toEqual([
      {
        from: "10 to 16 - Residential",
        to: "10 to 16 - Fostering",
        add: 10 / (younger + older),
        firstDay: "2024-04-01",
        lastDay: "2025-03-31",
      },
      {
        from: "16 to 18+ - Residential",
        to: "16 to 18+ - Fostering",
        add: 10 / (younger + older),
        firstDay: "2024-04-01",
        lastDay: "2025-03-31",
      },
    ]);
    const moves = adjustments.reduce((sum, a) => sum + (a.add ?? 0) * childDays(a.from as StateName), 0);
    expect(moves).toBeCloseTo(10, 10);
    expect(shares).toEqual([]);
  });

  it("says what it added, where, over which days and why, with each bracket's part of N", () => {
    const s = STEP_DOWN_10;
    const { sentences } = translateScenario(s, base);
    // 6 + 4 children every day for 365 days: 10 ÷ 3,650 = 0.00274 a day; 6 of the 10 from 10 to 16.
    expect(sentences).toEqual([
      "Step down 10: the base projection has 3,650 child-days in residential over the 365 days from 1 Apr 2024 to 31 Mar 2025, so 10 children stepping down is a rate of 10 ÷ 3,650 = 0.00274 a day, the same in each age bracket.",
      "adds 0.00274 a day to 10 to 16 - Residential → 10 to 16 - Fostering from 1 Apr 2024 to 31 Mar 2025, so that 10 children step down by then, shared by each age bracket's residential population: 6 from this bracket.",
      "adds 0.00274 a day to 16 to 18+ - Residential → 16 to 18+ - Fostering from 1 Apr 2024 to 31 Mar 2025, so that 10 children step down by then, shared by each age bracket's residential population: 4 from this bracket.",
    ]);
  });

  it("starts on From, stops at the projection's end, and warns when N is more than residential holds", () => {
    const s = scenario({
      scenario: "Twelve",
      kind: "step-down",
      number: 12,
      from: "2025-10-01",
      by: "2027-03-31",
    });
    const { adjustments, sentences } = translateScenario(s, base);
    // 1 Oct 2025 to 31 Mar 2026 is 182 days of 10 children.
    expect(adjustments.map((a) => [a.add, a.firstDay, a.lastDay])).toEqual([
      [12 / 1820, "2025-10-01", "2026-03-31"],
      [12 / 1820, "2025-10-01", "2026-03-31"],
    ]);
    expect(sentences[0]).toContain(
      "over the 182 days from 1 Oct 2025 to 31 Mar 2026 (the projection ends on 31 Mar 2026, before 31 Mar 2027)",
    );
    expect(sentences[1]).toBe(
      "12 is more than the 10 children in residential when the window opens: the projection cannot step down more children than it holds, so fewer will move.",
    );
  });

  it("changes nothing when By is before the projection starts", () => {
    const s = scenario({ scenario: "Late", kind: "step-down", number: 5, by: "2024-03-01" });
    expect(translateScenario(s, base)).toEqual({
      scenario: "Late",
      adjustments: [],
      shares: [],
      sentences: ["Late: the window ends before the projection's first day, so nothing is changed."],
    });
  });
});

describe("recruit N in-house foster carers, each taking C children, from a date", () => {
  it("moves N × C children's share of fostering from IFA to in-house from the date, and no rate", () => {
    const s = RECRUIT_8;
    const changes = translateScenario(s, base);
    // 10.4 of the 100 children in fostering.
    expect(changes.adjustments).toEqual([]);
    expect(changes.shares).toEqual([
      {
        from: "Fostering (IFA)",
        to: "Fostering (In-house)",
        share: expect.closeTo(0.104, 12),
        firstDay: "2024-10-01",
      },
    ]);
    expect(changes.sentences).toEqual([
      "Recruit 8: 8 carers each taking 1.3 children is 10.4 children. The model's Fostering states do not split in-house from IFA, so this changes the cost proportions, not the rates: of the 100 children in fostering in the base projection on 1 Oct 2024, 10.4 is a share of 0.104.",
      "moves 0.104 of fostering from Fostering (IFA) (0.5 in the base, to 0.396) to Fostering (In-house) (0.3, to 0.404) from 1 Oct 2024 to the end of the projection; the rates are unchanged.",
    ]);
  });

  it("moves no more than the IFA share, and says so", () => {
    const s = scenario({
      scenario: "Recruit 40",
      kind: "recruit-carers",
      number: 40,
      perCarer: 1.5,
      from: "2024-10-01",
    });
    const changes = translateScenario(s, base);
    expect(changes.shares.map((c) => c.share)).toEqual([0.5]);
    expect(changes.sentences[1]).toBe(
      "IFA holds only 0.5 of fostering in the base, so the move is capped there: 50 children.",
    );
  });
});

describe("reunify X% more children within 12 months", () => {
  it("multiplies every rate from a care state to Not in care by 1 + X/100, and says it is an approximation", () => {
    const s = scenario({ scenario: "Reunify 5%", kind: "reunify", percent: 5 });
    const changes = translateScenario(s, base);
    expect(changes.adjustments).toEqual([
      { from: "10 to 16 - Residential", to: "10 to 16 - Not in care", multiply: 1.05 },
      { from: "10 to 16 - Fostering", to: "10 to 16 - Not in care", multiply: 1.05 },
      { from: "16 to 18+ - Residential", to: "16 to 18+ - Not in care", multiply: 1.05 },
    ]);
    expect(changes.sentences[0]).toBe(
      'Reunify 5%: the model does not track how long a child has been in care, so "5% more children reunified within 12 months" is approximated by multiplying every rate of leaving care to Not in care by 1.05, whatever the child\'s time in care.',
    );
    expect(changes.sentences[1]).toBe(
      "multiplies 10 to 16 - Residential → 10 to 16 - Not in care (0.001 a day) by 1.05, to 0.00105.",
    );
  });

  it("applies over From to By when they are given", () => {
    const s = scenario({ kind: "reunify", percent: 10, from: "2025-04-01", by: "2025-09-30" });
    const changes = translateScenario(s, base);
    expect(new Set(changes.adjustments.map((a) => `${a.multiply} ${a.firstDay} ${a.lastDay}`))).toEqual(
      new Set(["1.1 2025-04-01 2025-09-30"]),
    );
    expect(changes.sentences[1]).toMatch(/to 0\.0011 from 1 Apr 2025 to 30 Sept? 2025\.$/);
  });
});

describe("prevent N entries a year through edge-of-care work", () => {
  it("takes N/365 a day off the entry rates, shared by each state's share of entries", () => {
    // 0.04 entries a day in the base; 7.3 a year fewer is 0.02 a day: half of each.
    const s = scenario({ scenario: "Edge of care", kind: "prevent-entries", number: 7.3 });
    const changes = translateScenario(s, base);
    expect(changes.adjustments.map((a) => [a.from, a.to, a.add])).toEqual([
      [null, "10 to 16 - Fostering", expect.closeTo(-0.01, 15)],
      [null, "10 to 16 - Residential", expect.closeTo(-0.005, 15)],
      [null, "Birth to 1 - Fostering", expect.closeTo(-0.005, 15)],
    ]);
    expect(changes.sentences).toEqual([
      "Edge of care: 7.3 entries a year prevented is 7.3 ÷ 365 = 0.02 entries a day fewer, taken off the 0.04 entries a day of the base in proportion to each state's share of them.",
      "takes 0.01 a day off entries to 10 to 16 - Fostering (50% of entries), from 0.02 to 0.01 a day.",
      "takes 0.005 a day off entries to 10 to 16 - Residential (25% of entries), from 0.01 to 0.005 a day.",
      "takes 0.005 a day off entries to Birth to 1 - Fostering (25% of entries), from 0.01 to 0.005 a day.",
    ]);
  });

  it("goes no lower than no entries at all", () => {
    const s = scenario({ scenario: "All", kind: "prevent-entries", number: 20 });
    const changes = translateScenario(s, base);
    const cut = changes.adjustments.reduce((sum, a) => sum - (a.add ?? 0), 0);
    expect(cut).toBeCloseTo(0.04, 15);
    expect(changes.sentences[1]).toBe(
      "That is more than every entry in the base (14.6 a year), and no entry rate goes below 0, so entries stop altogether.",
    );
  });
});

describe("removing a scenario", () => {
  it.each([
    scenario({ kind: "step-down", number: 10, by: "2025-03-31" }),
    scenario({ kind: "reunify", percent: 5 }),
    scenario({ kind: "prevent-entries", number: 7.3 }),
  ])("$kind: the base rates adjusted, then with no adjustments, are the base rates exactly", (s) => {
    const before = structuredClone(RATES);
    const { adjustments } = translateScenario(s, base);
    expect(adjustRates(RATES, adjustments)).not.toEqual(RATES);
    expect(adjustRates(RATES, [])).toEqual(before);
    expect(RATES).toEqual(before);
  });
});

describe("a scenario in its author's words", () => {
  it("reads as it was said", () => {
    expect(scenarioInWords(scenario({ kind: "step-down", number: 10, by: "2025-03-31" }))).toBe(
      "Step down 10 children from residential to fostering by 31 Mar 2025",
    );
    expect(
      scenarioInWords(scenario({ kind: "recruit-carers", number: 8, perCarer: 1.3, from: "2024-10-01" })),
    ).toBe("Recruit 8 more in-house foster carers, each taking 1.3 children from 1 Oct 2024");
  });

  it("refuses a scenario without its number", () => {
    expect(() => translateScenario(scenario({ scenario: "Empty", kind: "reunify" }), base)).toThrow(
      'scenario "Empty" (reunify) needs a percentage (Percent) above 0',
    );
  });
});
