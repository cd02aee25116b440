import { describe, expect, it } from "vitest";
import type { ManualAdjustment } from "./adjustments.js";
import type { ForecastItem, ForecastLine, ForecastOutturn } from "./forecast.js";
import { MovementError, movement } from "./movement.js";

type LineFigures = Pick<ForecastLine, "costCentre" | "kind" | "actualToDate" | "drivers">;

/** A forecast as a snapshot holds it, with only what the movement reads filled in. */
function outturn(period: string, lines: LineFigures[], items: ForecastItem[]): ForecastOutturn {
  const full = lines.map((l): ForecastLine => {
    const remaining = l.drivers.reduce((t, d) => t + d.amount, 0);
    const forecast = l.actualToDate + remaining;
    return {
      ...l,
      name: l.costCentre,
      serviceArea: "CLA",
      basis: "commitment",
      budget: 0,
      budgetToDate: 0,
      remaining,
      forecast,
      variance: forecast,
    };
  });
  const total = { budget: 0, budgetToDate: 0, actualToDate: 0, forecast: 0, variance: 0 };
  return { period, asAt: "", daysRemaining: 0, lines: full, serviceAreas: [], total, items, warnings: [] };
}

const item = (key: string, rate: number, remaining: number, nextPeriod: number): ForecastItem => ({
  register: "placements",
  key,
  costCentre: "CC1",
  rate,
  remaining,
  nextPeriod,
});

// At P6 (30 September) 182 days remain and October has 31; at P7, 151 days remain.
// PL-A £700 a week runs on: £18,200 at P6 (£3,100 in October), £15,100 at P7: no movement.
// PL-B £1,400 a week ended on 15 October: it had £36,400 − £6,200 = £30,200 left after October.
// PL-C £2,100 a week started on 10 October: £45,300 from 1 November.
// PL-D went from £350 to £490 a week: £10,570 now against £9,100 − £1,550 = £7,550 left: +£3,020.
// CC1 spent £14,000 in October against the £3,100 + £6,200 + £1,550 = £10,850 expected: +£3,150.
// CC2 (run-rate) spent £1,000 a month to P6, so £6,000 to come, £1,000 of it in October; it spent
// £1,700 (+£700), and £7,700 ÷ 7 × 5 = £5,500 to come is £500 more than the £5,000 left.
const P6 = outturn(
  "2024-25:P6",
  [
    {
      costCentre: "CC1",
      kind: "placements",
      actualToDate: 60_000_00,
      drivers: [
        { driver: "commitments", amount: 63_700_00 },
        { driver: "adjustments", amount: 0 },
      ],
    },
    {
      costCentre: "CC2",
      kind: "other",
      actualToDate: 6_000_00,
      drivers: [
        { driver: "run-rate", amount: 6_000_00 },
        { driver: "adjustments", amount: 0 },
      ],
    },
  ],
  [
    item("PL-A", 700_00, 18_200_00, 3_100_00),
    item("PL-B", 1_400_00, 36_400_00, 6_200_00),
    item("PL-D", 350_00, 9_100_00, 1_550_00),
  ],
);
const P7 = outturn(
  "2024-25:P7",
  [
    {
      costCentre: "CC1",
      kind: "placements",
      actualToDate: 74_000_00,
      drivers: [
        { driver: "commitments", amount: 70_970_00 },
        { driver: "adjustments", amount: -5_000_00 },
      ],
    },
    {
      costCentre: "CC2",
      kind: "other",
      actualToDate: 7_700_00,
      drivers: [
        { driver: "run-rate", amount: 5_500_00 },
        { driver: "adjustments", amount: 0 },
      ],
    },
  ],
  [
    item("PL-A", 700_00, 15_100_00, 3_000_00),
    item("PL-C", 2_100_00, 45_300_00, 9_000_00),
    item("PL-D", 490_00, 10_570_00, 2_100_00),
  ],
);
const ADJUSTMENTS: ManualAdjustment[] = [
  {
    ref: "ADJ-1",
    year: "2024-25",
    period: 7,
    costCentre: "CC1",
    amount: -5_000_00,
    comment: "Health contribution agreed",
    by: "JP",
  },
  {
    ref: "ADJ-0",
    year: "2024-25",
    period: 8,
    costCentre: "CC1",
    amount: 9_00,
    comment: "Made later",
    by: "JP",
  },
];

describe("movement from P6 to P7", () => {
  const moved = movement(P6, P7, ADJUSTMENTS);

  it("names each reason a placement line moved, adding up to the movement", () => {
    const [cc1] = moved.lines;
    // £123,700 at P6 (£60,000 spent + £63,700 to come); £139,970 at P7.
    expect([cc1?.previous, cc1?.current, cc1?.movement]).toEqual([123_700_00, 139_970_00, 16_270_00]);
    expect([cc1?.spentInMonth, cc1?.expectedInMonth]).toEqual([14_000_00, 10_850_00]);
    expect(cc1?.reasons.map((r) => [r.words, r.amount])).toEqual([
      ["Spend in the month against forecast", 3_150_00],
      ["New placements", 45_300_00],
      ["Ended placements", -30_200_00],
      ["Price changes", 3_020_00],
      ["Manual adjustments", -5_000_00],
    ]);
    expect(cc1?.reasons.find((r) => r.reason === "adjustments")?.details).toEqual([
      { ref: "ADJ-1", amount: -5_000_00, note: "Health contribution agreed (JP)" },
    ]);
    expect(cc1?.reasons.find((r) => r.reason === "ended-placements")?.details).toEqual([
      { ref: "PL-B", amount: -30_200_00, note: "ended" },
    ]);
  });

  it("splits a run-rate line into the month's spend and the re-estimated run-rate", () => {
    expect(moved.lines[1]?.reasons.map((r) => [r.words, r.amount])).toEqual([
      ["Spend in the month against forecast", 700_00],
      ["Run-rate", 500_00],
    ]);
    expect(moved.total).toEqual({ previous: 135_700_00, current: 153_170_00, movement: 17_470_00 });
    expect(moved.reasons.reduce((t, r) => t + r.amount, 0)).toBe(17_470_00);
  });

  it("refuses to compare forecasts that are not a period apart in one year", () => {
    expect(() => movement(P6, P6, [])).toThrow(MovementError);
    expect(() => movement({ ...P6, period: "2023-24:P12" }, { ...P7, period: "2024-25:P1" }, [])).toThrow(
      "P1 is the first period of 2024-25, so it has none",
    );
  });
});
