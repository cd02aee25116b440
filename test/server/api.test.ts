/**
 * The JSON API on the real SQLite store: the forecast adds up, a changed weekly cost is audited
 * with who made it, and bad requests get a clear refusal that changes nothing.
 */
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDemo } from "../../src/demo/load-demo.js";
import { buildServer } from "../../src/server/app.js";
import { openSqliteStore } from "../../src/store/sqlite.js";
import type { Store } from "../../src/store/store.js";

const NOW = "2024-11-04T10:15:00.000Z";
let store: Store;
let app: FastifyInstance;

beforeAll(async () => {
  store = await openSqliteStore(":memory:");
  await store.migrate();
  await loadDemo(store, { by: "demo generator", source: "demo", at: "2024-11-01T00:00:00.000Z" });
  app = await buildServer({ store, clock: () => new Date(NOW) });
});

afterAll(async () => {
  await app.close();
  await store.close();
});

const audit = async () =>
  (await app.inject({ url: "/api/councils/DEMO/audit" })).json() as { by: string; field: string }[];

describe("the API", () => {
  it("forecasts at the latest period with actuals when no period is given", async () => {
    const response = await app.inject({ url: "/api/councils/DEMO/forecast" });
    expect(response.statusCode).toBe(200);
    const outturn = response.json();
    expect(outturn.period).toBe("2024-25:P7");
    const forecast = outturn.lines.reduce((t: number, l: { forecast: number }) => t + l.forecast, 0);
    expect(forecast).toBe(outturn.total.forecast);
  });

  it("changes a placement's weekly cost and audits who changed it, when, from what to what", async () => {
    const placements = (await app.inject({ url: "/api/councils/DEMO/registers/placements" })).json();
    const placement = placements.find(
      (p: { end: string | null; weeklyCost: number }) => p.end === null && p.weeklyCost > 0,
    );
    const response = await app.inject({
      method: "PATCH",
      url: `/api/councils/DEMO/registers/placements/${placement.placementRef}`,
      payload: { field: "weeklyCost", value: placement.weeklyCost + 10_000, by: "A. Finance" },
    });
    expect(response.statusCode).toBe(204);
    expect((await audit()).at(-1)).toEqual(
      expect.objectContaining({
        at: NOW,
        by: "A. Finance",
        source: "api",
        register: "placements",
        key: placement.placementRef,
        field: "weeklyCost",
        oldValue: String(placement.weeklyCost),
        newValue: String(placement.weeklyCost + 10_000),
      }),
    );
  });

  it("refuses a change with no author, a fractional penny, or an unknown row, and records nothing", async () => {
    const before = (await audit()).length;
    const placements = (await app.inject({ url: "/api/councils/DEMO/registers/placements" })).json();
    const ref = placements[0].placementRef;
    const patch = (key: string, payload: object) =>
      app.inject({ method: "PATCH", url: `/api/councils/DEMO/registers/placements/${key}`, payload });
    const noAuthor = await patch(ref, { field: "weeklyCost", value: 100 });
    expect(noAuthor.statusCode).toBe(400);
    expect(noAuthor.json().error).toContain("by");
    expect((await patch(ref, { field: "weeklyCost", value: 100.5, by: "x" })).statusCode).toBe(400);
    expect((await patch("NO-SUCH-REF", { field: "weeklyCost", value: 100, by: "x" })).statusCode).toBe(400);
    expect((await audit()).length).toBe(before);
  });

  it("answers 404 for a council or register that does not exist", async () => {
    expect((await app.inject({ url: "/api/councils/NOPE/forecast" })).statusCode).toBe(404);
    expect((await app.inject({ url: "/api/councils/DEMO/registers/nope" })).statusCode).toBe(404);
  });
});
