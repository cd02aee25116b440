/** The store's behaviour, run against every dialect by sqlite.test.ts and postgres.test.ts. */
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { keyOf, REGISTER_NAMES, type RegisterName } from "../domain/registers.js";
import { ALPHA, BETA, openWithCouncils } from "./councils.fixture.js";
import { actual, budgetLine, CHANGE, closure, placement, post, SAMPLE, term } from "./sample-rows.js";
import { savingsMtfpSuite } from "./savings-mtfp.suite.js";
import { snapshotSuite } from "./snapshots.suite.js";
import { ssda903Suite } from "./ssda903.suite.js";
import type { Actor, CouncilStore, Store } from "./store.js";

const IMPORT: Actor = { by: "ana", source: "import test.xlsx", at: "2025-01-10T09:00:00.000Z" };
const EDIT: Actor = { by: "ben", source: "api", at: "2025-01-11T10:30:00.000Z" };

const rowsOf = <R extends RegisterName>(register: R, count: number, from = 0) =>
  Array.from({ length: count }, (_, i) => SAMPLE[register](from + i));

export function storeSuite(name: string, open: () => Promise<Store>): void {
  snapshotSuite(name, open);
  savingsMtfpSuite(name, open);
  ssda903Suite(name, open);
  describe(`store (${name})`, () => {
    let store: Store;
    let alpha: CouncilStore;
    let beta: CouncilStore;

    beforeEach(async () => {
      ({ store, alpha, beta } = await openWithCouncils(open));
    });
    afterEach(() => store.close());

    test("migrating again changes nothing, and councils are saved and updated by la", async () => {
      await store.migrate();
      await store.saveCouncil({ ...BETA, name: "Beta County" });
      expect(await store.councils()).toEqual([ALPHA, { ...BETA, name: "Beta County" }]);
    });

    test.each(REGISTER_NAMES)("%s rows come back exactly as stored", async (register) => {
      const rows = rowsOf(register, 3);
      expect(await alpha.replace(register, rows, IMPORT)).toEqual({
        inserted: 3,
        updated: 0,
        deleted: 0,
        unchanged: 0,
      });
      expect(await alpha.rows(register)).toEqual(rows);
    });

    test("the version changes with every change to a council's data, and only then", async () => {
      const versions = [await alpha.version()];
      const next = async () => {
        versions.push(await alpha.version());
        return versions.at(-1) !== versions.at(-2);
      };
      const rows = rowsOf("placements", 2);
      await alpha.replace("placements", rows, IMPORT);
      expect(await next()).toBe(true);
      await alpha.replace("placements", rows, IMPORT); // the same rows: nothing changed
      expect(await next()).toBe(false);
      await beta.replace("placements", rows, IMPORT); // another council's change
      expect(await next()).toBe(false);
      await alpha.updateFigure(
        "placements",
        keyOf("placements", SAMPLE.placements(0)),
        "weeklyCost",
        1,
        EDIT,
      );
      expect(await next()).toBe(true);
      await alpha.replace("placements", [], IMPORT);
      expect(await next()).toBe(true);
      await alpha.replace("budget-lines", [budgetLine(1)], IMPORT);
      expect(await next()).toBe(true);
      await alpha.closePeriod({ year: "2024-25", period: 7 }, EDIT);
      expect(await next()).toBe(true);
    });

    test("money beyond 32 bits comes back as a number of pence", async () => {
      const big = budgetLine(1, {
        annualBudget: 9_007_199_254_740_991,
        profile: Array(12).fill(3_000_000_000),
      });
      await alpha.replace("budget-lines", [big], IMPORT);
      expect(await alpha.rows("budget-lines")).toEqual([big]);
    });

    test("registers() loads every register, terms and closures in date order", async () => {
      for (const register of REGISTER_NAMES) await alpha.replace(register, rowsOf(register, 2), IMPORT);
      await alpha.replace("terms", [term(2), term(0), term(1)], IMPORT);
      await alpha.replace("closures", [closure(2), closure(1, { reason: "INSET day" })], IMPORT);
      const all = await alpha.registers();
      expect(all.terms.map((t) => t.start)).toEqual(["2024-09-04", "2025-01-06", "2025-04-22"]);
      expect(all.closures).toEqual([closure(1, { reason: "INSET day" }), closure(2)]);
      expect(all.placements).toEqual(rowsOf("placements", 2));
      expect(all.actuals).toHaveLength(2);
    });

    test("a council never sees another council's rows or audit", async () => {
      for (const register of REGISTER_NAMES) {
        await alpha.replace(register, rowsOf(register, 2), IMPORT);
        await beta.replace(register, rowsOf(register, 3, 1), EDIT); // keys 1 and 2 collide with alpha's
      }
      await beta.replace("placements", [], EDIT); // deletes only beta's placements
      await beta.updateFigure("workforce", "POST1", "fte", 1, EDIT);

      const mine = await alpha.registers();
      for (const register of REGISTER_NAMES) expect(await alpha.rows(register)).toEqual(rowsOf(register, 2));
      expect(mine.closures).toEqual(rowsOf("closures", 2));
      expect((await alpha.audit()).every((entry) => entry.la === ALPHA.la && entry.by === "ana")).toBe(true);
      expect((await beta.audit()).every((entry) => entry.la === BETA.la && entry.by === "ben")).toBe(true);
      expect(await beta.rows("placements")).toEqual([]);
      await expect(beta.updateFigure("workforce", "POST0", "fte", 1, EDIT)).rejects.toThrow(
        /no row with the key "POST0"/,
      );
    });

    test("re-importing identical rows changes and audits nothing", async () => {
      await alpha.replace("placements", rowsOf("placements", 4), IMPORT);
      const before = await alpha.audit();
      const again = await alpha.replace("placements", rowsOf("placements", 4), EDIT);
      expect(again).toEqual({ inserted: 0, updated: 0, deleted: 0, unchanged: 4 });
      expect(await alpha.rows("placements")).toHaveLength(4);
      expect(await alpha.audit()).toEqual(before);
    });

    test.each(REGISTER_NAMES)(
      "replacing %s audits each changed figure, inserted row and deleted row",
      async (register) => {
        await alpha.replace(register, rowsOf(register, 2), IMPORT);
        const [field, value] = CHANGE[register];
        const [first, second] = rowsOf(register, 2);
        const changed = { ...first, [field]: value } as typeof first;
        const added = SAMPLE[register](5);
        const result = await alpha.replace(register, [changed, added] as never, EDIT);
        expect(result).toEqual({ inserted: 1, updated: 1, deleted: 1, unchanged: 0 });
        expect(await alpha.rows(register)).toContainEqual(changed);

        const entries = (await alpha.audit()).filter((entry) => entry.by === "ben");
        const key = (row: unknown) => keyOf(register, row as never);
        expect(entries.map((e) => [e.register, e.key, e.field, e.at, e.source])).toEqual([
          [register, key(first), field, EDIT.at, "api"],
          [register, key(added), "*", EDIT.at, "api"],
          [register, key(second), "*", EDIT.at, "api"],
        ]);
        const old = (first as unknown as Record<string, unknown>)[field];
        expect(entries[0]?.oldValue).toBe(old === null ? null : String(old));
        expect(entries[0]?.newValue).toBe(String(value));
        expect(JSON.parse(entries[1]?.newValue ?? "null")).toEqual(added);
        expect(entries[1]?.oldValue).toBeNull();
        expect(JSON.parse(entries[2]?.oldValue ?? "null")).toEqual(second);
        expect(entries[2]?.newValue).toBeNull();
      },
    );

    test("actuals replace only the periods present; budget lines only the years present", async () => {
      await alpha.replace(
        "actuals",
        [actual(1, { period: 1 }), actual(1, { period: 2 }), actual(2, { period: 2 })],
        IMPORT,
      );
      await alpha.replace("actuals", [actual(1, { period: 2, amount: 5_00 })], IMPORT);
      expect(await alpha.rows("actuals")).toEqual([
        actual(1, { period: 1 }),
        actual(1, { period: 2, amount: 5_00 }),
      ]);

      await alpha.replace(
        "budget-lines",
        [budgetLine(1, { year: "2023-24" }), budgetLine(1), budgetLine(2)],
        IMPORT,
      );
      await alpha.replace("budget-lines", [budgetLine(3)], IMPORT);
      expect(await alpha.rows("budget-lines")).toEqual([budgetLine(1, { year: "2023-24" }), budgetLine(3)]);
    });

    test("a replace that fails half way changes nothing at all", async () => {
      const before = [actual(1), actual(2)];
      await alpha.replace("actuals", before, IMPORT);
      const audit = await alpha.audit();
      // The update of CC101 runs, then the insert breaks the period check (1..12): all is undone.
      const failing = [actual(1, { amount: 1_00 }), actual(3, { period: 13 as 1 })];
      await expect(alpha.replace("actuals", failing, EDIT)).rejects.toThrow(
        /actuals: the store refused the rows/,
      );
      expect(await alpha.rows("actuals")).toEqual(before);
      expect(await alpha.audit()).toEqual(audit);
    });

    test("bad rows are refused with the row, field, value and rule", async () => {
      await expect(alpha.replace("placements", [placement(1), placement(1)], IMPORT)).rejects.toThrow(
        'placements row 2: the key "PL1" appears more than once',
      );
      await expect(alpha.replace("placements", [placement(1, { weeklyCost: 12.5 })], IMPORT)).rejects.toThrow(
        "placements row 1: weeklyCost: 12.5 is not valid: money must be a whole number of pence",
      );
      await expect(alpha.replace("workforce", [post(1, { start: "1/9/2023" })], IMPORT)).rejects.toThrow(
        'workforce row 1: start: "1/9/2023" is not valid: it must be a date YYYY-MM-DD',
      );
      expect(await alpha.rows("placements")).toEqual([]);
    });

    test("rows for a council not in the store are refused", async () => {
      await expect(store.council("999").replace("placements", [placement(1)], IMPORT)).rejects.toThrow(
        'no council "999" in the store',
      );
    });

    test("updateFigure changes one field of one row and audits old and new", async () => {
      await alpha.replace("placements", rowsOf("placements", 2), IMPORT);
      await alpha.updateFigure("placements", "PL1", "weeklyCost", 5_250_00, EDIT);
      await alpha.updateFigure("placements", "PL1", "end", "2025-03-31", EDIT);
      await alpha.replace("budget-lines", [budgetLine(1)], IMPORT);
      const profile = [...budgetLine(1).profile.slice(0, 11), 100_000_01];
      await alpha.updateFigure("budget-lines", "2024-25/CC101", "profile", profile, EDIT);

      expect(await alpha.rows("placements")).toEqual([
        placement(0),
        placement(1, { weeklyCost: 5_250_00, end: "2025-03-31" }),
      ]);
      expect((await alpha.rows("budget-lines"))[0]?.profile).toEqual(profile);
      const entries = (await alpha.audit()).filter((e) => e.by === "ben");
      expect(entries.map((e) => [e.key, e.field, e.oldValue, e.newValue])).toEqual([
        ["PL1", "weeklyCost", "486000", "525000"],
        ["PL1", "end", null, "2025-03-31"],
        ["2024-25/CC101", "profile", JSON.stringify(budgetLine(1).profile), JSON.stringify(profile)],
      ]);
    });

    test("updateFigure refuses an unknown key or field and a value of the wrong kind", async () => {
      await alpha.replace("workforce", [post(1)], IMPORT);
      await alpha.replace("actuals", [actual(1, { period: 7 })], IMPORT);
      await expect(alpha.updateFigure("workforce", "POST9", "fte", 1, EDIT)).rejects.toThrow(
        'workforce has no row with the key "POST9" for council 901',
      );
      await expect(alpha.updateFigure("workforce", "POST1", "salary" as "fte", 1, EDIT)).rejects.toThrow(
        'workforce has no field "salary"',
      );
      await expect(alpha.updateFigure("workforce", "POST1", "dayRate", 450.5, EDIT)).rejects.toThrow(
        "money must be a whole number of pence",
      );
      await expect(alpha.updateFigure("workforce", "POST1", "dayRate", "450", EDIT)).rejects.toThrow(
        "money must be a whole number of pence",
      );
      await expect(alpha.updateFigure("workforce", "POST1", "status", "interim", EDIT)).rejects.toThrow(
        "must be one of permanent, agency, vacant",
      );
      await expect(alpha.updateFigure("workforce", "POST1", "postRef", "POST2", EDIT)).rejects.toThrow(
        "part of the key",
      );
      await alpha.updateFigure("actuals", "2024-25/P7/CC101", "amount", 1_00, EDIT);
      expect(await alpha.rows("actuals")).toEqual([actual(1, { period: 7, amount: 1_00 })]);
      expect(await alpha.rows("workforce")).toEqual([post(1)]);
    });

    test("a closure's reason changes by its date, and the change is audited", async () => {
      await alpha.replace("closures", rowsOf("closures", 2), IMPORT);
      await alpha.updateFigure("closures", "2024-10-25", "reason", "Polling day", EDIT);
      expect(await alpha.rows("closures")).toEqual([closure(0), closure(1, { reason: "Polling day" })]);
      const entries = (await alpha.audit()).filter((e) => e.by === "ben");
      expect(entries.map((e) => [e.register, e.key, e.field, e.oldValue, e.newValue])).toEqual([
        ["closures", "2024-10-25", "reason", "Half-term", "Polling day"],
      ]);
      await expect(alpha.updateFigure("closures", "2024-10-26", "reason", "x", EDIT)).rejects.toThrow(
        'closures has no row with the key "2024-10-26"',
      );
      await expect(alpha.replace("closures", [closure(0, { date: "25/10/2024" })], EDIT)).rejects.toThrow(
        'closures row 1: date: "25/10/2024" is not valid: it must be a date YYYY-MM-DD',
      );
    });
  });
}
