/**
 * The store suite against PostgreSQL, when OUTTURN_TEST_PG holds a connection URL (see
 * .ci/start-postgres.sh). Each run creates its own database and drops it afterwards; each test
 * gets a fresh schema in it. Under CI=true a missing URL fails the run rather than skipping it.
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { openStore } from "./open.js";
import { storeSuite } from "./store.suite.js";

const url = process.env.OUTTURN_TEST_PG;

if (url) {
  const database = `outturn_test_${process.pid}_${Date.now()}`;
  const testUrl = new URL(url);
  testUrl.pathname = `/${database}`;
  let admin: pg.Client;
  let schemas = 0;

  beforeAll(async () => {
    const server = new pg.Client({ connectionString: url });
    await server.connect();
    await server.query(`create database "${database}"`);
    await server.end();
    admin = new pg.Client({ connectionString: testUrl.href });
    await admin.connect();
  });

  afterAll(async () => {
    await admin?.end();
    const server = new pg.Client({ connectionString: url });
    await server.connect();
    await server.query(`drop database if exists "${database}" with (force)`);
    await server.end();
  });

  storeSuite("postgres", async () => {
    const schema = `test_${++schemas}`;
    await admin.query(`create schema "${schema}"`);
    const scoped = new URL(testUrl);
    scoped.searchParams.set("options", `-c search_path=${schema}`);
    return openStore(scoped.href);
  });

  test("money comes back as numbers without changing pg's global int8 parser", async () => {
    const store = await openStore(testUrl.href);
    expect(store.dialect).toBe("postgres");
    await store.close();
    expect(pg.types.getTypeParser(20, "text")("5")).toBe("5");
  });
} else if (process.env.CI === "true") {
  test("the postgres store suite runs in CI", () => {
    throw new Error(
      "CI=true but OUTTURN_TEST_PG is unset: run export OUTTURN_TEST_PG=$(bash .ci/start-postgres.sh) before the tests",
    );
  });
} else {
  describe.skip("store (postgres): set OUTTURN_TEST_PG to a postgres:// URL to run", () => {
    test("skipped", () => {});
  });
}
