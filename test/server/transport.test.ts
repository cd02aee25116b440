/**
 * The SEND transport pages over the real server and Demoshire in SQLite: the comparison and each
 * scenario's page for a member (no editor, no solve, no map, no pupil ref) and an analyst; the editor's
 * add, change and remove with errors naming the field; posts from another site refused; a solve with
 * a tiny iteration budget that stores its plan, after which the comparison shows its saving; a failed
 * solve that changes nothing; and the job's progress in words.
 */
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDemo } from "../../src/demo/load-demo.js";
import { formatPounds } from "../../src/domain/money/money.js";
import type { ScenarioResult } from "../../src/domain/transport/scenarios/model.js";
import { buildServer } from "../../src/server/app.js";
import { solvingBar } from "../../src/server/pages/transport-progress.js";
import { progressWords, transportJobs } from "../../src/server/transport-jobs.js";
import { openSqliteStore } from "../../src/store/sqlite.js";
import type { Store } from "../../src/store/store.js";
import { type SignedIn, signedIn } from "../support/sign-in.js";

const ORIGIN = { origin: "http://localhost:80" };
const FORM = { "content-type": "application/x-www-form-urlencoded" };
const SHARED = "/transport/scenarios/Shared%20routes";
let store: Store;
let app: FastifyInstance;
let member: SignedIn;
let officer: SignedIn;
let pupilRefs: string[];

beforeAll(async () => {
  store = await openSqliteStore(":memory:");
  await store.migrate();
  await loadDemo(store, { by: "demo generator", source: "demo", at: "2024-11-01T00:00:00.000Z" });
  const clock = () => new Date("2024-11-04T10:00:00Z");
  // A tiny iteration budget on one worker: the time limit never binds, so the plan is the same every run.
  const transportSolve = { iterations: 5, secondsPerRun: 600, workers: 1 };
  app = await buildServer({ store, clock, transportSolve });
  member = await signedIn(app, store, "member", "DEMO");
  officer = await signedIn(app, store, "analyst", "DEMO");
  pupilRefs = (await store.council("DEMO").rows("transport-needs")).map((n) => n.pupilRef);
});

afterAll(async () => {
  await app?.close();
  await store?.close();
});

const post = (
  who: SignedIn,
  url: string,
  body: Record<string, string> = {},
  headers: Record<string, string | undefined> = ORIGIN,
) =>
  who.inject({
    method: "POST",
    url,
    headers: { ...FORM, ...headers },
    payload: new URLSearchParams(body).toString(),
  });
const tableCell = (body: string, table: string, row: string, column: string) => {
  const t = new RegExp(`<table data-table="${table}">([\\s\\S]*?)</table>`).exec(body)?.[1] ?? "";
  const r = new RegExp(`<tr[^>]*><td[^>]*>${row}</td>([\\s\\S]*?)</tr>`).exec(t)?.[1] ?? "";
  return new RegExp(`data-column="${column}"[^>]*>([^<]*)<`).exec(r)?.[1];
};
const COMPARISON = "Transport scenarios against today";
const plans = () => store.council("DEMO").rows("transport-plans");
const pupilsIn = (body: string) => pupilRefs.filter((ref) => body.includes(ref));

/** Waits for the council's job to end (the solver runs on worker threads) and returns its last status. */
async function finished(who: SignedIn) {
  for (;;) {
    const status = (await who.inject({ url: "/api/transport/jobs/current" })).json();
    if (status.state !== "running") return status;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe("the transport pages", () => {
  it("compare every scenario under Transport in the nav; an analyst also gets Solve buttons and the editor", async () => {
    const page = await member.inject({ url: "/transport" });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("<strong>Transport</strong>");
    for (const name of ["Shared routes", "Pick-up points 800 m", "Personal budgets 45p", "With Marchford"])
      expect(tableCell(page.body, COMPARISON, name, "plan")).toBe("not solved yet");
    expect(page.body).toMatch(
      /Today&#39;s arrangements on 4 November 2024 carry the [\d,]+ pupils of the transport book on [\d,]+ routes for £[\d,]+ a day/,
    );
    expect(page.body).not.toContain("scenario-editor");
    expect(page.body).not.toContain("data-solve");
    const officers = await officer.inject({ url: "/transport" });
    expect(officers.body).toContain('id="scenario-editor"');
    expect(officers.body.match(/data-solve="/g)).toHaveLength(5);
    const home = await member.inject({ url: "/" });
    expect(home.body).toContain('href="/transport?la=DEMO');
  });

  it("answers an unknown scenario with a 404 naming the scenarios there are", async () => {
    const page = await member.inject({ url: "/transport/scenarios/Nope" });
    expect(page.statusCode).toBe(404);
    expect(page.body).toContain("No transport scenario &quot;Nope&quot; for Demoshire: the scenarios are");
  });

  it("refuses a member what only officers may do, and posts from another site anywhere", async () => {
    const solve = await post(member, `${SHARED}/solve`);
    expect(solve.statusCode).toBe(403);
    expect(solve.body).toContain("A member may not change or solve scenarios");
    expect((await member.inject({ url: `${SHARED}/routes.xlsx` })).statusCode).toBe(403);
    // The job's progress names no child, so a member's page may poll it too.
    const api = await member.inject({ url: "/api/transport/jobs/current" });
    expect(api.statusCode).toBe(200);
    expect(api.json().state).toBe("idle");
    const elsewhere = await post(officer, `${SHARED}/solve`, {}, { origin: "http://evil.example" });
    expect(elsewhere.statusCode).toBe(403);
    expect(elsewhere.body).toContain("must be sent from Outturn&#39;s own page");
    const add = await post(
      officer,
      "/transport/scenarios",
      { scenario: "X", policy: "shared-routes" },
      { origin: undefined },
    );
    expect(add.statusCode).toBe(403);
    expect((await officer.inject({ url: "/api/transport/jobs/current" })).json().state).toBe("idle");
    expect(await plans()).toEqual([]);
    expect((await store.council("DEMO").rows("transport-scenarios")).map((s) => s.scenario)).not.toContain(
      "X",
    );
  });
});

describe("the scenario editor", () => {
  it("adds, changes and removes a scenario, naming the field and rule of a bad value", async () => {
    const scenarios = () => store.council("DEMO").rows("transport-scenarios");
    const missing = await post(officer, "/transport/scenarios", {
      scenario: "Walk 500",
      policy: "pick-up-points",
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain(
      '<li data-field="walkingMetres">Walking distance (m): must be given for pick-up-points</li>',
    );
    const saving = await post(officer, "/transport/scenarios", {
      scenario: "Walk 500",
      policy: "pick-up-points",
      walkingMetres: "500",
      saving: "S99",
    });
    expect(saving.statusCode).toBe(400);
    expect(saving.body).toContain(
      "transport-scenarios Walk 500: Saving is &quot;S99&quot;, but must be a Ref in the savings register",
    );
    const added = await post(officer, "/transport/scenarios", {
      scenario: "Walk 500",
      policy: "pick-up-points",
      walkingMetres: "500",
    });
    expect(added.statusCode).toBe(303);
    expect((await scenarios()).find((s) => s.scenario === "Walk 500")?.walkingMetres).toBe(500);

    const form = await officer.inject({ url: "/transport?change=Walk%20500" });
    expect(form.body).toContain('Change scenario "Walk 500"');
    expect(form.body).toContain('<input name="walkingMetres" type="text" value="500">');
    const changed = await post(officer, "/transport/scenarios", {
      original: "Walk 500",
      scenario: "Walk 600",
      policy: "pick-up-points",
      walkingMetres: "600",
    });
    expect(changed.statusCode).toBe(303);
    const names = (await scenarios()).map((s) => s.scenario);
    expect(names).toContain("Walk 600");
    expect(names).not.toContain("Walk 500");

    expect((await post(officer, "/transport/scenarios/remove", { scenario: "Walk 600" })).statusCode).toBe(
      303,
    );
    expect((await scenarios()).map((s) => s.scenario)).not.toContain("Walk 600");
    expect(await scenarios()).toHaveLength(5);
  });
});

describe("solving a scenario", () => {
  it("shows a failed solve's sentence on the scenario's page and keeps nothing", async () => {
    await post(officer, "/transport/scenarios", {
      scenario: "With Nowhere",
      policy: "across-the-border",
      partner: "ZZ1",
    });
    const started = await post(officer, "/transport/scenarios/With%20Nowhere/solve");
    expect(started.statusCode).toBe(303);
    expect((await finished(officer)).state).toBe("failed");
    const page = await officer.inject({ url: "/transport/scenarios/With%20Nowhere" });
    expect(page.body).toContain(
      "The last solve failed, and nothing was changed: Scenario &quot;With Nowhere&quot; plans with council ZZ1, which is not in the store; it holds DEMO, MARCH.",
    );
    expect(await plans()).toEqual([]);
    await post(officer, "/transport/scenarios/remove", { scenario: "With Nowhere" });
  });

  it("solves Shared routes with a tiny budget, keeps the plan, and the comparison then shows its saving", async () => {
    const started = await post(officer, `${SHARED}/solve`);
    expect(started.statusCode).toBe(303);
    expect(started.headers.location).toBe(`${SHARED}?la=DEMO`);
    expect((await finished(officer)).state).toBe("done");
    const [plan, ...more] = await plans();
    expect(more).toEqual([]);
    expect(plan).toMatchObject({ scenario: "Shared routes", seed: 1, seconds: 600, on: "2024-11-04" });
    const result = JSON.parse(plan?.result ?? "") as ScenarioResult;
    expect(result.dailyCost).toBe(plan?.dailyCost);

    const saving = result.current.dailyCost - result.dailyCost;
    const comparison = await member.inject({ url: "/transport" });
    expect(tableCell(comparison.body, COMPARISON, "Shared routes", "saving")).toBe(
      formatPounds(saving, { wholePounds: true }),
    );
    expect(comparison.body).toContain("Scenario &#39;Shared routes&#39; saves");
    const today = formatPounds(result.current.dailyCost, { wholePounds: true });
    expect(comparison.body).toContain(
      `carry the ${result.current.pupils} pupils of the transport book on ${result.current.routes} routes for ${today} a day`,
    );
    expect(pupilsIn(comparison.body)).toEqual([]);

    const members = await member.inject({ url: SHARED });
    expect(members.statusCode).toBe(200);
    expect(members.body).toContain(
      `Scenario &#39;Shared routes&#39; costs ${formatPounds(result.dailyCost, { wholePounds: true })} a day`,
    );
    expect(members.body).not.toContain('data-table="Morning run: routes"');
    expect(members.body).not.toContain("route-map");
    expect(members.body).not.toContain('data-table="Pupils"');
    expect(pupilsIn(members.body)).toEqual([]);

    const officers = await officer.inject({ url: SHARED });
    for (const run of ["morning", "afternoon"] as const) {
      const figure =
        new RegExp(`<figure class="route-map" data-run="${run}"[\\s\\S]*?</figure>`).exec(
          officers.body,
        )?.[0] ?? "";
      expect(figure.match(/<polyline class="route"/g)).toHaveLength(result[run].routes.length);
    }
    expect(officers.body).toContain('<table data-table="Pupils">');
    expect(pupilsIn(officers.body).length).toBeGreaterThan(0);
    const workbook = await officer.inject({ url: `${SHARED}/routes.xlsx` });
    expect(workbook.statusCode).toBe(200);
    expect(workbook.headers["content-disposition"]).toContain("DEMO-transport-Shared-routes.xlsx");
  });
});

describe("a job's progress", () => {
  it("runs one scenario at a time for a council, joined by the same scenario, in words and a bar", async () => {
    const jobs = transportJobs();
    let finish = () => {};
    const work = (progress: (p: { solve: number; problem: string; done: number }) => void) =>
      new Promise<void>((resolve) => {
        progress({ solve: 2, problem: "morning run on 2024-11-04", done: 0.456 });
        finish = resolve;
      });
    expect(jobs.start("DEMO", "Personal budgets 45p", 4, work)?.state).toBe("running");
    const status = jobs.status("DEMO");
    expect(progressWords(status)).toBe("Solving the morning run on 2024-11-04, 2 of 4: 45%");
    expect(solvingBar(status, "/api/transport/jobs/current?la=DEMO").text).toContain(
      '<progress max="1" value="0.364">',
    );
    expect(jobs.start("DEMO", "Personal budgets 45p", 4, work)?.solve).toBe(2);
    expect(jobs.start("DEMO", "Shared routes", 2, work)).toBeNull();
    expect(jobs.status("MARCH").state).toBe("idle");
    finish();
    await jobs.settled();
    expect(jobs.status("DEMO").state).toBe("done");
    jobs.start("DEMO", "Shared routes", 2, () => Promise.reject(new Error("No school day.")));
    await jobs.settled();
    expect(progressWords(jobs.status("DEMO"))).toBe("The solve failed: No school day.");
  });
});
