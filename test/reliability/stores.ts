/**
 * The stores a reliability run works on. Demoshire is created once per run by global-setup.ts, in a
 * SQLite file and, when OUTTURN_TEST_PG holds a PostgreSQL URL, in a database of its own; each test
 * works on a copy (the file copied, or a database made from the base as a template) and drops it.
 */
import { copyFile, rm } from "node:fs/promises";
import { join } from "node:path";
import pg from "pg";
import { inject } from "vitest";

export interface BaseStores {
  /** The run's temporary folder: SQLite files and generated import files. */
  dir: string;
  sqlite: string;
  /** The base database's URL, or null when no PostgreSQL is configured. */
  postgres: string | null;
}

declare module "vitest" {
  export interface ProvidedContext {
    reliabilityStores: BaseStores;
  }
}

export type StoreKind = "sqlite" | "postgres";

export interface TestStore {
  kind: StoreKind;
  /** What `outturn --store` and openStore take: a file path or a postgres:// URL. */
  location: string;
  drop(): Promise<void>;
}

/** The run's base stores; undefined when the file runs outside vitest.reliability.config.ts. */
export function baseStores(): BaseStores | undefined {
  return inject("reliabilityStores");
}

/** The stores this run covers: SQLite always, PostgreSQL when it is configured. */
export function storeKinds(base: BaseStores): StoreKind[] {
  return base.postgres ? ["sqlite", "postgres"] : ["sqlite"];
}

/** A PostgreSQL URL naming another database on the same server. */
export function databaseUrl(url: string, database: string): string {
  const other = new URL(url);
  other.pathname = `/${database}`;
  return other.href;
}

export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1));
}

/** Runs `work` with a client on the server's maintenance connection (OUTTURN_TEST_PG itself). */
export async function onServer<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.OUTTURN_TEST_PG });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

let copies = 0;

/** A copy of the base store of this kind, named after the test that uses it. */
export async function copyStore(base: BaseStores, kind: StoreKind, name: string): Promise<TestStore> {
  const suffix = `${name}_${++copies}`;
  if (kind === "sqlite") {
    const location = join(base.dir, `${suffix}.sqlite`);
    await copyFile(base.sqlite, location);
    const drop = () =>
      Promise.all(["", "-wal", "-shm"].map((end) => rm(`${location}${end}`, { force: true }))).then(() => {});
    return { kind, location, drop };
  }
  if (!base.postgres) throw new Error("no PostgreSQL base store: set OUTTURN_TEST_PG");
  const template = databaseName(base.postgres);
  const database = `${template}_${suffix}`.toLowerCase();
  await onServer((c) => c.query(`create database "${database}" template "${template}"`));
  return {
    kind,
    location: databaseUrl(base.postgres, database),
    drop: () => onServer((c) => c.query(`drop database if exists "${database}" with (force)`)).then(() => {}),
  };
}
