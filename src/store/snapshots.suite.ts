/** Forecast snapshots in the store, run against every dialect through store.suite.ts. */
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { forecastOutturn } from "../domain/outturn/forecast.js";
import { openWithCouncils } from "./councils.fixture.js";
import { actual, budgetLine, placement } from "./sample-rows.js";
import type { Actor, CouncilStore, Store } from "./store.js";

const IMPORT: Actor = { by: "ana", source: "import actuals.csv", at: "2024-10-02T09:00:00.000Z" };
const CLOSE: Actor = { by: "ben", source: "cli", at: "2024-11-05T17:30:00.000Z" };
const P6 = { year: "2024-25", period: 6 } as const;
const P7 = { year: "2024-25", period: 7 } as const;

export function snapshotSuite(name: string, open: () => Promise<Store>): void {
  describe(`forecast snapshots (${name})`, () => {
    let store: Store;
    let alpha: CouncilStore;

    beforeEach(async () => {
      ({ store, alpha } = await openWithCouncils(open));
      await alpha.replace("budget-lines", [budgetLine(1)], IMPORT);
      await alpha.replace("placements", [placement(1)], IMPORT);
      const periods = [1, 2, 3, 4, 5, 6, 7] as const;
      await alpha.replace(
        "actuals",
        periods.map((period) => actual(1, { period })),
        IMPORT,
      );
    });
    afterEach(() => store.close());

    test("closing a period freezes its forecast as the registers stand, with who and when", async () => {
      const closed = await alpha.closePeriod(P7, CLOSE);
      const expected = forecastOutturn(await alpha.registers(), P7);
      expect(closed).toEqual({
        period: "2024-25:P7",
        frozenBy: "ben",
        frozenAt: CLOSE.at,
        source: "cli",
        forecast: expected,
      });
      expect(await alpha.snapshot(P7)).toEqual(closed);
      // PL1 costs £4,860 less £250 from education, £4,610 a week: × 151 days to 31 March ÷ 7.
      expect(closed.forecast.items.map((i) => [i.key, i.rate, i.remaining])).toEqual([
        ["PL1", 4_610_00, 99_444_29],
      ]);
      expect(await alpha.snapshot(P6)).toBeNull();
      expect(await store.council("902").snapshots()).toEqual([]);
    });

    test("closing a closed period is refused and the snapshot stays as it was", async () => {
      const first = await alpha.closePeriod(P7, CLOSE);
      await expect(alpha.closePeriod(P7, { ...CLOSE, by: "cal" })).rejects.toThrow(
        `2024-25:P7 is already closed for council 901 (by ben at ${CLOSE.at}); a closed period's forecast never changes`,
      );
      expect(await alpha.snapshots()).toEqual([first]);
    });

    test("a later import of registers and actuals leaves every snapshot byte-identical", async () => {
      const p6 = forecastOutturn(await alpha.registers(), P6);
      await alpha.closePeriod(P6, { ...CLOSE, source: "demo" }, p6);
      await alpha.closePeriod(P7, CLOSE);
      const before = JSON.stringify(await alpha.snapshots());

      await alpha.replace(
        "actuals",
        [actual(1, { period: 7, amount: 1_00 }), actual(1, { period: 6, amount: 2_00 })],
        IMPORT,
      );
      await alpha.replace("placements", [placement(1, { weeklyCost: 9_999_00 }), placement(2)], IMPORT);
      await alpha.replace(
        "budget-lines",
        [budgetLine(1, { annualBudget: 1_00, profile: [1_00, ...Array(11).fill(0)] })],
        IMPORT,
      );
      await alpha.updateFigure("placements", "PL2", "end", "2024-11-30", IMPORT);

      expect(JSON.stringify(await alpha.snapshots())).toBe(before);
      const now = forecastOutturn(await alpha.registers(), P7);
      expect(now.total.forecast).not.toBe((await alpha.snapshot(P7))?.forecast.total.forecast);
    });

    test("a forecast made for another period is not frozen as this one", async () => {
      const p6 = forecastOutturn(await alpha.registers(), P6);
      await expect(alpha.closePeriod(P7, CLOSE, p6)).rejects.toThrow(
        "the forecast to freeze is for 2024-25:P6, not the period closed, 2024-25:P7",
      );
      expect(await alpha.snapshots()).toEqual([]);
    });
  });
}
