/**
 * Every route, every role, on Demoshire: the route table is enumerated, each parameter filled from a
 * table of samples (a route with a parameter that has none fails the test). Without a session a
 * route sends the browser to sign in (the API answers 401); a role is refused with 403 exactly when
 * it lacks the route's permission, and is let through otherwise; a member's responses carry no
 * child, placement or pupil reference; and every change is refused without the session's CSRF
 * token, changing nothing, while the same request with the token does change something.
 */
import { createHash } from "node:crypto";
import ExcelJS from "exceljs";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDemo } from "../../src/demo/load-demo.js";
import { can, ROLES, type Role } from "../../src/domain/access/roles.js";
import { CSRF_HEADER } from "../../src/server/access.js";
import { buildServer } from "../../src/server/app.js";
import { type RouteEntry, routeTable } from "../../src/server/sign-in/guard.js";
import { openSqliteStore } from "../../src/store/sqlite.js";
import type { Store } from "../../src/store/store.js";
import { SAME_ORIGIN, type SignedIn, signedIn } from "../support/sign-in.js";

let store: Store;
let app: FastifyInstance;
let routes: RouteEntry[];
let as: Record<Role, SignedIn>;
let placementRef: string;
const childRefs = new Set<string>();

beforeAll(async () => {
  store = await openSqliteStore(":memory:");
  await store.migrate();
  await loadDemo(store, { by: "demo generator", source: "demo", at: "2024-11-01T00:00:00.000Z" });
  const transportSolve = { iterations: 1, secondsPerRun: 600, workers: 1 };
  app = await buildServer({ store, clock: () => new Date("2024-11-04T10:00:00Z"), transportSolve });
  // A probe stops a request after the guard has let it through (the handler does not run), so each
  // role's verdict on a costly route is checked without printing its PDF again.
  app.addHook("preHandler", async (request, reply) => {
    if (request.headers["x-probe"]) return reply.code(299).send();
  });
  await app.ready();
  routes = routeTable(app);
  const entries = await Promise.all(ROLES.map(async (r) => [r, await signedIn(app, store, r, "DEMO")]));
  as = Object.fromEntries(entries);
  const demo = store.council("DEMO");
  const placements = await demo.rows("placements");
  placementRef = placements.find((p) => p.end === null)?.placementRef ?? "";
  for (const p of placements) childRefs.add(p.placementRef).add(p.childRef);
  for (const p of await demo.rows("htst-pupils")) childRefs.add(p.pupilRef);
  for (const n of await demo.rows("transport-needs")) childRefs.add(n.pupilRef);
}, 300_000);

afterAll(async () => {
  await app?.close();
  await store?.close();
});

/** A value for each path parameter: first for a route starting with the prefix, then for any route. */
const SAMPLES: readonly [prefix: string, param: string, value: string][] = [
  ["/savings/", "ref", "S1"],
  ["/scrutiny/", "ref", "REC-24-a"],
  ["/committee-reports/", "ref", "CR-24-11"],
  // Solving a real scenario would start the solver: a name that is not there is enough to pass the guard.
  ["/transport/scenarios/:scenario/solve", "scenario", "No such scenario"],
  ["", "la", "DEMO"],
  ["", "username", "member"],
  ["", "register", "no-such-register"],
  ["", "key", "PL000001"],
  ["", "period", "2024-25:P6"],
  ["", "serviceArea", "Looked after children"],
  ["", "costCentre", "LAC-RES"],
  ["", "id", "stability-3-plus"],
  ["", "scenario", "Shared routes"],
];

function sampleUrl(url: string): string {
  return url.replace(/:([A-Za-z]+)/g, (_, param: string) => {
    const sample = SAMPLES.find(([prefix, p]) => p === param && url.startsWith(prefix));
    if (!sample) throw new Error(`no sample value for :${param} in ${url}: add one to SAMPLES`);
    return encodeURIComponent(sample[2]);
  });
}

const changing = (method: string) => method !== "GET";

/** The references to one child, placement or pupil a response holds, as text or in a workbook's cells. */
async function childRefsIn(response: LightMyRequestResponse): Promise<string[]> {
  const type = String(response.headers["content-type"] ?? "");
  let text = response.body;
  if (type.includes("spreadsheetml")) {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.rawPayload as never);
    const cells: string[] = [];
    book.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.text)))));
    text = cells.join(" ");
  } else if (!/^(text|application\/json)/.test(type)) return [];
  return [...new Set(text.match(/[A-Z]{1,3}\d{4,}/g) ?? [])].filter((token) => childRefs.has(token));
}

describe("the route table", () => {
  it("lists every route with the permission it declares, and a sample for each of its parameters", () => {
    expect(routes.length).toBeGreaterThan(60);
    for (const route of routes) expect(() => sampleUrl(route.url), route.url).not.toThrow();
    expect(routes).toContainEqual({ method: "GET", url: "/sign-in", allow: "public" });
    expect(routes.filter((r) => r.allow === "public").map((r) => r.url)).toEqual(["/sign-in", "/sign-in"]);
    expect(routes).toContainEqual({
      method: "GET",
      url: "/api/councils/:la/registers/placements",
      allow: "read-child-level",
    });
    expect(routes).toContainEqual({
      method: "PATCH",
      url: "/api/councils/:la/registers/placements/:key",
      allow: "edit-finance",
    });
  });
});

describe("every route for every role", () => {
  it("sends a request without a session to sign in, or answers 401 on the API", async () => {
    const wrong: string[] = [];
    for (const { method, url, allow } of routes.filter((r) => r.allow !== "public")) {
      const response = await app.inject({
        method: method as "GET",
        url: sampleUrl(url),
        ...(changing(method) ? { payload: {}, headers: { origin: SAME_ORIGIN } } : {}),
      });
      const location = String(response.headers.location ?? "");
      const ok = url.startsWith("/api/")
        ? response.statusCode === 401 && typeof response.json().error === "string"
        : response.statusCode === 303 && location.startsWith("/sign-in?next=%2F");
      if (!ok) wrong.push(`${method} ${url} (${allow}): ${response.statusCode} ${location}`);
    }
    expect(wrong).toEqual([]);
  }, 120_000);

  it("refuses a role with 403 exactly when it lacks the permission, and a member sees no child's reference", async () => {
    const wrong: string[] = [];
    for (const { method, url, allow } of routes.filter((r) => r.allow !== "public")) {
      for (const role of ROLES) {
        // Signing out ends the session, so it gets a session of its own.
        const who = url === "/sign-out" ? await signedIn(app, store, role, "DEMO") : as[role];
        // The handler runs for an administrator, and for a member wherever the answer can be read;
        // the other roles are probed.
        const probe = role !== "administrator" && (role !== "member" || /\.(pdf|docx)$/.test(url));
        const response = await who.inject({
          method: method as "GET",
          url: sampleUrl(url),
          ...(changing(method) ? { payload: {} } : {}),
          ...(probe ? { headers: { "x-probe": "1" } } : {}),
        });
        const status = response.statusCode;
        const refused = status === 403 || status === 401;
        if (!can(role, allow) && status !== 403)
          wrong.push(`${role} ${method} ${url} (${allow}): ${status}, not 403`);
        if (can(role, allow) && (refused || status >= 500 || (probe && status !== 299)))
          wrong.push(`${role} ${method} ${url} (${allow}): ${status} ${response.body.slice(0, 200)}`);
        if (role === "member" && status === 200) {
          const refs = await childRefsIn(response);
          if (refs.length > 0) wrong.push(`member ${method} ${url}: shows ${refs.slice(0, 3).join(", ")}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  }, 600_000);

  it("names the role and what it lacks when it refuses", async () => {
    const response = await as.member.inject({ url: "/api/councils/DEMO/registers/placements" });
    expect(response.statusCode).toBe(403);
    expect(response.json().error).toBe(
      'A member may not see rows about one child, pupil or post: that needs the "read-child-level" permission, which only the administrator, finance officer, analyst and manager roles hold.',
    );
  });
});

/** What a change could touch: the council's registers, audit trail and snapshots, and the users. */
async function fingerprint(): Promise<string> {
  const demo = store.council("DEMO");
  const state = [
    await demo.registers(),
    await demo.audit(),
    await demo.snapshots(),
    await store.access().users(),
  ];
  return createHash("sha256").update(JSON.stringify(state)).digest("hex");
}

describe("CSRF", () => {
  /** A body each change would act on, so a refusal is seen to change nothing. */
  const BODIES: Readonly<Record<string, { url?: string; body: Record<string, unknown> }>> = {
    "/api/councils/:la/registers/placements/:key": {
      url: "/api/councils/DEMO/registers/placements/PLACEMENT",
      body: { field: "weeklyCost", value: 123_456 },
    },
    "/api/councils/:la/periods/:period/close": {
      url: "/api/councils/DEMO/periods/2024-25%3AP7/close",
      body: {},
    },
    "/demand/scenarios": {
      body: { scenario: "Step down 10", kind: "step-down", number: "10", by: "2025-10-31" },
    },
    "/users": {
      body: { username: "new-member", name: "New Member", role: "member", password: "a long new password" },
    },
    "/users/:username": { body: { action: "disable" } },
    "/account/password": {
      body: {
        current: "a test password, long enough",
        password: "another long password",
        repeat: "another long password",
      },
    },
  };
  const requestFor = (route: RouteEntry) => {
    const known = BODIES[route.url];
    const url = (known?.url ?? sampleUrl(route.url)).replace("PLACEMENT", placementRef);
    return { method: route.method as "POST", url, payload: known?.body ?? {} };
  };

  it("refuses every change without the session's token, or with another, and changes nothing", async () => {
    const admin = await signedIn(app, store, "administrator", "DEMO");
    const before = await fingerprint();
    const wrong: string[] = [];
    for (const route of routes.filter((r) => changing(r.method) && r.allow !== "public")) {
      for (const token of [undefined, "not-the-token", as["finance-officer"].csrf]) {
        const response = await admin.inject({ ...requestFor(route), headers: { [CSRF_HEADER]: token } });
        if (response.statusCode !== 403)
          wrong.push(`${route.method} ${route.url} with ${token}: ${response.statusCode}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(await fingerprint()).toBe(before);
    expect((await admin.inject({ url: "/account" })).statusCode).toBe(200);
  }, 300_000);

  it("accepts the same changes with the token, so the refusal was all that stopped them", async () => {
    const admin = await signedIn(app, store, "administrator", "DEMO");
    for (const url of Object.keys(BODIES)) {
      const route = routes.find((r) => r.url === url && changing(r.method)) as RouteEntry;
      const before = await fingerprint();
      const response = await admin.inject(requestFor(route));
      expect(response.statusCode, `${url}: ${response.body.slice(0, 300)}`).toBeLessThan(400);
      expect(await fingerprint(), url).not.toBe(before);
    }
  }, 120_000);
});
