import { describe, expect, it } from "vitest";
import { parsePeriodRef } from "../calendar/financial.js";
import { forecastContext } from "../outturn/context.js";
import { forecastOutturn } from "../outturn/forecast.js";
import { expectedLeavers, expectedStarters, historyAt } from "./expected.js";
import { startersAndLeavers } from "./register.fixture.js";

const registers = startersAndLeavers();

const P7 = parsePeriodRef("2024-25:P7");
const ctx = () => forecastContext(registers, P7);

describe("expected starters and leavers", () => {
  it("takes each type's rates from the last 12 months", () => {
    const { months, types } = historyAt(ctx());
    expect(months).toBe(12);
    // IFA: 2 starters at (£1,000 + £1,200) ÷ 2; none ended. Homes: D and E at risk Nov–Jan (6), E Feb–Oct (9); D ended
    expect(types.get("foster-ifa")).toMatchObject({
      starters: 2,
      unitCost: 1_100_00,
      earlyEndings: 0,
      leavingRate: 0,
    });
    expect(types.get("childrens-homes")).toMatchObject({ starters: 0, atRisk: 15, earlyEndings: 1 });
  });

  it("costs each month's expected starters for their average days left to 31 March", () => {
    // 2 ÷ 12 a month × £1,100 a week; a starter in Nov is paid 136.5 days on average, Dec 106, Jan 75,
    // Feb 45.5, Mar 16: 379 days. 2 ÷ 12 × 110,000 × 379 ÷ 7 = 992,619.05 → 992,619p
    expect(Object.fromEntries(expectedStarters.cost(ctx()))).toEqual({ "FOS-IFA": 992_619 });
  });

  it("takes off the early endings expected of running placements", () => {
    // E: £7,000 a week, rate h = 1/15 a month. Ending in Nov loses 136.5 days on average, Dec 106, Jan 75,
    // Feb 45.5, Mar 16, each weighted by the chance of lasting to that month:
    // (136.5 + 106 × 14/15 + 75 × (14/15)² + 45.5 × (14/15)³ + 16 × (14/15)⁴) ÷ 15 = 23.3267 days × £1,000 a day
    expect(Object.fromEntries(expectedLeavers.cost(ctx()))).toEqual({ RES: -2_332_675 });
  });

  it("adds up, with the commitments, to each line's remaining", () => {
    const outturn = forecastOutturn(registers, P7);
    for (const l of outturn.lines) {
      expect(l.drivers.reduce((sum, d) => sum + d.amount, 0)).toBe(l.remaining);
    }
    const res = outturn.lines.find((l) => l.costCentre === "RES");
    // E: 151 days × £1,000 = 15,100,000p committed, less 2,332,675p expected to end early
    expect(res?.remaining).toBe(15_100_000 - 2_332_675);
  });

  it("forecasts no starters or leavers at P12", () => {
    const at12 = forecastContext(registers, parsePeriodRef("2024-25:P12"));
    expect([...expectedStarters.cost(at12), ...expectedLeavers.cost(at12)]).toEqual([]);
  });
});
