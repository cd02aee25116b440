/** Closing a period over the API: the forecast is frozen once, with who closed it (the signed-in user), and never again. */
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { forecastOutturn } from "../../src/domain/outturn/forecast.js";
import { buildServer } from "../../src/server/app.js";
import { actual, budgetLine, placement } from "../../src/store/sample-rows.js";
import { openSqliteStore } from "../../src/store/sqlite.js";
import type { Store } from "../../src/store/store.js";
import { type SignedIn, signedIn } from "../support/sign-in.js";

const NOW = "2024-11-04T10:15:00.000Z";
const IMPORT = { by: "ana", source: "import", at: "2024-11-01T09:00:00.000Z" };
let store: Store;
let app: FastifyInstance;
let ben: SignedIn;
let cal: SignedIn;

beforeAll(async () => {
  store = await openSqliteStore(":memory:");
  await store.migrate();
  await store.saveCouncil({ la: "901", name: "Alphashire", region: "West Midlands", demo: true });
  const alpha = store.council("901");
  await alpha.replace("budget-lines", [budgetLine(1)], IMPORT);
  await alpha.replace("placements", [placement(1)], IMPORT);
  await alpha.replace("actuals", [actual(1, { period: 7 })], IMPORT);
  app = await buildServer({ store, clock: () => new Date(NOW) });
  ben = await signedIn(app, store, "finance-officer");
  cal = await signedIn(app, store, "administrator");
});

afterAll(async () => {
  await app.close();
  await store.close();
});

const close = (period: string, by = ben) =>
  by.inject({ method: "POST", url: `/api/councils/901/periods/${period}/close` });

describe("POST /api/councils/:la/periods/:period/close", () => {
  it("freezes the period's forecast with who closed it and when", async () => {
    const response = await close("2024-25:P7");
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      period: "2024-25:P7",
      frozenBy: ben.username,
      frozenAt: NOW,
      source: "api",
    });
    const P7 = { year: "2024-25", period: 7 } as const;
    const expected = forecastOutturn(await store.council("901").registers(), P7);
    expect(response.json().total).toEqual(expected.total);
    expect((await store.council("901").snapshot(P7))?.forecast).toEqual(expected);
  });

  it("refuses to close a period twice, a period that cannot be, or for a role that may not", async () => {
    const again = await close("2024-25:P7", cal);
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toContain(`2024-25:P7 is already closed for council 901 (by ${ben.username}`);
    expect((await close("2024-25:P13")).statusCode).toBe(400);
    const analyst = await signedIn(app, store, "analyst");
    expect((await close("2024-25:P6", analyst)).statusCode).toBe(403);
    expect((await close("2024-25:P6", cal)).statusCode).toBe(201);
    expect((await store.council("901").snapshots()).map((s) => [s.period, s.frozenBy])).toEqual([
      ["2024-25:P6", cal.username],
      ["2024-25:P7", ben.username],
    ]);
  });
});
