/**
 * One source of truth over the real server and SQLite store, on Demoshire with its SSDA903 returns:
 * the MTFP page and API price demand on placements from the projection and say so; a scenario that
 * names a saving shows on the savings page, the saving's page and the API; and a council that chooses
 * the demand model for its expected starters gets them in the forecast and on the line's drill-down.
 */
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMOSHIRE_AS_AT, DEMOSHIRE_SEED, generateCouncil } from "../../src/demo/generate.js";
import { STEP_DOWN_10 } from "../../src/domain/demand/scenarios/scenario.fixture.js";
import { REGISTER_FIELD, REGISTER_NAMES } from "../../src/domain/registers.js";
import { buildServer } from "../../src/server/app.js";
import { openSqliteStore } from "../../src/store/sqlite.js";
import type { Store } from "../../src/store/store.js";
import { type SignedIn, signedIn } from "../support/sign-in.js";

const IMPORT = { by: "ana", source: "import", at: "2024-11-01T09:00:00.000Z" };
const demo = generateCouncil({ seed: DEMOSHIRE_SEED, scale: 1, asAt: DEMOSHIRE_AS_AT });
const la = demo.council.la;
let store: Store;
let app: FastifyInstance;
let member: SignedIn;
let finance: SignedIn;

beforeAll(async () => {
  store = await openSqliteStore(":memory:");
  await store.migrate();
  await store.saveCouncil(demo.council);
  const council = store.council(la);
  for (const name of REGISTER_NAMES) {
    const rows = demo.registers[REGISTER_FIELD[name]] as never[];
    if (rows.length > 0) await council.replace(name, rows, IMPORT);
  }
  await council.replaceSsda903(demo.ssda903, IMPORT);
  app = await buildServer({ store, clock: () => new Date("2024-11-04T10:00:00Z") });
  member = await signedIn(app, store, "member", la);
  finance = await signedIn(app, store, "finance-officer", la);
});

afterAll(async () => {
  await app?.close();
  await store?.close();
});

const get = (url: string) => member.inject({ url });

describe("the MTFP from the demand projection", () => {
  it("prices 2026-27 and 2027-28's demand on placements from the projection, on the page and in the API", async () => {
    const page = await get(`/mtfp?la=${la}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(
      "Demand on placements in 2026-27 and 2027-28 is projected by the demand model: the demand model&#39;s projection from 31 October 2024",
    );
    expect(page.body).toContain("Projected by the demand model: £");
    const { plan } = (await get(`/api/councils/${la}/mtfp`)).json();
    expect(plan.demandModel.years).toEqual(["2026-27", "2027-28"]);
    const lines = plan.years[1].lines.filter((l: { ref: string }) => l.ref === "demand:LAC-RES");
    expect(lines[0].basis).toMatch(
      /^Projected by the demand model: £[\d,.]+ in 2026-27 against £[\d,.]+ in 2025-26/,
    );
  });
});

describe("a demand scenario as a saving's evidence", () => {
  beforeAll(async () => {
    await store.council(la).replace("demand-scenarios", [{ ...STEP_DOWN_10, saving: "S1" }], IMPORT);
  });

  it("shows beside S1's drivers, in the savings table's evidence and in the API", async () => {
    const detail = await get(`/savings/S1?la=${la}&period=2024-25:P7`);
    expect(detail.statusCode).toBe(200);
    expect(detail.body).toContain(`<table data-table="Evidence from scenarios">`);
    const tracker = await get(`/savings?la=${la}&period=2024-25:P7`);
    expect(tracker.body).toMatch(
      /Demand scenarios: Scenario &#39;Step down 10&#39; saves £[\d,]+ in 2024-25/,
    );
    const json = (await get(`/api/councils/${la}/savings?period=2024-25:P7`)).json();
    const s1 = json.savings.find((s: { saving: { ref: string } }) => s.saving.ref === "S1");
    expect(s1.scenarios.map((e: { year: string }) => e.year)).toEqual(["2024-25", "2025-26", "2026-27"]);
  });
});

describe("expected starters from the demand model", () => {
  it("are used once the council sets expected-starters-source to 1, and the line says so", async () => {
    const before = (await get(`/api/councils/${la}/forecast?period=2024-25:P7`)).json();
    expect(before.expectedStarters).toBeUndefined();
    const set = await finance.inject({
      method: "PATCH",
      url: `/api/councils/${la}/registers/assumptions/expected-starters-source`,
      payload: { field: "value", value: 1 },
    });
    expect(set.statusCode).toBe(204);
    const after = (await get(`/api/councils/${la}/forecast?period=2024-25:P7`)).json();
    expect(after.expectedStarters.months).toHaveLength(5);
    expect(after.total.forecast).not.toBe(before.total.forecast);
    const line = await get(`/lines/LAC-RES?la=${la}&period=2024-25:P7`);
    expect(line.body).toMatch(
      /Expected starters from the demand model \(.*\): [\d.]+ a month into Children&#39;s homes/,
    );
    // Closing the period freezes the forecast the council sees, starters from the model and all.
    const closed = await finance.inject({
      method: "POST",
      url: `/api/councils/${la}/periods/2024-25:P7/close`,
    });
    expect(closed.statusCode).toBe(201);
    expect(closed.json().total.forecast).toBe(after.total.forecast);
  });
});
