/** The SSDA903 rows (migration 0003), run against every dialect through store.suite.ts. */
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import {
  SSDA903_TABLES,
  type Ssda903Return,
  type Ssda903Row,
  type Ssda903Table,
} from "../domain/ssda903/tables.js";
import { openWithCouncils } from "./councils.fixture.js";
import type { Actor, CouncilStore, Store } from "./store.js";

const IMPORT: Actor = { by: "ana", source: "import-903 by-year", at: "2025-01-10T09:00:00.000Z" };
const AGAIN: Actor = { by: "ben", source: "import-903 2024", at: "2025-02-10T09:00:00.000Z" };

const row = (file: string, n: number, values: Record<string, string>): Ssda903Row => ({
  file,
  row: n,
  values,
});

function aReturn(year: number, episodes: Ssda903Row[] = []): Ssda903Return {
  const tables = Object.fromEntries(SSDA903_TABLES.map((t) => [t, [] as Ssda903Row[]])) as Record<
    Ssda903Table,
    Ssda903Row[]
  >;
  return {
    year,
    tables: {
      ...tables,
      header: [row(`${year}/header.csv`, 2, { CHILD: "C1", SEX: "1", DOB: "2010-05-01", ETHNIC: "WBRI" })],
      episodes,
      uasc: [row(`${year}/uasc.csv`, 2, { CHILD: "C1", SEX: "1", DOB: "2010-05-01", DUC: "31/02/2028" })],
    },
  };
}
const episode = (year: number, n: number, decom: string, dec = "") =>
  row(`${year}/episodes.csv`, n, { CHILD: "C1", DECOM: decom, DEC: dec, RNE: "S", PLACE: "U4" });

export function ssda903Suite(name: string, open: () => Promise<Store>): void {
  describe(`SSDA903 rows (${name})`, () => {
    let store: Store;
    let alpha: CouncilStore;

    beforeEach(async () => {
      ({ store, alpha } = await openWithCouncils(open));
    });
    afterEach(() => store.close());

    test("returns come back exactly as stored, oldest first, with every table, for their council only", async () => {
      const returns = [
        aReturn(2024, [episode(2024, 2, "2023-06-01")]),
        aReturn(2023, [episode(2023, 2, "2022-06-01", "2023-01-01"), episode(2023, 3, "2023-06-01")]),
      ];
      expect(await alpha.replaceSsda903(returns, IMPORT)).toEqual({
        inserted: 7,
        updated: 0,
        deleted: 0,
        unchanged: 0,
      });
      const stored = await alpha.ssda903Returns();
      expect(stored).toEqual([returns[1], returns[0]]);
      expect(stored[0]?.tables.uasc[0]?.values.DUC).toBe("31/02/2028");
      expect(await store.council("902").ssda903Returns()).toEqual([]);
    });

    test("re-importing a year replaces that year alone and audits counts and fingerprints, never values", async () => {
      await alpha.replaceSsda903(
        [aReturn(2023, [episode(2023, 2, "2022-06-01")]), aReturn(2024, [episode(2024, 2, "2022-06-01")])],
        IMPORT,
      );
      const again = aReturn(2024, [
        episode(2024, 2, "2022-06-01", "2024-01-05"),
        episode(2024, 3, "2024-01-05"),
      ]);
      expect(await alpha.replaceSsda903([again], AGAIN)).toEqual({
        inserted: 1,
        updated: 1,
        deleted: 0,
        unchanged: 2,
      });
      const stored = await alpha.ssda903Returns();
      expect(stored.map((r) => [r.year, r.tables.episodes.length])).toEqual([
        [2023, 1],
        [2024, 2],
      ]);
      expect(stored[1]).toEqual(again);

      const audit = (await alpha.audit()).filter((e) => e.by === "ben");
      expect(audit.map((e) => [e.register, e.key, e.field, e.source])).toEqual([
        ["ssda903", "2024/episodes", "rows", "import-903 2024"],
      ]);
      expect(audit[0]?.oldValue).toMatch(/^1 rows, sha256 [0-9a-f]{12}$/);
      expect(audit[0]?.newValue).toMatch(/^2 rows, sha256 [0-9a-f]{12}$/);
      expect(JSON.stringify(await alpha.audit())).not.toContain("C1");
    });

    test("a bad return changes nothing: the years stored before are still there, unaudited", async () => {
      await alpha.replaceSsda903([aReturn(2024, [episode(2024, 2, "2023-06-01")])], IMPORT);
      const before = [await alpha.ssda903Returns(), await alpha.audit()];
      const twice = aReturn(2024, [episode(2024, 2, "2023-06-01"), episode(2024, 2, "2023-07-01")]);
      await expect(alpha.replaceSsda903([aReturn(2023), twice], AGAIN)).rejects.toThrow(
        "ssda903 2024 2024/episodes.csv row 2: the row is given twice",
      );
      await expect(alpha.replaceSsda903([aReturn(2024), aReturn(2024)], AGAIN)).rejects.toThrow(
        "given twice",
      );
      expect([await alpha.ssda903Returns(), await alpha.audit()]).toEqual(before);
      await expect(store.council("999").replaceSsda903([aReturn(2024)], IMPORT)).rejects.toThrow(
        'no council "999"',
      );
    });
  });
}
