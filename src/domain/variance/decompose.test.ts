import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decomposeVariance, type TypeFigures } from "./decompose.js";
import { decimal, mul, ratio, sub, toNumber, total } from "./rational.js";

/**
 * A staffing line budgeted (£ a year, W = 1) for 10 FTE agency social workers at £90,000 and 30 FTE
 * permanent at £50,000: £2.4m by type, 40 FTE, a budgeted average of £60,000 (25% / 75%).
 */
const year = ratio(1);
const staffing = (agency: [number, number], permanent: [number, number]): TypeFigures[] => [
  {
    costType: "Social worker (agency)",
    budgetedNumber: ratio(10),
    budgetedUnitCost: ratio(90_000_00),
    actualNumber: decimal(agency[0]),
    actualCost: mul(decimal(agency[0]), ratio(agency[1])),
  },
  {
    costType: "Social worker (permanent)",
    budgetedNumber: ratio(30),
    budgetedUnitCost: ratio(50_000_00),
    actualNumber: decimal(permanent[0]),
    actualCost: mul(decimal(permanent[0]), ratio(permanent[1])),
  },
];
const split = (types: TypeFigures[], budget: number, forecast: number) =>
  decomposeVariance({ periods: year, budget, forecast, types });

describe("decomposeVariance, worked by hand", () => {
  it("puts dearer agency rates with the same staff all in price", () => {
    // 10 × £95,000 + 30 × £50,000 = £2.45m; 10 × (£95,000 − £90,000) = £50,000 price.
    const s = split(staffing([10, 95_000_00], [30, 50_000_00]), 2_400_000_00, 2_450_000_00);
    expect([s.price, s.volume, s.mix, s.residual]).toEqual([50_000_00, 0, 0, 0]);
  });

  it("puts more staff in the budgeted mix at budgeted rates all in volume", () => {
    // 12 + 36 = 48 FTE (still 25/75): (48 − 40) × £60,000 = £480,000.
    const s = split(staffing([12, 90_000_00], [36, 50_000_00]), 2_400_000_00, 2_880_000_00);
    expect([s.price, s.volume, s.mix, s.residual]).toEqual([0, 480_000_00, 0, 0]);
  });

  it("puts a shift to agency staff with the same headcount all in mix", () => {
    // 15 agency + 25 permanent = 40: (15 − 10) × £90,000 + (25 − 30) × £50,000 = £200,000.
    const s = split(staffing([15, 90_000_00], [25, 50_000_00]), 2_400_000_00, 2_600_000_00);
    expect([s.price, s.volume, s.mix, s.residual]).toEqual([0, 0, 200_000_00, 0]);
  });

  it("splits all three, with costs outside the types as the residual", () => {
    // 16 agency at £100,000 + 28 permanent at £52,000 = £3,056,000; +£30,000 other costs = forecast.
    // Budget £2.45m: £2.4m by type + £50,000 not set by type. Variance £636,000.
    // volume (44 − 40) × £60,000 = £240,000; mix 16 × £90,000 + 28 × £50,000 − 44 × £60,000 = £200,000;
    // price 16 × £10,000 + 28 × £2,000 = £216,000; residual £30,000 − £50,000 = −£20,000.
    const s = split(staffing([16, 100_000_00], [28, 52_000_00]), 2_450_000_00, 3_086_000_00);
    expect(s.variance).toBe(636_000_00);
    expect([s.price, s.volume, s.mix, s.residual]).toEqual([216_000_00, 240_000_00, 200_000_00, -20_000_00]);
    expect([s.untypedBudget, s.untypedForecast]).toEqual([50_000_00, 30_000_00]);
    expect(s.types.map((t) => [t.budgetedCost, t.actualNumber, t.actualUnitCost, t.actualCost])).toEqual([
      [900_000_00, 16, 100_000_00, 1_600_000_00],
      [1_500_000_00, 28, 52_000_00, 1_456_000_00],
    ]);
  });

  it("rounds each part once and leaves the odd penny in the residual (weekly costs, 365/7 weeks)", () => {
    // Budget 1 IFA placement at £1,000 a week: £52,142.857… → £52,142.86. Actual 548 placement-days
    // (548/365 placements) at £1,010: £79,068.571… → forecast £79,068.57. Variance £26,925.71.
    // volume = 183/365 × £1,000 × 365/7 = £26,142.857… → £26,142.86; price = 548 × £10 / 7 = £782.857… → £782.86.
    // Those two add to £26,925.72, a penny over the variance: the residual is −1p.
    const s = decomposeVariance({
      periods: ratio(365, 7),
      budget: 5_214_286,
      forecast: 7_906_857,
      types: [
        {
          costType: "foster-ifa",
          budgetedNumber: ratio(1),
          budgetedUnitCost: ratio(1_000_00),
          actualNumber: ratio(548, 365),
          actualCost: ratio(1_010_00 * 548, 7),
        },
      ],
    });
    expect([s.variance, s.volume, s.price, s.mix, s.residual]).toEqual([2_692_571, 2_614_286, 78_286, 0, -1]);
    expect(s.types[0]?.actualUnitCost).toBe(1_010_00);
  });

  it("calls everything at budgeted unit costs volume when the budget sets no numbers", () => {
    const s = split(
      staffing([2, 90_000_00], [0, 50_000_00]).map((t) => ({ ...t, budgetedNumber: ratio(0) })),
      0,
      180_000_00,
    );
    expect([s.price, s.volume, s.mix, s.residual]).toEqual([0, 180_000_00, 0, 0]);
  });
});

const typeFigures: fc.Arbitrary<TypeFigures> = fc.record({
  costType: fc.constantFrom("foster-ifa", "kinship", "childrens-homes"),
  budgetedNumber: fc.integer({ min: 0, max: 50_000 }).map((hundredths) => ratio(hundredths, 100)),
  budgetedUnitCost: fc.integer({ min: 0, max: 2_000_000 }).map((p) => ratio(p)),
  actualNumber: fc.integer({ min: 0, max: 366 * 500 }).map((days) => ratio(days, 366)),
  actualCost: fc
    .integer({ min: -1_000_000_000, max: 1_000_000_000 })
    .map((weekPenceDays) => ratio(weekPenceDays, 7)),
});

describe("decomposeVariance, for any line", () => {
  it("adds price + volume + mix + residual to the variance to the penny, and leaves in the residual only the untyped part and rounding", () => {
    fc.assert(
      fc.property(
        fc.array(typeFigures, { maxLength: 6 }),
        fc.integer({ min: -1_000_000_000_00, max: 1_000_000_000_00 }),
        fc.integer({ min: -1_000_000_000_00, max: 1_000_000_000_00 }),
        fc.constantFrom(ratio(366, 7), ratio(1)),
        (types, budget, forecast, periods) => {
          const s = decomposeVariance({ periods, budget, forecast, types });
          expect(s.price + s.volume + s.mix + s.residual).toBe(forecast - budget);
          const typedBudget = total(
            types.map((t) => mul(mul(t.budgetedNumber, t.budgetedUnitCost), periods)),
          );
          const typedForecast = total(types.map((t) => t.actualCost));
          const unexplained = sub(ratio(forecast - budget), sub(typedForecast, typedBudget));
          // Three parts each rounded by at most half a penny.
          expect(Math.abs(toNumber(sub(ratio(s.residual), unexplained)))).toBeLessThanOrEqual(1.5);
        },
      ),
    );
  });
});
