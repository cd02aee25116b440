/**
 * PostgreSQL's row-level security, the second wall (migration 0012, row-security.ts), when
 * OUTTURN_TEST_PG holds a connection URL: every tenant table forces it, a raw connection as the
 * app's role sees and writes only the council its `outturn.la` names, and the store's connections
 * carry the setting only while a CouncilStore call runs. Under CI=true a missing URL fails the run.
 */
import { Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { REGISTER_NAMES } from "../domain/registers.js";
import { SSDA903_TABLES, type Ssda903Return } from "../domain/ssda903/tables.js";
import { ALPHA, BETA, openWithCouncils } from "./councils.fixture.js";
import { OPEN_TABLES } from "./migration-row-security.js";
import { openStore } from "./open.js";
import { withCouncilSetting } from "./row-security.js";
import { SAMPLE } from "./sample-rows.js";
import type { TenantTables } from "./schema.js";
import type { Actor, CouncilStore, Store } from "./store.js";

const url = process.env.OUTTURN_TEST_PG;
const IMPORT: Actor = { by: "ana", source: "import test.xlsx", at: "2025-01-10T09:00:00.000Z" };

function aReturn(year: number): Ssda903Return {
  const tables = Object.fromEntries(SSDA903_TABLES.map((t) => [t, []])) as unknown as Ssda903Return["tables"];
  const header = { file: `${year}/header.csv`, row: 2, values: { CHILD: "C1", SEX: "1", DOB: "2010-05-01" } };
  return { year, tables: { ...tables, header: [header] } };
}

/** Every register, a 903 return, a closed period and their audit, for one council. */
async function fill(council: CouncilStore): Promise<void> {
  for (const register of REGISTER_NAMES)
    await council.replace(register, [SAMPLE[register](0), SAMPLE[register](1)], IMPORT);
  await council.replaceSsda903([aReturn(2024)], IMPORT);
  await council.closePeriod({ year: "2024-25", period: 1 }, IMPORT);
}

if (url) {
  const database = `outturn_rls_${process.pid}_${Date.now()}`;
  const scoped = new URL(url);
  scoped.pathname = `/${database}`;
  scoped.searchParams.set("options", "-c search_path=rls");
  let store: Store;
  const clients: pg.Client[] = [];

  /** A raw connection as the app's role, with the council setting given (or none). */
  async function raw(la?: string): Promise<pg.Client> {
    const client = new pg.Client({ connectionString: scoped.href });
    await client.connect();
    clients.push(client);
    if (la !== undefined) await client.query("select set_config('outturn.la', $1, false)", [la]);
    return client;
  }

  /** The tables of the schema with an `la` column, as PostgreSQL's catalogue has them. */
  async function tablesWithLa(client: pg.Client) {
    const { rows } = await client.query<{ table: string; rls: boolean; forced: boolean; policies: number }>(`
      select c.relname as table, c.relrowsecurity as rls, c.relforcerowsecurity as forced,
        (select count(*)::int from pg_policy p where p.polrelid = c.oid) as policies
      from pg_class c join pg_attribute a on a.attrelid = c.oid and a.attname = 'la' and not a.attisdropped
      where c.relnamespace = current_schema()::regnamespace and c.relkind in ('r', 'p')
      order by c.relname`);
    return rows;
  }

  const tenantTables = async () =>
    (await tablesWithLa(await raw())).map((t) => t.table).filter((t) => !OPEN_TABLES.includes(t));

  beforeAll(async () => {
    const server = new pg.Client({ connectionString: url });
    await server.connect();
    await server.query(`create database "${database}"`);
    await server.end();
    const admin = new pg.Client({ connectionString: scoped.href });
    await admin.connect();
    await admin.query("create schema rls");
    await admin.end();
    const opened = await openWithCouncils(() => openStore(scoped.href));
    store = opened.store;
    await fill(opened.alpha);
    await fill(opened.beta);
  }, 120_000);

  afterAll(async () => {
    await Promise.all(clients.map((client) => client.end()));
    await store?.close();
    const server = new pg.Client({ connectionString: url });
    await server.connect();
    await server.query(`drop database if exists "${database}" with (force)`);
    await server.end();
  });

  describe("row-level security (postgres)", () => {
    test("every table with an la column, except councils, users and sessions, forces a policy", async () => {
      const tables = await tablesWithLa(await raw());
      const names = tables.map((t) => t.table);
      expect(names).toEqual(
        expect.arrayContaining(["audit", "placements", "scrutiny_questions", "ssda903_rows"]),
      );
      for (const table of tables) {
        const open = OPEN_TABLES.includes(table.table);
        expect({ ...table, policies: table.policies > 0 }).toEqual({
          table: table.table,
          rls: !open,
          forced: !open,
          policies: !open,
        });
      }
    });

    test("a connection set to one council sees all its rows and none of the other's, in every tenant table", async () => {
      const tables = await tenantTables();
      for (const council of [ALPHA.la, BETA.la]) {
        const client = await raw(council);
        for (const table of tables) {
          const { rows } = await client.query<{ own: number; other: number }>(
            `select count(*) filter (where la = $1)::int as own, count(*) filter (where la <> $1)::int as other from "${table}"`,
            [council],
          );
          expect({ table, council, ...rows[0], some: (rows[0]?.own ?? 0) > 0 }).toEqual({
            table,
            council,
            own: rows[0]?.own,
            other: 0,
            some: true,
          });
        }
      }
    });

    test("a connection with no council, or an empty one, sees no rows at all", async () => {
      const tables = await tenantTables();
      for (const client of [await raw(), await raw("")])
        for (const table of tables) {
          const { rows } = await client.query<{ n: number }>(`select count(*)::int as n from "${table}"`);
          expect({ table, n: rows[0]?.n }).toEqual({ table, n: 0 });
        }
    });

    test("a connection set to A cannot insert B's rows, move its rows to B, or touch B's", async () => {
      const client = await raw(ALPHA.la);
      await expect(
        client.query("insert into closures (la, closure_date, reason) values ($1, '2030-01-01', 'x')", [
          BETA.la,
        ]),
      ).rejects.toThrow(/row-level security/);
      await expect(client.query("update placements set la = $1", [BETA.la])).rejects.toThrow(
        /row-level security/,
      );
      await client.query("begin");
      const updated = await client.query("update placements set provider = 'x' where la = $1", [BETA.la]);
      const deleted = await client.query("delete from audit");
      await client.query("rollback");
      expect([updated.rowCount, (deleted.rowCount ?? 0) > 0]).toEqual([0, true]);
      const beta = await raw(BETA.la);
      const left = await beta.query<{ n: number }>("select count(*)::int as n from audit");
      expect(left.rows[0]?.n).toBeGreaterThan(0);
    });

    test("the store's connection carries the council only while a call runs, through its transactions", async () => {
      const pool = new pg.Pool({ connectionString: scoped.href, max: 1 });
      const db = new Kysely<TenantTables>({ dialect: new PostgresDialect({ pool }) });
      const now = sql<{
        la: string | null;
        pid: number;
      }>`select current_setting('outturn.la', true) as la, pg_backend_pid() as pid`;
      try {
        const inside = await withCouncilSetting(db, ALPHA.la, async (connection) => {
          const direct = (await now.execute(connection)).rows[0];
          const inTransaction = await connection
            .transaction()
            .execute(async (trx) => (await now.execute(trx)).rows[0]);
          return { direct, inTransaction };
        });
        expect(inside.inTransaction).toEqual(inside.direct);
        expect(inside.direct?.la).toBe(ALPHA.la);
        await expect(
          withCouncilSetting(db, BETA.la, async () => {
            throw new Error("the work failed");
          }),
        ).rejects.toThrow("the work failed");
        const after = (await now.execute(db)).rows[0];
        expect(after?.pid).toBe(inside.direct?.pid);
        expect(after?.la ?? "").toBe("");
      } finally {
        await db.destroy();
      }
    });
  });
} else if (process.env.CI === "true") {
  test("the row-level security tests run in CI", () => {
    throw new Error(
      "CI=true but OUTTURN_TEST_PG is unset: run export OUTTURN_TEST_PG=$(bash .ci/start-postgres.sh) before the tests",
    );
  });
} else {
  describe.skip("row-level security (postgres): set OUTTURN_TEST_PG to a postgres:// URL to run", () => {
    test("skipped", () => {});
  });
}
