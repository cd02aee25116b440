import { describe, expect, it } from "vitest";
import type { BudgetLine, LedgerActual } from "../budget/budget.js";
import type { PeriodNumber } from "../calendar/financial.js";
import { englishTermCalendar } from "../calendar/terms.js";
import type { Placement } from "../placements/placement.js";
import { type CouncilRegisters, emptyRegisters } from "../registers.js";
import type { HtstRoute } from "../transport/htst.js";
import { post } from "../workforce/post-fixtures.js";
import { forecastOutturn } from "./forecast.js";

// As at 2024-25:P7 the period ends Thu 31 Oct 2024. From Fri 1 Nov 2024 to Mon 31 Mar 2025 there are
// 151 calendar days, 107 weekdays (Nov 21, Dec 22, Jan 23, Feb 20, Mar 21) and, in the default
// 2024-25 English calendar, 90 school days (Nov 21 − half-term Fri 1 Nov = 20; Dec 2–20 = 15;
// Jan 6–31 = 20 − INSET 6 Jan = 19; Feb 20 − half-term 17–21 = 15; Mar 21). 2024-25 has 365 days.

const line = (
  costCentre: string,
  kind: BudgetLine["kind"],
  serviceArea: string,
  profile: number[],
): BudgetLine => ({
  year: "2024-25",
  costCentre,
  name: `${costCentre} line`,
  serviceArea,
  kind,
  annualBudget: profile.reduce((a, b) => a + b, 0),
  profile,
});
const monthly = (amount: number, last = amount) => [...Array<number>(11).fill(amount), last];
const actual = (costCentre: string, period: number, amount: number, year = "2024-25"): LedgerActual => ({
  year,
  period: period as PeriodNumber,
  costCentre,
  amount,
});
const sevenPeriods = (costCentre: string, amount: number) =>
  [1, 2, 3, 4, 5, 6, 7].map((p) => actual(costCentre, p, amount));

const placement = (placementRef: string, fields: Partial<Placement>): Placement => ({
  placementRef,
  childRef: `C-${placementRef}`,
  placeCode: "K2",
  providerCode: "PR4",
  provider: "Acme Homes",
  costCentre: "PL",
  start: "2023-06-01",
  plannedEnd: null,
  end: null,
  weeklyCost: 0,
  healthContribution: 0,
  educationContribution: 0,
  area: "out",
  ...fields,
});
const route = (routeRef: string, fields: Partial<HtstRoute>): HtstRoute => ({
  routeRef,
  costCentre: "TR",
  operator: "Cabs Ltd",
  dailyCost: null,
  dailyMiles: null,
  ratePerMile: null,
  occupancy: "single",
  passengerAssistant: false,
  assistantDailyCost: 0,
  start: "2024-09-02",
  end: null,
  ...fields,
});

const calendar = englishTermCalendar(2024);
const registers: CouncilRegisters = {
  ...emptyRegisters(),
  budgetLines: [
    line("PL", "placements", "Children in care", monthly(4_583_333, 4_583_337)), // £550,000.00
    line("SW", "staffing", "Social work", monthly(1_000_000)), // £120,000.00
    line("TR", "transport", "SEND transport", monthly(333_333, 333_337)), // £40,000.00
    line("OT", "other", "Children in care", monthly(100_000)), // £12,000.00
    { ...line("PL", "placements", "Children in care", monthly(1)), year: "2023-24" },
  ],
  actuals: [
    ...sevenPeriods("PL", 7_000_000),
    actual("PL", 8, 9_999_999), // after the period: not to date
    actual("PL", 7, 1, "2023-24"), // last year
    ...sevenPeriods("SW", 1_000_000),
    ...sevenPeriods("TR", 300_000),
    ...[1, 2, 3, 4, 5, 6].map((p) => actual("OT", p, 100_000)),
    actual("OT", 7, 100_008),
  ],
  placements: [
    // no planned end: 486000 × 151 ÷ 7 = 10483714.29 → 10483714
    placement("P1", { weeklyCost: 486_000 }),
    // planned end 15 Dec: 1 Nov–15 Dec = 45 days; net 100001 − 20000 − 10000 = 70001; × 45 ÷ 7 = 450006.43 → 450006
    placement("P2", {
      plannedEnd: "2024-12-15",
      weeklyCost: 100_001,
      healthContribution: 20_000,
      educationContribution: 10_000,
    }),
    // ended before the period end, and on it: 0; both as planned, so no early endings are expected
    placement("P3", { end: "2024-09-30", plannedEnd: "2024-09-30", weeklyCost: 500_000 }),
    placement("P4", { end: "2024-10-31", plannedEnd: "2024-10-31", weeklyCost: 500_000 }),
    placement("P5", { start: "2024-11-10", weeklyCost: 500_000 }), // not yet started: 0
  ],
  workforce: [
    // 5000000 × 151 ÷ 365 = 2068493.15 → 2068493
    post("S1", { annualCost: 5_000_000 }),
    // agency at half time: 45001 × 0.5 = 22500.5 → 22501 a day × 228 days a year = 5130228;
    // × 151 ÷ 365 = 2122368.29 → 2122368
    post("S2", { status: "agency", fte: 0.5, dayRate: 45_001 }),
    post("S3", { status: "vacant", annualCost: 4_000_000 }), // vacancy: 0
    // 4200000 × 0.6 = 2520000; to 31 Dec: 61 days; × 61 ÷ 365 = 421150.68 → 421151
    post("S4", { fte: 0.6, annualCost: 4_200_000, end: "2024-12-31" }),
    post("S5", { status: "agency" }), // no day rate: 0, and a warning
    // starts 1 Feb: 59 days; 3650000 × 59 ÷ 365 = 590000
    post("S6", { annualCost: 3_650_000, start: "2025-02-01" }),
  ],
  htstRoutes: [
    // (12000 + 4500 assistant) × 90 school days = 1485000
    route("R1", { dailyCost: 12_000, passengerAssistant: true, assistantDailyCost: 4_500 }),
    // 23.5 miles × 187p = 4394.5 → 4395 a day × 90 = 395550
    route("R2", { dailyMiles: 23.5, ratePerMile: 187 }),
    // ends at Christmas: 1 Nov–20 Dec = 35 school days × 10000 = 350000
    route("R3", { dailyCost: 10_000, end: "2024-12-20" }),
    route("R4", {}), // no price: 0, and a warning
    route("R5", { end: "2024-07-19" }), // ended last summer: no price needed, no warning
  ],
  htstPupils: [],
  terms: calendar.terms,
  closures: calendar.closures,
  assumptions: [],
  budgetAssumptions: [],
  adjustments: [],
  placementPrices: [],
  plannedMoves: [],
  conversionPlans: [],
  routeRetenders: [],
};

describe("forecastOutturn at 2024-25:P7", () => {
  const outturn = forecastOutturn(registers, { year: "2024-25", period: 7 });

  it("states the period, its end and the days left", () => {
    expect(outturn.period).toBe("2024-25:P7");
    expect(outturn.asAt).toBe("2024-10-31");
    expect(outturn.daysRemaining).toBe(151);
  });

  it("forecasts placements from each running placement's commitment", () => {
    // actual 7 × 7000000 = 49000000; remaining 10483714 + 450006 = 10933720
    expect(outturn.lines[0]).toEqual({
      costCentre: "PL",
      name: "PL line",
      serviceArea: "Children in care",
      kind: "placements",
      basis: "commitment",
      budget: 55_000_000,
      budgetToDate: 32_083_331, // 7 × 4583333
      actualToDate: 49_000_000,
      remaining: 10_933_720,
      drivers: [
        { driver: "commitments", amount: 10_933_720 },
        { driver: "known-events", amount: 0 },
        { driver: "expected-starters", amount: 0 },
        { driver: "expected-leavers", amount: 0 },
        { driver: "adjustments", amount: 0 },
      ],
      forecast: 59_933_720,
      variance: 4_933_720,
    });
  });

  it("lists each placement still costing something, with its price, what remains and what falls in November", () => {
    // November is 30 days: P1 486000 × 30 ÷ 7 = 2082857.14 → 2082857; P2 70001 × 30 ÷ 7 = 300004.29 → 300004
    expect(outturn.items.filter((item) => item.register === "placements")).toEqual([
      {
        register: "placements",
        key: "P1",
        costCentre: "PL",
        rate: 486_000,
        remaining: 10_483_714,
        nextPeriod: 2_082_857,
      },
      {
        register: "placements",
        key: "P2",
        costCentre: "PL",
        rate: 70_001,
        remaining: 450_006,
        nextPeriod: 300_004,
      },
    ]);
  });

  it("forecasts staffing from posts: permanent, agency, vacant, leavers and starters", () => {
    // 2068493 + 2122368 + 0 + 421151 + 0 + 590000 = 5202012
    expect(outturn.lines[1]).toMatchObject({
      basis: "posts",
      budget: 12_000_000,
      budgetToDate: 7_000_000,
      actualToDate: 7_000_000,
      remaining: 5_202_012,
      forecast: 12_202_012,
      variance: 202_012,
    });
  });

  it("forecasts transport from routes × school days left", () => {
    // 1485000 + 395550 + 350000 = 2230550
    expect(outturn.lines[2]).toMatchObject({
      basis: "school-days",
      budget: 4_000_000,
      budgetToDate: 2_333_331,
      actualToDate: 2_100_000,
      remaining: 2_230_550,
      forecast: 4_330_550,
      variance: 330_550,
    });
  });

  it("runs other lines at their rate to date", () => {
    // 700008 × 5 ÷ 7 = 500005.71 → 500006
    expect(outturn.lines[3]).toMatchObject({
      basis: "run-rate",
      budget: 1_200_000,
      budgetToDate: 700_000,
      actualToDate: 700_008,
      remaining: 500_006,
      forecast: 1_200_014,
      variance: 14,
    });
  });

  it("keeps budget order, leaves out other years, and totals by service area in order of first appearance", () => {
    expect(outturn.lines.map((l) => l.costCentre)).toEqual(["PL", "SW", "TR", "OT"]);
    // budget, budget to date, actual to date, forecast, variance
    const area = (
      serviceArea: string,
      ...[budget, budgetToDate, actualToDate, forecast, variance]: number[]
    ) => ({
      serviceArea,
      budget,
      budgetToDate,
      actualToDate,
      forecast,
      variance,
    });
    expect(outturn.serviceAreas).toEqual([
      area("Children in care", 56_200_000, 32_783_331, 49_700_008, 61_133_734, 4_933_734), // PL + OT
      area("Social work", 12_000_000, 7_000_000, 7_000_000, 12_202_012, 202_012),
      area("SEND transport", 4_000_000, 2_333_331, 2_100_000, 4_330_550, 330_550),
    ]);
    expect(outturn.total).toEqual({
      budget: 72_200_000,
      budgetToDate: 42_116_662,
      actualToDate: 58_800_008,
      forecast: 77_666_296,
      variance: 5_466_296,
    });
  });

  it("names the rows it could not price", () => {
    expect(outturn.warnings).toEqual([
      "workforce S5: agency post has no day rate; counted as £0",
      "htst-routes R4: route has no daily cost, and no miles and rate per mile; counted as £0",
    ]);
  });

  it("is plain JSON", () => {
    expect(JSON.parse(JSON.stringify(outturn))).toEqual(outturn);
  });
});

describe("forecastOutturn at P12", () => {
  it("has nothing remaining: the forecast is the year's actuals", () => {
    const outturn = forecastOutturn(registers, { year: "2024-25", period: 12 });
    expect(outturn.asAt).toBe("2025-03-31");
    expect(outturn.daysRemaining).toBe(0);
    expect(outturn.lines.map((l) => l.remaining)).toEqual([0, 0, 0, 0]);
    // PL: 7 × 7000000 + 9999999 in P8
    expect(outturn.lines.map((l) => l.forecast)).toEqual([58_999_999, 7_000_000, 2_100_000, 700_008]);
    expect(outturn.lines.map((l) => l.budgetToDate)).toEqual([55_000_000, 12_000_000, 4_000_000, 1_200_000]);
    expect(outturn.warnings).toEqual([]);
  });
});

describe("forecastOutturn warnings", () => {
  it("reports money that no budget line takes, bad profiles and a calendar that stops short", () => {
    const outturn = forecastOutturn(
      {
        ...registers,
        budgetLines: [{ ...line("PL", "placements", "Children in care", monthly(100)), annualBudget: 1_000 }],
        actuals: [actual("PL", 1, 500), actual("XX", 2, 12_345)],
        placements: [placement("P9", { costCentre: "YY", weeklyCost: 7_000 })],
        workforce: [],
        htstRoutes: [route("R9", { dailyCost: 1_000 })],
        terms: calendar.terms.slice(0, 1),
        closures: calendar.closures.filter((closure) => closure.date <= "2024-12-20"),
      },
      { year: "2024-25", period: 7 },
    );
    expect(outturn.warnings).toEqual([
      "term calendar: the calendar ends on 2024-12-20, before 2025-03-31; school days after it are not forecast",
      "budget-lines 2024-25/PL: the profile adds up to £12.00, not the budget £10.00",
      "cost centre XX: £123.45 of actuals has no budget line in 2024-25",
      "cost centre YY: £1,510.00 of placements still to pay has no placements budget line in 2024-25",
      "cost centre TR: £350.00 of transport still to pay has no transport budget line in 2024-25",
    ]);
  });

  it("leaves out a row whose dates cannot be read, and a closure that is not a date, and says so", () => {
    const outturn = forecastOutturn(
      {
        ...registers,
        placements: [placement("P8", { plannedEnd: "2025-02-30", weeklyCost: 7_000 })],
        closures: [...calendar.closures, { date: "30/02/2025", reason: "INSET day" }],
      },
      { year: "2024-25", period: 7 },
    );
    expect(outturn.lines[0]?.remaining).toBe(0);
    expect(outturn.lines[2]?.remaining).toBe(2_230_550); // the routes as before
    expect(outturn.warnings).toEqual([
      'term calendar: closure "30/02/2025" is not a date (YYYY-MM-DD)',
      'placements P8: not a date (YYYY-MM-DD): "2025-02-30"; counted as £0',
      "workforce S5: agency post has no day rate; counted as £0",
      "htst-routes R4: route has no daily cost, and no miles and rate per mile; counted as £0",
    ]);
  });
});
