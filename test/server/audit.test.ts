/**
 * The audit trail on the web: an officer changes a figure through the API and sees it at the top of
 * /audit with who, from and to; the filters and the history of one figure; pages of 50; a long value
 * shortened on the page and whole in the CSV; the CSV and Excel exports of what the filters keep; a
 * member is refused, and another council's trail is not found.
 */
import ExcelJS from "exceljs";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildServer } from "../../src/server/app.js";
import { placement } from "../../src/store/sample-rows.js";
import { openSqliteStore } from "../../src/store/sqlite.js";
import type { Store } from "../../src/store/store.js";
import { type SignedIn, signedIn } from "../support/sign-in.js";

const IMPORT = { by: "ana", source: "import placements.csv", at: "2024-10-01T09:00:00.000Z" };
const LONG = `plan ${"x".repeat(5000)} end`;
let store: Store;
let app: FastifyInstance;
let officer: SignedIn;

beforeAll(async () => {
  store = await openSqliteStore(":memory:");
  await store.migrate();
  await store.saveCouncil({ la: "901", name: "Alphashire", region: "West Midlands", demo: false });
  await store.saveCouncil({ la: "902", name: "Betashire", region: "West Midlands", demo: false });
  const rows = Array.from({ length: 60 }, (_, i) => placement(i + 1));
  await store.council("901").replace("placements", rows, IMPORT);
  await store
    .council("901")
    .updateFigure("placements", "PL7", "provider", LONG, { ...IMPORT, source: "cli" });
  await store.council("902").replace("placements", [placement(1)], { ...IMPORT, by: "bea" });
  app = await buildServer({ store, clock: () => new Date("2024-11-04T10:15:00.000Z") });
  officer = await signedIn(app, store, "finance-officer", "901");
});

afterAll(async () => {
  await app.close();
  await store.close();
});

/** The page's table rows, each as its cells' text. */
const rowsOf = (body: string) =>
  [...(body.split("<tbody>")[1] ?? "").matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) =>
    [...(m[1] ?? "").matchAll(/<td>([\s\S]*?)<\/td>/g)].map((c) =>
      (c[1] ?? "").replace(/<[^>]+>/g, "").trim(),
    ),
  );

describe("GET /audit", () => {
  it("shows a figure changed through the API at the top, with who, where, from and to", async () => {
    const patch = await officer.inject({
      method: "PATCH",
      url: "/api/councils/901/registers/placements/PL3",
      payload: { field: "weeklyCost", value: 512_300 },
    });
    expect(patch.statusCode).toBe(204);
    const page = await officer.inject("/audit?la=901");
    expect(page.statusCode).toBe(200);
    expect(rowsOf(page.body)[0]).toEqual([
      "2024-11-04 10:15",
      officer.username,
      "api",
      "placements",
      "PL3",
      "weeklyCost",
      "486000",
      "512300",
      "history",
    ]);
  });

  it("filters by register, row and field: the history of one figure, linked from each row", async () => {
    const page = await officer.inject("/audit?la=901");
    expect(page.body).toContain(
      'href="/audit?la=901&amp;register=placements&amp;key=PL3&amp;field=weeklyCost"',
    );
    const history = rowsOf(
      (await officer.inject("/audit?la=901&register=placements&key=PL3&field=weeklyCost")).body,
    );
    expect(history.map((r) => [r[1], r[6], r[7]])).toEqual([[officer.username, "486000", "512300"]]);
    const byPerson = rowsOf((await officer.inject("/audit?la=901&by=ana&key=PL7")).body);
    expect(byPerson.map((r) => [r[2], r[5]])).toEqual([
      ["cli", "provider"],
      ["import placements.csv", "whole row"],
    ]);
    expect((await officer.inject("/audit?la=901&from=2024-11-05")).body).toContain("No changes match.");
    expect(rowsOf((await officer.inject("/audit?la=901&to=2024-10-01")).body)).toHaveLength(50);
    expect((await officer.inject("/audit?la=901&register=nonsense")).statusCode).toBe(400);
    expect((await officer.inject("/audit?la=901&from=1%2F10%2F2024")).statusCode).toBe(400);
  });

  it("pages 50 changes at a time, newest first", async () => {
    const first = await officer.inject("/audit?la=901");
    expect(rowsOf(first.body)).toHaveLength(50);
    expect(first.body).toContain('href="/audit?la=901&amp;page=2"');
    const second = rowsOf((await officer.inject("/audit?la=901&page=2")).body);
    expect(second).toHaveLength(62 - 50);
    expect(second.at(-1)?.[4]).toBe("PL1");
  });

  it("shortens a long value on the page", async () => {
    const [row] = rowsOf((await officer.inject("/audit?la=901&key=PL7&field=provider")).body);
    expect(row?.[7]).toMatch(/^plan x+… \(5,009 characters; the export holds it whole\)$/);
    expect(row?.[7]?.length).toBeLessThan(200);
  });
});

describe("the audit exports", () => {
  it("give every change the filters keep, whole, as CSV", async () => {
    const csv = await officer.inject("/audit.csv?la=901&key=PL7");
    expect(csv.statusCode).toBe(200);
    expect(csv.headers["content-disposition"]).toContain("901-audit.csv");
    const lines = csv.body.trim().split("\n");
    expect(lines[0]).toBe("at,by,source,register,key,field,old,new");
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(LONG);
    const all = await officer.inject("/audit.csv?la=901");
    expect(all.body.trim().split("\n")).toHaveLength(1 + 62);
  });

  it("give the same changes as an Excel workbook", async () => {
    const xlsx = await officer.inject("/audit.xlsx?la=901&register=placements&key=PL3");
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(xlsx.rawPayload).buffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.rowCount).toBe(3);
    expect(sheet?.getRow(2).values).toEqual([
      undefined,
      "2024-11-04T10:15:00.000Z",
      officer.username,
      "api",
      "placements",
      "PL3",
      "weeklyCost",
      486000,
      512300,
    ]);
  });
});

describe("who may read the audit trail", () => {
  it("refuses a member the page and both exports", async () => {
    const member = await signedIn(app, store, "member", "901");
    for (const url of ["/audit?la=901", "/audit.csv?la=901", "/audit.xlsx?la=901"])
      expect((await member.inject(url)).statusCode, url).toBe(403);
  });

  it("finds no trail of another council", async () => {
    for (const url of ["/audit?la=902", "/audit.csv?la=902", "/audit.xlsx?la=902"]) {
      const response = await officer.inject(url);
      expect(response.statusCode, url).toBe(404);
      expect(response.body).not.toContain("bea");
    }
  });
});
