/**
 * The JSON API on the real SQLite store, signed in as a finance officer: the forecast adds up, a
 * changed weekly cost is audited as the signed-in user, and bad requests get a clear refusal that
 * changes nothing.
 */
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDemo } from "../../src/demo/load-demo.js";
import { buildServer } from "../../src/server/app.js";
import { openSqliteStore } from "../../src/store/sqlite.js";
import type { Store } from "../../src/store/store.js";
import { type SignedIn, signedIn } from "../support/sign-in.js";

const NOW = "2024-11-04T10:15:00.000Z";
let store: Store;
let app: FastifyInstance;
let finance: SignedIn;

beforeAll(async () => {
  store = await openSqliteStore(":memory:");
  await store.migrate();
  await loadDemo(store, { by: "demo generator", source: "demo", at: "2024-11-01T00:00:00.000Z" });
  app = await buildServer({ store, clock: () => new Date(NOW) });
  finance = await signedIn(app, store, "finance-officer", "DEMO");
});

afterAll(async () => {
  await app.close();
  await store.close();
});

const audit = async () =>
  (await finance.inject({ url: "/api/councils/DEMO/audit" })).json() as { by: string; field: string }[];

describe("the API", () => {
  it("forecasts at the latest period with actuals when no period is given", async () => {
    const response = await finance.inject({ url: "/api/councils/DEMO/forecast" });
    expect(response.statusCode).toBe(200);
    const outturn = response.json();
    expect(outturn.period).toBe("2024-25:P7");
    const forecast = outturn.lines.reduce((t: number, l: { forecast: number }) => t + l.forecast, 0);
    expect(forecast).toBe(outturn.total.forecast);
  });

  it("changes a placement's weekly cost and audits who changed it (the signed-in user), when, from what to what", async () => {
    const placements = (await finance.inject({ url: "/api/councils/DEMO/registers/placements" })).json();
    const placement = placements.find(
      (p: { end: string | null; weeklyCost: number }) => p.end === null && p.weeklyCost > 0,
    );
    const response = await finance.inject({
      method: "PATCH",
      url: `/api/councils/DEMO/registers/placements/${placement.placementRef}`,
      // A `by` in the body is ignored: the change is the signed-in user's.
      payload: { field: "weeklyCost", value: placement.weeklyCost + 10_000, by: "A. Finance" },
    });
    expect(response.statusCode).toBe(204);
    expect((await audit()).at(-1)).toEqual(
      expect.objectContaining({
        at: NOW,
        by: finance.username,
        source: "api",
        register: "placements",
        key: placement.placementRef,
        field: "weeklyCost",
        oldValue: String(placement.weeklyCost),
        newValue: String(placement.weeklyCost + 10_000),
      }),
    );
  });

  it("refuses a change with no field, a fractional penny, or an unknown row, and records nothing", async () => {
    const before = (await audit()).length;
    const placements = (await finance.inject({ url: "/api/councils/DEMO/registers/placements" })).json();
    const ref = placements[0].placementRef;
    const patch = (key: string, payload: object) =>
      finance.inject({ method: "PATCH", url: `/api/councils/DEMO/registers/placements/${key}`, payload });
    const noField = await patch(ref, { value: 100 });
    expect(noField.statusCode).toBe(400);
    expect(noField.json().error).toContain("field");
    expect((await patch(ref, { field: "weeklyCost", value: 100.5, by: "x" })).statusCode).toBe(400);
    expect((await patch("NO-SUCH-REF", { field: "weeklyCost", value: 100, by: "x" })).statusCode).toBe(400);
    expect((await audit()).length).toBe(before);
  });

  it("answers 404 for a council or register that does not exist, and for another council", async () => {
    expect((await finance.inject({ url: "/api/councils/NOPE/forecast" })).statusCode).toBe(404);
    expect((await finance.inject({ url: "/api/councils/DEMO/registers/nope" })).statusCode).toBe(404);
    expect((await finance.inject({ url: "/api/councils/MARCH/forecast" })).statusCode).toBe(404);
    expect((await finance.inject({ url: "/api/councils" })).json()).toEqual([
      { la: "DEMO", name: "Demoshire", region: "West Midlands", demo: true },
    ]);
  });

  it("refuses a scrutiny change that breaks a rule across the registers, naming it, and changes nothing", async () => {
    const [action] = await store.council("DEMO").rows("scrutiny-actions");
    if (!action) throw new Error("Demoshire has scrutiny actions");
    const before = (await audit()).length;
    const response = await finance.inject({
      method: "PATCH",
      url: `/api/councils/DEMO/registers/scrutiny-actions/${action.ref}`,
      payload: { field: "recommendation", value: "REC-NONE" },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toContain('Recommendation is "REC-NONE"');
    expect((await store.council("DEMO").rows("scrutiny-actions"))[0]).toEqual(action);
    expect((await audit()).length).toBe(before);
  });
});
