/**
 * The outturn's expected starters from the demand model: priced as the register's own are (each
 * month's starters × the days a starter in it is paid to 31 March, at its type's leaving rate and
 * recent unit cost), used only when the council's "expected-starters-source" is 1, and never
 * silently dropped: a projection that is missing or short is said in the forecast's warnings.
 */
import { describe, expect, it } from "vitest";
import { parsePeriodRef } from "../calendar/financial.js";
import { forecastOutturn } from "../outturn/forecast.js";
import type { CouncilRegisters } from "../registers.js";
import { placementParts } from "../variance/placement-parts.js";
import { toPence } from "../variance/rational.js";
import { modelStartersOnLine, type ProjectedStarters } from "./projected-starters.js";
import { startersAndLeavers } from "./register.fixture.js";

// As in expected.test.ts: two IFA starters in Nov 2023–Oct 2024 at £1,100 on average, none ending
// early; no home started, and one of the two running ended early: a leaving rate of 1/15 a month.
const registers = (source: number | null): CouncilRegisters =>
  startersAndLeavers(source === null ? [] : [{ name: "expected-starters-source", value: source, note: "" }]);

const MONTHS = ["2024-11-01", "2024-12-01", "2025-01-01", "2025-02-01", "2025-03-01"];
/** 1 IFA starter, half a home and 2 supported placements a month, November to March. */
const projected = (months = MONTHS): ProjectedStarters => ({
  basis: "the demand model's projection from 31 October 2024",
  months: months.map((start) => ({
    start,
    byType: { "foster-ifa": 1, "childrens-homes": 0.5, supported: 2 },
  })),
  weeklyCost: { "foster-ifa": 2_000_00, "childrens-homes": 7_000_00, supported: 3_000_00 },
});

const P7 = parsePeriodRef("2024-25:P7");
const starters = (outturn: ReturnType<typeof forecastOutturn>) =>
  Object.fromEntries(
    outturn.lines.map((l) => [l.costCentre, l.drivers.find((d) => d.driver === "expected-starters")?.amount]),
  );

describe("expected starters from the demand model", () => {
  it("prices each month's starters for their days to 31 March, at the type's own unit cost and leaving rate", () => {
    const outturn = forecastOutturn(registers(1), P7, { starters: projected() });
    expect(starters(outturn)).toEqual({
      // IFA: 1 a month × 379 days (no early endings) × £1,100 (its recent starters', not the model's £2,000) ÷ 7.
      "FOS-IFA": 5_955_714,
      // Homes: no recent starter, so the model's £7,000 a week; at 1/15 a month leaving, a starter in
      // Nov is paid 121.26 days, Dec 97.24, Jan 70.97, Feb 44.43, Mar 16: 349.90 × 0.5 × £1,000 a day.
      RES: 17_495_060,
    });
    expect(outturn.expectedStarters?.basis).toBe("the demand model's projection from 31 October 2024");
    // Supported placements have no budget line: said, not guessed.
    expect(outturn.warnings).toContain(
      "expected starters: the demand model expects new placements in Supported accommodation, but no placement of the type is on a budget line; counted as £0",
    );
  });

  it("leaves the register's history in charge unless the council chooses the model", () => {
    for (const source of [null, 0]) {
      const outturn = forecastOutturn(registers(source), P7, { starters: projected() });
      // 2 ÷ 12 a month × £1,100 × 379 ÷ 7, as docs/forecast.md works it.
      expect(starters(outturn)).toEqual({ "FOS-IFA": 992_619, RES: 0 });
      expect(outturn.expectedStarters).toBeUndefined();
      expect(outturn.warnings).toEqual([]);
    }
  });

  it("falls back on the register's history, saying why, when the model cannot give every month", () => {
    const none = forecastOutturn(registers(1), P7, {
      starters: { unavailable: "the council has no SSDA903 returns" },
    });
    expect(starters(none)).toEqual({ "FOS-IFA": 992_619, RES: 0 });
    expect(none.warnings).toEqual([
      "expected-starters-source is 1 (the demand model), but the council has no SSDA903 returns; the expected starters come from the placements register's own history instead",
    ]);
    const short = forecastOutturn(registers(1), P7, { starters: projected(MONTHS.slice(0, 4)) });
    expect(starters(short)).toEqual({ "FOS-IFA": 992_619, RES: 0 });
    expect(short.warnings[0]).toContain("its projection does not cover the month from 2025-03-01");
  });

  it("types the same starters in the variance analysis, so its parts still add up to the line", () => {
    const outturn = forecastOutturn(registers(1), P7, { starters: projected() });
    const parts = placementParts(registers(1), P7, outturn.expectedStarters);
    const byType = parts.drivers.get("expected-starters");
    expect(toPence(byType?.get("FOS-IFA")?.get("foster-ifa") ?? { n: 0n, d: 1n })).toBe(5_955_714);
    expect(toPence(byType?.get("RES")?.get("childrens-homes") ?? { n: 0n, d: 1n })).toBe(17_495_060);
  });

  it("says, for a line, how many the model expects a month and to 31 March", () => {
    const placements = registers(1).placements;
    expect(modelStartersOnLine(projected(), placements, "RES")).toEqual([
      { type: "childrens-homes", total: 2.5, perMonth: 0.5 },
    ]);
    expect(modelStartersOnLine(projected(), placements, "NONE")).toEqual([]);
  });
});
