/** The savings and MTFP tables (migration 0002), run against every dialect through store.suite.ts. */
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { MTFP_KINDS, SCENARIO_LEVERS } from "../domain/mtfp/mtfp.js";
import { SAVING_DRIVER_NAMES } from "../domain/savings/drivers.js";
import { BRAG_RATINGS } from "../domain/savings/saving.js";
import { openWithCouncils } from "./councils.fixture.js";
import { mtfpLine, mtfpScenario, saving, savingComment, savingDriver } from "./sample-rows-savings-mtfp.js";
import type { Actor, CouncilStore, Store } from "./store.js";

const IMPORT: Actor = { by: "ana", source: "import savings.xlsx", at: "2025-01-10T09:00:00.000Z" };

export function savingsMtfpSuite(name: string, open: () => Promise<Store>): void {
  describe(`savings and MTFP tables (${name})`, () => {
    let store: Store;
    let alpha: CouncilStore;

    beforeEach(async () => {
      ({ store, alpha } = await openWithCouncils(open));
    });
    afterEach(() => store.close());

    test("every BRAG rating, driver, MTFP kind and lever the domain lists is stored", async () => {
      const savings = BRAG_RATINGS.map((brag, n) => saving(n, { brag }));
      const drivers = SAVING_DRIVER_NAMES.map((driver) => savingDriver(1, { driver }));
      const lines = MTFP_KINDS.map((kind, n) => mtfpLine(n, { kind }));
      const levers = SCENARIO_LEVERS.map((lever) => mtfpScenario(1, { lever }));
      await alpha.replace("savings", savings, IMPORT);
      await alpha.replace("saving-drivers", drivers, IMPORT);
      await alpha.replace("mtfp-lines", lines, IMPORT);
      await alpha.replace("mtfp-scenarios", levers, IMPORT);
      const all = await alpha.registers();
      expect(all.savings.map((s) => s.brag)).toEqual([...BRAG_RATINGS]);
      expect(new Set(all.savingDrivers.map((d) => d.driver))).toEqual(new Set(SAVING_DRIVER_NAMES));
      expect(all.mtfpLines.map((l) => l.kind)).toEqual([...MTFP_KINDS]);
      expect(new Set(all.mtfpScenarios.map((s) => s.lever))).toEqual(new Set(SCENARIO_LEVERS));
    });

    test("a figure is changed by its composite key, an empty scope included", async () => {
      await alpha.replace("saving-comments", [savingComment(1)], IMPORT);
      await alpha.replace("mtfp-scenarios", [mtfpScenario(0, { lever: "savings-slip" })], IMPORT);
      const edit = { ...IMPORT, by: "ben", source: "api" };
      await alpha.updateFigure(
        "saving-comments",
        "S3/2024-10-11/Finance business partner",
        "text",
        "Done",
        edit,
      );
      await alpha.updateFigure("mtfp-scenarios", "Scenario 0/savings-slip/", "value", 50, edit);
      expect(await alpha.rows("saving-comments")).toEqual([savingComment(1, { text: "Done" })]);
      expect(await alpha.rows("mtfp-scenarios")).toEqual([
        mtfpScenario(0, { lever: "savings-slip", value: 50 }),
      ]);
    });

    test("the tables refuse a driver due before it starts, a funded share above 100 and a negative MTFP amount", async () => {
      const refused = /the store refused the rows/;
      await expect(
        alpha.replace("saving-drivers", [savingDriver(1, { by: "2024-03-31" })], IMPORT),
      ).rejects.toThrow(refused);
      await expect(alpha.replace("mtfp-lines", [mtfpLine(1, { fundedShare: 101 })], IMPORT)).rejects.toThrow(
        refused,
      );
      await expect(alpha.replace("mtfp-lines", [mtfpLine(1, { amount: -1 })], IMPORT)).rejects.toThrow(
        refused,
      );
      expect(await alpha.rows("saving-drivers")).toEqual([]);
      expect(await alpha.rows("mtfp-lines")).toEqual([]);
    });
  });
}
