/**
 * Backup and restore of one council, on SQLite and (when OUTTURN_TEST_PG holds a URL) PostgreSQL:
 * Demoshire backed up, restored into a fresh store and backed up again gives the same document, and
 * the same forecast outturn; a council with data is refused unless replaced; a restore that fails
 * half way leaves the target as it was; a backup of another schema is refused. The CLI's `backup`
 * (gzipped) and `restore` round-trip a council, and `outturn audit` reads the restored trail.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDemo } from "../../src/demo/load-demo.js";
import { latestPeriodWithActuals } from "../../src/domain/budget/ledger.js";
import { forecastOutturn } from "../../src/domain/outturn/forecast.js";
import { backupCouncil, type CouncilBackup, restoreCouncil } from "../../src/store/backup.js";
import { openStore } from "../../src/store/open.js";
import { openSqliteStore } from "../../src/store/sqlite.js";
import { type Store, StoreError } from "../../src/store/store.js";
import { outturn } from "../support/cli.js";

const ACTOR = { by: "test", source: "test", at: "2024-11-01T09:00:00Z" };
const url = process.env.OUTTURN_TEST_PG;

/** A way to open empty, migrated stores, and to clean up after them. */
interface Opener {
  open(): Promise<Store>;
  done(): Promise<void>;
}

function sqliteOpener(): Opener {
  return { open: () => openSqliteStore(":memory:"), done: async () => {} };
}

/** Each store a schema of its own in a database made for this run, dropped afterwards. */
function postgresOpener(server: string): Opener {
  const database = `outturn_backup_${process.pid}_${Date.now()}`;
  const at = new URL(server);
  at.pathname = `/${database}`;
  let schemas = 0;
  let admin: pg.Client | undefined;
  const onServer = async (query: string) => {
    const client = new pg.Client({ connectionString: server });
    await client.connect();
    await client.query(query);
    await client.end();
  };
  return {
    async open() {
      if (!admin) {
        await onServer(`create database "${database}"`);
        admin = new pg.Client({ connectionString: at.href });
        await admin.connect();
      }
      const schema = `backup_${++schemas}`;
      await admin.query(`create schema "${schema}"`);
      const scoped = new URL(at);
      scoped.searchParams.set("options", `-c search_path=${schema}`);
      return openStore(scoped.href);
    },
    async done() {
      await admin?.end();
      await onServer(`drop database if exists "${database}" with (force)`);
    },
  };
}

const OPENERS: [string, () => Opener][] = [
  ["sqlite", sqliteOpener],
  ...(url ? [["postgres", () => postgresOpener(url)] as [string, () => Opener]] : []),
];

async function forecastOf(store: Store, la: string) {
  const registers = await store.council(la).registers();
  const period = latestPeriodWithActuals(registers.actuals);
  if (!period) throw new Error("no actuals");
  return forecastOutturn(registers, period);
}

describe.each(OPENERS)("backup and restore of a council (%s)", (_, makeOpener) => {
  const opener = makeOpener();
  const stores: Store[] = [];
  const fresh = async () => {
    const store = await opener.open();
    await store.migrate();
    stores.push(store);
    return store;
  };
  let source: Store;
  let la: string;
  let backup: CouncilBackup;

  beforeAll(async () => {
    source = await fresh();
    la = await loadDemo(source, ACTOR);
    backup = await backupCouncil(source, la);
  });
  afterAll(async () => {
    for (const store of stores) await store.close();
    await opener.done();
  });

  it("holds every register, the 903 returns, the snapshots and the audit trail, versioned", () => {
    expect(backup.schema).toMatch(/^\d{4}-/);
    expect(backup.council.la).toBe(la);
    for (const table of ["placements", "ssda903_rows", "forecast_snapshots", "audit"])
      expect(backup.tables[table]?.length, table).toBeGreaterThan(0);
  });

  it("restores into a fresh store as it was: the same document and the same forecast outturn", async () => {
    const target = await fresh();
    await restoreCouncil(target, JSON.parse(JSON.stringify(backup)));
    expect(await backupCouncil(target, la)).toEqual(backup);
    expect(await forecastOf(target, la)).toEqual(await forecastOf(source, la));
    const strip = ({ id: _, ...entry }: { id: number }) => entry;
    expect((await target.council(la).audit()).map(strip)).toEqual(
      (await source.council(la).audit()).map(strip),
    );
  });

  it("refuses a council that has data unless asked to replace it", async () => {
    const target = await fresh();
    await restoreCouncil(target, backup);
    await expect(restoreCouncil(target, backup)).rejects.toThrow(/already has data .*--replace/);
    await restoreCouncil(target, backup, { replace: true });
    expect(await backupCouncil(target, la)).toEqual(backup);
  });

  it("leaves the target as it was when a row in the middle is corrupt", async () => {
    const target = await fresh();
    await target.saveCouncil({ la, name: "Old name", region: "Nowhere", demo: false });
    await target
      .council(la)
      .replace("terms", [{ start: "2024-09-04", end: "2024-12-20", name: "Autumn" }], ACTOR);
    const before = await backupCouncil(target, la);
    const corrupt: CouncilBackup = structuredClone(backup);
    const placements = corrupt.tables.placements ?? [];
    (placements[Math.floor(placements.length / 2)] as Record<string, unknown>).weekly_cost = null;
    await expect(restoreCouncil(target, corrupt, { replace: true })).rejects.toThrow(
      /backup table placements: .*nothing was restored/,
    );
    expect(await backupCouncil(target, la)).toEqual(before);

    const empty = await fresh();
    await expect(restoreCouncil(empty, corrupt)).rejects.toThrow(StoreError);
    expect(await empty.councils()).toEqual([]);
  });

  it("refuses a backup of another schema, or anything that is not a backup, saying why", async () => {
    const target = await fresh();
    await expect(restoreCouncil(target, { ...backup, schema: "0003-ssda903" })).rejects.toThrow(
      /backup is of schema 0003-ssda903, and this store is at \d{4}-/,
    );
    await expect(restoreCouncil(target, { hello: "world" })).rejects.toThrow(/not an Outturn council backup/);
    await expect(restoreCouncil(target, { ...backup, tables: { users: [] } })).rejects.toThrow(/"users"/);
    expect(await target.councils()).toEqual([]);
  });
});

describe("outturn backup and restore", () => {
  let dir = "";
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "outturn-backup-"));
    const store = await openSqliteStore(join(dir, "from.sqlite"));
    await store.migrate();
    await store.saveCouncil({ la: "901", name: "Alphashire", region: "West Midlands", demo: false });
    await store
      .council("901")
      .replace("terms", [{ start: "2024-09-04", end: "2024-12-20", name: "Autumn" }], ACTOR);
    await store.close();
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("round-trips a council through a gzipped file, and the restored trail reads with `outturn audit`", async () => {
    const file = join(dir, "alphashire.json.gz");
    const made = await outturn(["--store", join(dir, "from.sqlite"), "backup", "--la", "901", "--out", file]);
    expect(made.stderr).toBe("");
    expect(made.stdout).toMatch(/Backed up Alphashire \(901, schema \d{4}-[a-z-]+\)/);
    const to = ["--store", join(dir, "to.sqlite")];
    expect((await outturn([...to, "restore", file])).stdout).toContain("Restored Alphashire (901)");
    const again = await outturn([...to, "restore", file]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already has data .*--replace.*nothing was restored/);
    const audit = await outturn([...to, "audit", "--la", "901"]);
    expect(audit.stdout).toMatch(
      /^at,by,source,register,key,field,old,new\n2024-11-01T09:00:00Z,test,test,terms,2024-09-04,\*,/,
    );
  });
});
