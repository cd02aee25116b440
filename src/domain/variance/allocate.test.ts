import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type BudgetedType, lineFigures } from "./allocate.js";
import { decomposeVariance, exactSplit } from "./decompose.js";
import { ratio, sub, toNumber, toPence, total } from "./rational.js";
import type { TypedCost } from "./typed-parts.js";

const AGENCY = "Social worker (agency)";
const PERMANENT = "Social worker (permanent)";
const year = ratio(1);
const fteYears = (fte: number): TypedCost["units"] => ratio(fte * 365);

describe("lineFigures, worked by hand", () => {
  // Budget assumptions: 10 FTE agency at £90,000 and 30 permanent at £50,000 = £2.4m, against a line
  // budget of £2,424,000: the £24,000 they leave goes 1% to each type, so £90,900 and £50,500.
  // Forecast by type: 16 agency costing £1.6m and 28 permanent costing £1,456,000 = £3,056,000; the
  // line's forecast is £3,086,560, so £30,560 (1%) is shared: £16,000 agency, £14,560 permanent.
  const figures = lineFigures({
    budget: 2_424_000_00,
    forecast: 3_086_560_00,
    periods: year,
    yearDays: 365,
    budgeted: [
      { costType: AGENCY, number: ratio(10), unitCost: ratio(90_000_00) },
      { costType: PERMANENT, number: ratio(30), unitCost: ratio(50_000_00) },
    ],
    typed: new Map([
      [AGENCY, { units: fteYears(16), cost: ratio(1_600_000_00) }],
      [PERMANENT, { units: fteYears(28), cost: ratio(1_456_000_00) }],
    ]),
  });

  it("shares the budget not explained by the assumptions pro rata to their cost, and the rest of the forecast pro rata to the typed forecast", () => {
    expect(figures.types.map((t) => [t.costType, t.budgetedUnitCost, t.actualCost])).toEqual([
      [AGENCY, ratio(90_900_00), ratio(1_616_000_00)],
      [PERMANENT, ratio(50_500_00), ratio(1_470_560_00)],
    ]);
    expect([figures.budgetLeft, figures.forecastLeft]).toEqual([false, false]);
  });

  it("then splits the whole variance into price, volume and mix", () => {
    // Variance £662,560. Ū = £2,424,000 ÷ 40 = £60,600.
    // volume (44 − 40) × £60,600 = £242,400; mix 16 × £90,900 + 28 × £50,500 − 44 × £60,600 = £202,000;
    // price 16 × (£101,000 − £90,900) + 28 × (£52,520 − £50,500) = £161,600 + £56,560 = £218,160.
    const s = decomposeVariance({
      periods: year,
      budget: 2_424_000_00,
      forecast: 3_086_560_00,
      types: figures.types,
    });
    expect([s.variance, s.price, s.volume, s.mix]).toEqual([662_560_00, 218_160_00, 242_400_00, 202_000_00]);
    expect(s.types.map((t) => [t.budgetedCost, t.actualUnitCost, t.actualCost])).toEqual([
      [909_000_00, 101_000_00, 1_616_000_00],
      [1_515_000_00, 52_520_00, 1_470_560_00],
    ]);
  });

  it("shares the forecast by the budgeted cost when the registers type none of it", () => {
    const noRegister = lineFigures({
      budget: 2_400_000_00,
      forecast: 1_200_000_00,
      periods: year,
      yearDays: 365,
      budgeted: [
        { costType: AGENCY, number: ratio(10), unitCost: ratio(90_000_00) },
        { costType: PERMANENT, number: ratio(30), unitCost: ratio(50_000_00) },
      ],
      typed: new Map(),
    });
    // £900,000 : £1,500,000 of £1.2m = £450,000 : £750,000.
    expect(noRegister.types.map((t) => t.actualCost)).toEqual([ratio(450_000_00), ratio(750_000_00)]);
  });
});

const budgeted: fc.Arbitrary<BudgetedType> = fc.record({
  costType: fc.constantFrom("foster-ifa", "kinship", "childrens-homes"),
  // None, or at least one placement or FTE: a hundredth of a placement explains no budget either.
  number: fc
    .oneof(fc.constant(0), fc.integer({ min: 100, max: 50_000 }))
    .map((hundredths) => ratio(hundredths, 100)),
  // At least £1 a week or a year: an assumption of a fraction of a penny explains no budget.
  unitCost: fc.integer({ min: 100, max: 2_000_000 }).map((p) => ratio(p)),
});
const typed: fc.Arbitrary<[string, TypedCost]> = fc.tuple(
  fc.constantFrom("foster-ifa", "kinship", "childrens-homes", "supported"),
  fc.record({
    units: fc.integer({ min: 0, max: 366 * 500 }).map((days) => ratio(days)),
    cost: fc.integer({ min: 0, max: 1_000_000_000 }).map((weekPenceDays) => ratio(weekPenceDays, 7)),
  }),
);

describe("lineFigures and decomposeVariance, for any line", () => {
  it("give every penny a type, so price + volume + mix = variance exactly, and to the penny once rounded", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(budgeted, { selector: (b) => b.costType, maxLength: 3 }),
        fc.array(typed, { maxLength: 4 }),
        fc.integer({ min: -100_000_000_00, max: 100_000_000_00 }),
        fc.integer({ min: -100_000_000_00, max: 100_000_000_00 }),
        fc.constantFrom(ratio(366, 7), ratio(1)),
        (assumptions, costs, budget, forecast, periods) => {
          const line = { budget, forecast, periods, yearDays: 366, budgeted: assumptions };
          const figures = lineFigures({ ...line, typed: new Map(costs) });
          // Each part under £1tn: a hundred pounds of assumptions against £100m of budget can make
          // parts beyond any sum of money (and beyond what pence can hold), which Outturn refuses.
          const parts = exactSplit(periods, figures.types);
          fc.pre([parts.price, parts.volume, parts.mix].every((p) => Math.abs(toNumber(p)) < 1e14));
          const s = decomposeVariance({ periods, budget, forecast, types: figures.types });
          expect(s.price + s.volume + s.mix).toBe(forecast - budget);
          if (figures.budgetLeft || figures.forecastLeft) return;
          const exact = exactSplit(periods, figures.types);
          expect(total([exact.price, exact.volume, exact.mix])).toEqual(ratio(forecast - budget));
          // Price is the exact price within the two roundings of volume and mix.
          expect(Math.abs(s.price - toPence(exact.price))).toBeLessThanOrEqual(1);
          expect(sub(total(figures.types.map((t) => t.actualCost)), ratio(forecast))).toEqual(ratio(0));
          expect(s.types.reduce((sum, t) => sum + t.actualCost, 0)).toBe(forecast);
          expect(s.types.reduce((sum, t) => sum + t.budgetedCost, 0)).toBe(budget);
        },
      ),
      { numRuns: Number(process.env.FC_RUNS ?? 100) },
    );
  });
});
