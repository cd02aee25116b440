/**
 * The demand projection on the web, over the real server and Demoshire in SQLite: the page with its
 * chart, settings, backtest and scenarios; a clear 400 for settings that cannot be; the CSV and
 * workbook downloads with the domain's figures; and the scenario editor, which an analyst has and a
 * member does not, adding and removing a scenario with an audit row each naming the analyst.
 */
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDemo } from "../../src/demo/load-demo.js";
import { type CouncilDemand, councilDemand } from "../../src/report/demand/council-demand.js";
import { DEMAND_CSV_COLUMNS } from "../../src/report/demand/demand-csv.js";
import { councilHistory } from "../../src/report/measures/council-measures.js";
import { buildServer } from "../../src/server/app.js";
import { openSqliteStore } from "../../src/store/sqlite.js";
import type { Store } from "../../src/store/store.js";
import { pdfPages } from "../support/pdf-text.js";
import { type SignedIn, signedIn } from "../support/sign-in.js";

const AS_AT = "2024-10-31";
const ORIGIN: { origin?: string } = { origin: "http://localhost:80" };
const FORM = { "content-type": "application/x-www-form-urlencoded" };
let store: Store;
let app: FastifyInstance;
let member: SignedIn;
let officer: SignedIn;
let domain: CouncilDemand;

beforeAll(async () => {
  store = await openSqliteStore(":memory:");
  await store.migrate();
  await loadDemo(store, { by: "demo generator", source: "demo", at: "2024-11-01T00:00:00.000Z" });
  const clock = () => new Date("2024-11-04T10:00:00Z");
  app = await buildServer({ store, clock });
  member = await signedIn(app, store, "member", "DEMO");
  officer = await signedIn(app, store, "analyst", "DEMO");
  const council = store.council("DEMO");
  const made = councilDemand(await council.registers(), await councilHistory(council), AS_AT);
  if (!made) throw new Error("Demoshire has SSDA903 returns");
  domain = made;
});

afterAll(async () => {
  await app?.close();
  await store?.close();
});

const csvRows = (body: string) => parse(body, { columns: true }) as Record<string, string>[];
const tableCell = (body: string, table: string, row: string, column: string) => {
  const t = new RegExp(`<table data-table="${table}">([\\s\\S]*?)</table>`).exec(body)?.[1] ?? "";
  const r = new RegExp(`<tr[^>]*><td[^>]*>${row}</td>([\\s\\S]*?)</tr>`).exec(t)?.[1] ?? "";
  return new RegExp(`data-column="${column}"[^>]*>([^<]*)<`).exec(r)?.[1];
};
const post = (who: SignedIn, url: string, body: Record<string, string>, headers = ORIGIN) =>
  who.inject({
    method: "POST",
    url,
    headers: { ...FORM, ...headers },
    payload: new URLSearchParams(body).toString(),
  });

describe("the /demand page", () => {
  it("shows the projection with its bands, its settings in words and the backtest beside it, under Demand in the nav", async () => {
    const page = await member.inject({ url: "/demand" });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("<strong>Demand</strong>");
    expect(page.body).toContain('<figure aria-label="Children looked after, projected, with their range">');
    expect(page.body).toContain(
      "Projected day by day from the children looked after at the end of 31 October 2024 for 730 days, to 31 October 2026",
    );
    expect(page.body).toContain(
      "over the reference period 31 October 2023 to 31 October 2024 (367 days, both included)",
    );
    if (!domain.backtest.ok) throw new Error("Demoshire's returns hold a backtest");
    expect(page.body).toContain(domain.backtest.summary);
    const fostering = domain.projection.states.reduce(
      (sum, s, i) => sum + (s.endsWith("- Fostering") ? (domain.projection.initial[i] ?? 0) : 0),
      0,
    );
    expect(tableCell(page.body, "Projected by placement category", "Fostering", "d0")).toBe(
      String(fostering),
    );
    expect(page.body).toMatch(/leave 16 to 18\+ Fostering for Not in care/);
    expect(page.body).toContain('<table data-table="Unit costs and shares">');
    const home = await member.inject({ url: "/" });
    expect(home.body).toContain('href="/demand?la=DEMO');
  });

  it("answers settings that cannot be with a 400 page naming the setting and its rule, and a council without returns with a 404", async () => {
    const months = await member.inject({ url: "/demand?months=60" });
    expect(months.statusCode).toBe(400);
    expect(months.body).toContain("months must be a whole number from 1 to 48");
    const reference = await member.inject({ url: "/demand?reference=2024-03-31..2023-03-31" });
    expect(reference.statusCode).toBe(400);
    expect(reference.body).toContain("reference must be two dates written 2023-03-31..2024-03-31");
    const outside = await member.inject({ url: "/demand?start=2030-03-31" });
    expect(outside.statusCode).toBe(400);
    expect(outside.body).toContain("must lie within what Demoshire&#39;s returns cover");
    const asked = await member.inject({
      url: "/demand?reference=2022-10-31..2023-10-31&start=2023-10-31&months=12",
    });
    expect(asked.statusCode).toBe(200);
    expect(asked.body).toContain("for 366 days, to 31 October 2024");
    await store.saveCouncil({ la: "ZZ9", name: "Newshire", region: "West Midlands", demo: false });
    const newshire = await signedIn(app, store, "member", "ZZ9");
    const none = await newshire.inject({ url: "/demand?la=ZZ9" });
    expect(none.statusCode).toBe(404);
    expect(none.body).toContain(
      "Newshire has no SSDA903 returns loaded, so there is nothing to project from.",
    );
  });
});

describe("the downloads", () => {
  it("writes the daily population, variance and bands by state, as the domain projects them", async () => {
    const response = await officer.inject({ url: "/demand.csv" });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("text/csv");
    const rows = csvRows(response.body);
    expect(Object.keys(rows[0] ?? {})).toEqual([...DEMAND_CSV_COLUMNS]);
    const { projection } = domain;
    expect(rows).toHaveLength((projection.dates.length + 1) * projection.states.length);
    const i = projection.states.indexOf("10 to 16 - Fostering");
    const row = rows.find((r) => r.date === projection.dates[99] && r.state === "10 to 16 - Fostering");
    const population = projection.population[99]?.[i] ?? Number.NaN;
    const variance = projection.variance[99]?.[i] ?? Number.NaN;
    expect(Number(row?.population)).toBe(population);
    expect(Number(row?.upper)).toBeCloseTo(population + 2 * Math.sqrt(variance), 9);
  });

  it("hides from members a state's figure that rounds to 1 to 4, and its band", async () => {
    const { projection } = domain;
    const small = projection.states.findIndex((_, i) => {
      const v = Math.round(projection.population[99]?.[i] ?? 0);
      return v >= 1 && v <= 4;
    });
    expect(small).toBeGreaterThanOrEqual(0);
    const rows = csvRows((await member.inject({ url: "/demand.csv" })).body);
    const row = rows.find((r) => r.date === projection.dates[99] && r.state === projection.states[small]);
    expect(row).toMatchObject({ population: "[c]", variance: "[c]", lower: "[c]", upper: "[c]" });
  });

  it("prints the page as a PDF with its sections", async () => {
    const file = await member.inject({ url: "/demand.pdf" });
    expect(file.statusCode).toBe(200);
    expect(file.headers["content-type"]).toBe("application/pdf");
    expect(file.headers["content-disposition"]).toBe(
      'attachment; filename="demoshire-demand-2024-25-P7.pdf"',
    );
    const text = pdfPages(file.rawPayload).flat().join(" ");
    for (const heading of [
      "Demand and cost projection",
      "Backtest errors",
      "Unit costs and shares",
      "Scenarios",
    ])
      expect(text).toContain(heading);
  });

  it("writes the page's tables as sheets of the workbook", async () => {
    const response = await member.inject({ url: "/demand.xlsx" });
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const names = workbook.worksheets.map((s) => s.name);
    for (const name of [
      "Cover",
      "Projected by placement category",
      "Backtest errors",
      "Moves between states",
      "Entries into care",
      "Cost by financial year",
      "Unit costs and shares",
    ])
      expect(names).toContain(name);
    const cost = workbook.getWorksheet("Cost by financial year");
    const firstYear = domain.cost.years[0];
    expect(cost?.getRow(2).getCell(7).value).toBe(Number(((firstYear?.total ?? 0) / 100).toFixed(2)));
  });
});

describe("the scenario editor", () => {
  const stepDown = {
    scenario: "Step down 10",
    kind: "step-down",
    number: "10",
    by: "2025-10-31",
    saving: "S1",
    note: "Two homes' worth",
  };

  it("is an analyst's only; a member sees scenarios read-only and is refused a post", async () => {
    expect((await officer.inject({ url: "/demand" })).body).toContain('<form class="scenario" method="post"');
    const page = await member.inject({ url: "/demand" });
    expect(page.body).not.toContain('<form class="scenario"');
    expect(page.body).not.toContain("Remove");
    const refused = await post(member, "/demand/scenarios?la=DEMO", stepDown);
    expect(refused.statusCode).toBe(403);
    expect(await store.council("DEMO").rows("demand-scenarios")).toEqual([]);
  });

  it("refuses a post from another site", async () => {
    const response = await post(officer, "/demand/scenarios?la=DEMO", stepDown, {
      origin: "https://elsewhere.example",
    });
    expect(response.statusCode).toBe(403);
    const noOrigin = await post(officer, "/demand/scenarios?la=DEMO", stepDown, { origin: undefined });
    expect(noOrigin.statusCode).toBe(403);
    expect(await store.council("DEMO").rows("demand-scenarios")).toEqual([]);
  });

  it("shows each broken rule of the register, naming the field, and saves nothing", async () => {
    const response = await post(officer, "/demand/scenarios?la=DEMO", {
      scenario: "Half",
      kind: "step-down",
      percent: "5",
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('<li data-field="number">Number: must be given for step-down</li>');
    expect(response.body).toContain('<li data-field="by">By: must be given for step-down</li>');
    expect(response.body).toContain('<li data-field="percent">Percent "5": must be blank for step-down</li>');
    expect(response.body).toContain('name="scenario" type="text" value="Half"');
    expect(await store.council("DEMO").rows("demand-scenarios")).toEqual([]);
  });

  it("adds a scenario, which then stands beside the base with its rate changes; removing it leaves the base alone", async () => {
    const before = await officer.inject({ url: "/demand.csv" });
    const added = await post(officer, "/demand/scenarios?la=DEMO", stepDown);
    expect(added.statusCode).toBe(303);
    expect(added.headers.location).toBe("/demand?la=DEMO&period=2024-25%3AP7#scenarios");
    const page = await officer.inject({ url: "/demand" });
    expect(page.body).toContain("1 saved scenario,");
    expect(page.body).toMatch(/adds 0\.000\d+ a day to 10 to 16 - Residential → 10 to 16 - Fostering/);
    expect(tableCell(page.body, "Scenarios saved", "Step down 10", "saving")).toBe("S1");
    expect(page.body).toMatch(/<a href="\/savings\/S1\?la=DEMO[^"]*">S1<\/a>/);
    const comparison = csvRows((await officer.inject({ url: "/demand-scenarios.csv" })).body);
    const cost = comparison.find((r) => r.measure === "Cost (£)" && r.when === "2025-26");
    expect(Number(cost?.difference)).toBeLessThan(0);
    const audit = (await store.council("DEMO").audit()).filter((e) => e.register === "demand-scenarios");
    expect(audit.map((e) => [e.by, e.key, e.field, e.oldValue])).toEqual([
      [officer.username, "Step down 10", "*", null],
    ]);

    const removed = await post(officer, "/demand/scenarios/remove?la=DEMO", { scenario: "Step down 10" });
    expect(removed.statusCode).toBe(303);
    const after = await officer.inject({ url: "/demand" });
    expect(after.body).toContain("No scenario is saved yet.");
    expect((await officer.inject({ url: "/demand.csv" })).body).toBe(before.body);
    const trail = (await store.council("DEMO").audit()).filter((e) => e.register === "demand-scenarios");
    expect(trail.map((e) => [e.by, e.key, e.newValue])).toEqual([
      [officer.username, "Step down 10", expect.any(String)],
      [officer.username, "Step down 10", null],
    ]);
  });
});
