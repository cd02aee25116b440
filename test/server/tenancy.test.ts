/**
 * The cross-council proof over HTTP, on SQLite and (when OUTTURN_TEST_PG is set) on PostgreSQL with
 * row-level security: one store holds Demoshire and Marchford; signed in as each role of Demoshire,
 * every route of the route table is tried with Marchford's `la` in the path or the query and its
 * identifiers in every other parameter. Each answer is a 404 (a 403 where the role lacks the
 * permission), no answer shows anything that names Marchford, and Marchford's data is unchanged
 * afterwards. Then the same the other way round, as Marchford's finance officer.
 */
import type { FastifyInstance } from "fastify";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { loadDemo } from "../../src/demo/load-demo.js";
import { can, ROLES, type Role } from "../../src/domain/access/roles.js";
import type { RegisterName } from "../../src/domain/registers.js";
import { buildServer } from "../../src/server/app.js";
import { routeTable } from "../../src/server/sign-in/guard.js";
import { openStore } from "../../src/store/open.js";
import type { Store } from "../../src/store/store.js";
import { signedIn } from "../support/sign-in.js";
import {
  attempts,
  exempt,
  footprint,
  identifying,
  idsOf,
  MARCHFORD_ROWS,
  shownIn,
} from "./tenancy-attempts.js";

const ACTOR = { by: "test", source: "test", at: "2024-11-01T09:00:00.000Z" };
const DEMO = "DEMO";
const MARCH = "MARCH";

/**
 * The two refusals that answer 400 rather than 404 for a row the viewer's own council does not have
 * (the API's PATCH of an unknown key, removing a scrutiny link that is not there): nothing changes
 * and nothing of the other council shows, which the sweep checks for every answer.
 */
const notOurs = (status: number, body: string) =>
  status === 400 && /has no row with the key|has no link to/.test(body);

function tenancySuite(name: string, open: () => Promise<Store>, close: () => Promise<void> = async () => {}) {
  describe(`a user of one council reaches nothing of another (${name})`, () => {
    let store: Store;
    let app: FastifyInstance;

    beforeAll(async () => {
      store = await open();
      await store.migrate();
      await loadDemo(store, ACTOR);
      for (const [register, rows] of Object.entries(MARCHFORD_ROWS))
        await store.council(MARCH).replace(register as RegisterName, rows as never[], ACTOR);
      app = await buildServer({ store, clock: () => new Date("2024-11-04T10:00:00Z") });
      await app.ready();
    }, 600_000);

    afterAll(async () => {
      await app?.close();
      await store?.close();
      await close();
    });

    /** Signs in as `role` of `la` and tries every route at `other`; returns what went wrong. */
    async function sweep(role: Role, la: string, other: string, theirUser: string): Promise<string[]> {
      const me = await signedIn(app, store, role, la);
      const [ours, theirs] = await Promise.all([
        idsOf(store, la, me.username, other),
        idsOf(store, other, theirUser, la),
      ]);
      const secrets = await identifying(store, other, la);
      const wrong: string[] = [];
      for (const route of routeTable(app).filter((r) => !exempt(r)))
        for (const attempt of attempts(route, ours, theirs)) {
          const response = await me.inject(attempt);
          const said = `${attempt.method} ${decodeURIComponent(attempt.url as string)}`;
          const expected = can(role, route.allow) ? 404 : 403;
          if (response.statusCode !== expected && !notOurs(response.statusCode, response.body))
            wrong.push(`${said}: ${response.statusCode}, not ${expected}`);
          const sent = `${said} ${JSON.stringify(attempt.payload ?? "")}`;
          const leaked = shownIn(secrets, `${JSON.stringify(response.headers)} ${response.body}`, sent);
          if (leaked.length > 0) wrong.push(`${said} shows ${leaked.slice(0, 5).join(", ")}`);
        }
      return wrong;
    }

    test("the sweep's check is not blind: a council's own answers show the values it looks for", async () => {
      const march = await signedIn(app, store, "finance-officer", MARCH);
      const answers = await Promise.all(
        ["/api/councils", `/api/councils/${MARCH}/registers/transport-schools`, "/lines/MFD-SBH"].map(
          async (url) => (await march.inject(url)).body,
        ),
      );
      const shown = shownIn(await identifying(store, MARCH, DEMO), answers.join(" "), "");
      expect(shown).toEqual(
        expect.arrayContaining(["Marchford", "Clunford Special School", "Marchford short breaks homes"]),
      );
    });

    test.each(ROLES)(
      "a %s of Demoshire gets a 404 or 403 for Marchford's data on every route, sees none of it and changes none",
      async (role) => {
        const before = await footprint(store, MARCH);
        expect(await sweep(role, DEMO, MARCH, "marchford-finance")).toEqual([]);
        expect(await footprint(store, MARCH)).toEqual(before);
      },
      300_000,
    );

    test("Marchford's finance officer gets a 404 for Demoshire's data on every route, sees none of it and changes none", async () => {
      const before = await footprint(store, DEMO);
      expect(await sweep("finance-officer", MARCH, DEMO, "administrator")).toEqual([]);
      expect(await footprint(store, DEMO)).toEqual(before);
    }, 300_000);
  });
}

tenancySuite("sqlite", () => openStore(":memory:"));

const url = process.env.OUTTURN_TEST_PG;
if (url) {
  const database = `outturn_tenancy_${process.pid}_${Date.now()}`;
  const testUrl = new URL(url);
  testUrl.pathname = `/${database}`;
  const server = async (query: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(query);
    await client.end();
  };
  tenancySuite(
    "postgres",
    async () => {
      await server(`create database "${database}"`);
      return openStore(testUrl.href);
    },
    () => server(`drop database if exists "${database}" with (force)`),
  );
} else if (process.env.CI === "true") {
  test("the cross-council proof runs on PostgreSQL in CI", () => {
    throw new Error(
      "CI=true but OUTTURN_TEST_PG is unset: run export OUTTURN_TEST_PG=$(bash .ci/start-postgres.sh) before the tests",
    );
  });
}
