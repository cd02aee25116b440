/**
 * Pages kept between requests: two people of the same role each see their own name and CSRF token on
 * a page made once; a member and an officer never share one; and a change to the council's data,
 * through the server is in the very next answer, and one through another handle on the same store
 * file (as an import from the command line would be) within a second.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDemo } from "../../src/demo/load-demo.js";
import { buildServer } from "../../src/server/app.js";
import { openSqliteStore } from "../../src/store/sqlite.js";
import type { Store } from "../../src/store/store.js";
import { type SignedIn, signedIn } from "../support/sign-in.js";

let dir: string;
let store: Store;
let app: FastifyInstance;
let first: SignedIn;
let second: SignedIn;
let member: SignedIn;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "outturn-cache-"));
  store = await openSqliteStore(join(dir, "outturn.sqlite"));
  await store.migrate();
  await loadDemo(store, { by: "demo generator", source: "demo", at: "2024-11-01T00:00:00.000Z" });
  app = await buildServer({ store, clock: () => new Date("2024-11-04T10:00:00Z") });
  first = await signedIn(app, store, "finance-officer", "DEMO");
  second = await signedIn(app, store, "finance-officer", "DEMO");
  member = await signedIn(app, store, "member", "DEMO");
}, 300_000);

afterAll(async () => {
  await app?.close();
  await store?.close();
  await rm(dir, { recursive: true, force: true });
});

const forecastTotal = async (who: SignedIn) =>
  ((await who.inject({ url: "/api/councils/DEMO/forecast" })).json() as { total: { forecast: number } }).total
    .forecast;

/** The forecast total a server that has kept nothing answers, from the same store. */
async function freshTotal(who: SignedIn): Promise<number> {
  const fresh = await buildServer({ store, clock: () => new Date("2024-11-04T10:00:00Z") });
  const response = await fresh.inject({
    url: "/api/councils/DEMO/forecast",
    headers: { cookie: who.cookie },
  });
  await fresh.close();
  return (response.json() as { total: { forecast: number } }).total.forecast;
}

describe("pages kept between requests", () => {
  it("are addressed to each person: their own name and CSRF token, never another's", async () => {
    const pages = await Promise.all([first, second, first].map((who) => who.inject({ url: "/scrutiny" })));
    for (const page of pages) expect(page.statusCode).toBe(200);
    const [mine, theirs, again] = pages.map((p) => p.body);
    expect(again).toBe(mine);
    expect(mine).toContain(`data-viewer="${first.username}"`);
    expect(mine).toContain(`value="${first.csrf}"`);
    expect(mine).not.toContain(second.username);
    expect(mine).not.toContain(second.csrf);
    expect(theirs).toContain(`data-viewer="${second.username}"`);
    expect(theirs).toContain(`value="${second.csrf}"`);
    expect(theirs).not.toContain(first.csrf);
    expect(mine).not.toMatch(/outturn(user|name|csrf)[0-9a-f]{24}/);
  });

  it("are never shared between a member and an officer", async () => {
    const officer = (await first.inject({ url: "/api/councils/DEMO/forecast" })).json();
    const asMember = (await member.inject({ url: "/api/councils/DEMO/forecast" })).json();
    expect(officer.items.length).toBeGreaterThan(0);
    expect(asMember.items).toEqual([]);
    expect((await first.inject({ url: "/api/councils/DEMO/forecast" })).json()).toEqual(officer);
  });

  it("follow a change made through the server", async () => {
    const before = await forecastTotal(first);
    const [placement] = (await store.council("DEMO").rows("placements")).filter((p) => p.end === null);
    if (!placement) throw new Error("Demoshire has open placements");
    const patch = await first.inject({
      method: "PATCH",
      url: `/api/councils/DEMO/registers/placements/${placement.placementRef}`,
      payload: { field: "weeklyCost", value: placement.weeklyCost + 100_000 },
    });
    expect(patch.statusCode).toBe(204);
    const after = await forecastTotal(second);
    expect(after).not.toBe(before);
    expect(after).toBe(await freshTotal(second));
  });

  it("follow a change made by another process on the same store", async () => {
    const before = await forecastTotal(first);
    const other = await openSqliteStore(join(dir, "outturn.sqlite"));
    const [placement] = (await other.council("DEMO").rows("placements")).filter((p) => p.end === null);
    if (!placement) throw new Error("Demoshire has open placements");
    await other
      .council("DEMO")
      .updateFigure("placements", placement.placementRef, "weeklyCost", placement.weeklyCost + 200_000, {
        by: "cli user",
        source: "cli",
        at: "2024-11-04T10:05:00Z",
      });
    await other.close();
    // This server trusts the version it read for up to a second: a change from elsewhere shows after that.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const after = await forecastTotal(first);
    expect(after).not.toBe(before);
    expect(after).toBe(await freshTotal(first));
  });
});
