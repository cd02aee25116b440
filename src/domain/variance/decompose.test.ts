import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decomposeVariance, exactSplit, type TypeFigures } from "./decompose.js";
import { decimal, mul, ratio, sub, toPence, total } from "./rational.js";

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
    expect([s.price, s.volume, s.mix]).toEqual([50_000_00, 0, 0]);
  });

  it("puts more staff in the budgeted mix at budgeted rates all in volume", () => {
    // 12 + 36 = 48 FTE (still 25/75): (48 − 40) × £60,000 = £480,000.
    const s = split(staffing([12, 90_000_00], [36, 50_000_00]), 2_400_000_00, 2_880_000_00);
    expect([s.price, s.volume, s.mix]).toEqual([0, 480_000_00, 0]);
  });

  it("puts a shift to agency staff with the same headcount all in mix", () => {
    // 15 agency + 25 permanent = 40: (15 − 10) × £90,000 + (25 − 30) × £50,000 = £200,000.
    const s = split(staffing([15, 90_000_00], [25, 50_000_00]), 2_400_000_00, 2_600_000_00);
    expect([s.price, s.volume, s.mix]).toEqual([0, 0, 200_000_00]);
  });

  it("splits all three, and the types' costs add up to the line's budget and forecast", () => {
    // 16 agency at £100,000 + 28 permanent at £52,000 = £3,056,000 against £2.4m. Variance £656,000.
    // volume (44 − 40) × £60,000 = £240,000; mix 16 × £90,000 + 28 × £50,000 − 44 × £60,000 = £200,000;
    // price 16 × £10,000 + 28 × £2,000 = £216,000.
    const s = split(staffing([16, 100_000_00], [28, 52_000_00]), 2_400_000_00, 3_056_000_00);
    expect([s.variance, s.price, s.volume, s.mix]).toEqual([656_000_00, 216_000_00, 240_000_00, 200_000_00]);
    expect(s.types.map((t) => [t.budgetedCost, t.actualNumber, t.actualUnitCost, t.actualCost])).toEqual([
      [900_000_00, 16, 100_000_00, 1_600_000_00],
      [1_500_000_00, 28, 52_000_00, 1_456_000_00],
    ]);
  });

  it("rounds volume and mix once each and gives the rounding remainder to price", () => {
    // 1 FTE budgeted at £50,000.01; 1.5 FTE forecast at £75,000.02. Variance £25,000.01.
    // volume 0.5 × 5,000,001p = 2,500,000.5p → 2,500,001p; exact price 7,500,002 − 1.5 × 5,000,001
    // = 0.5p, which alone would round to 1p and make the three a penny over: price is 0p.
    const s = decomposeVariance({
      periods: year,
      budget: 5_000_001,
      forecast: 7_500_002,
      types: [
        {
          costType: "Social worker (permanent)",
          budgetedNumber: ratio(1),
          budgetedUnitCost: ratio(5_000_001),
          actualNumber: ratio(3, 2),
          actualCost: ratio(7_500_002),
        },
      ],
    });
    expect([s.variance, s.volume, s.mix, s.price]).toEqual([2_500_001, 2_500_001, 0, 0]);
  });

  it("prices weekly unit costs over the year's 365/7 weeks", () => {
    // 7 IFA placements budgeted at £1,000 a week: 7 × £1,000 × 365/7 = £365,000. Forecast 2,557
    // placement-days (7.0055 placements) costing £369,000: variance £4,000.
    // volume (2,557 − 2,555) × £1,000 ÷ 7 = £285.714… → £285.71; price £4,000 − £285.71 = £3,714.29.
    const s = decomposeVariance({
      periods: ratio(365, 7),
      budget: 365_000_00,
      forecast: 369_000_00,
      types: [
        {
          costType: "foster-ifa",
          budgetedNumber: ratio(7),
          budgetedUnitCost: ratio(1_000_00),
          actualNumber: ratio(2_557, 365),
          actualCost: ratio(369_000_00),
        },
      ],
    });
    expect([s.variance, s.volume, s.price, s.mix]).toEqual([4_000_00, 285_71, 3_714_29, 0]);
    // £369,000 × 7 ÷ 2,557 = £1,010.168… a week.
    expect(s.types[0]?.actualUnitCost).toBe(1_010_17);
  });

  it("calls everything at budgeted unit costs volume when the budget sets no numbers", () => {
    const s = split(
      staffing([2, 90_000_00], [0, 50_000_00]).map((t) => ({ ...t, budgetedNumber: ratio(0) })),
      0,
      180_000_00,
    );
    expect([s.price, s.volume, s.mix]).toEqual([0, 180_000_00, 0]);
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
  it("makes price + volume + mix = Σ actual − Σ budgeted cost exactly, and rounds with the remainder in price", () => {
    fc.assert(
      fc.property(
        fc.array(typeFigures, { maxLength: 6 }),
        fc.integer({ min: -1_000_000_000_00, max: 1_000_000_000_00 }),
        fc.integer({ min: -1_000_000_000_00, max: 1_000_000_000_00 }),
        fc.constantFrom(ratio(366, 7), ratio(1)),
        (types, budget, forecast, periods) => {
          const exact = exactSplit(periods, types);
          const typedBudget = total(
            types.map((t) => mul(mul(t.budgetedNumber, t.budgetedUnitCost), periods)),
          );
          const typedForecast = total(types.map((t) => t.actualCost));
          expect(total([exact.price, exact.volume, exact.mix])).toEqual(sub(typedForecast, typedBudget));

          const s = decomposeVariance({ periods, budget, forecast, types });
          expect(s.price + s.volume + s.mix).toBe(forecast - budget);
          expect([s.volume, s.mix]).toEqual([toPence(exact.volume), toPence(exact.mix)]);
        },
      ),
    );
  });
});
