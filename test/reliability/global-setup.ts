/**
 * Once per reliability run: Demoshire created by `outturn demo` in a SQLite file and, when
 * OUTTURN_TEST_PG is set, in a PostgreSQL database of its own (both at once), handed to the tests
 * as their base stores; removed when the run ends.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { runOutturn } from "./outturn-process.js";
import { type BaseStores, databaseUrl, onServer } from "./stores.js";

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = await mkdtemp(join(tmpdir(), "outturn-reliability-"));
  const url = process.env.OUTTURN_TEST_PG;
  const database = `outturn_reliability_${process.pid}_${Date.now()}`;
  const base: BaseStores = {
    dir,
    sqlite: join(dir, "base.sqlite"),
    postgres: url ? databaseUrl(url, database) : null,
  };
  if (url) await onServer((c) => c.query(`create database "${database}"`));
  await Promise.all([
    runOutturn(base.sqlite, ["demo"]),
    ...(base.postgres ? [runOutturn(base.postgres, ["demo"])] : []),
  ]);
  project.provide("reliabilityStores", base);
  return async () => {
    if (url) await onServer((c) => c.query(`drop database if exists "${database}" with (force)`));
    await rm(dir, { recursive: true, force: true });
  };
}
