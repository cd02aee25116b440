/**
 * Signing in over the real server and an in-memory store, with a clock the test moves: the cookie's
 * flags, the same words for an unknown user and a wrong password, the lockout after five failures and
 * its end (or an administrator's unlock), sessions ending when idle, at their absolute limit, at
 * sign-out, and when the password or role changes; a route without a permission cannot be added.
 */
import Fastify, { type FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addTestUser,
  SAME_ORIGIN,
  type SignedIn,
  sessionCookieOf,
  signedIn,
  TEST_PASSWORD,
} from "../../../test/support/sign-in.js";
import { openSqliteStore } from "../../store/sqlite.js";
import type { Store } from "../../store/store.js";
import { buildServer } from "../app.js";
import { registerGuard } from "./guard.js";
import { WRONG_PASSWORD } from "./sessions.js";

const START = Date.parse("2024-11-04T10:00:00.000Z");
let now = START;
const minutes = (n: number) => n * 60_000;
let store: Store;
let app: FastifyInstance;

beforeAll(async () => {
  store = await openSqliteStore(":memory:");
  await store.migrate();
  await store.saveCouncil({ la: "901", name: "Alphashire", region: "West Midlands", demo: false });
  await store.saveCouncil({ la: "902", name: "Betashire", region: "West Midlands", demo: false });
  app = await buildServer({ store, clock: () => new Date(now) });
});

afterAll(async () => {
  await app?.close();
  await store?.close();
});

const FORM = { origin: SAME_ORIGIN, "content-type": "application/x-www-form-urlencoded" };
const signIn = (username: string, password: string, next?: string) =>
  app.inject({
    method: "POST",
    url: "/sign-in",
    headers: FORM,
    payload: new URLSearchParams({ username, password, ...(next ? { next } : {}) }).toString(),
  });
const account = (cookie: string) => app.inject({ url: "/account", headers: { cookie } });
const problemOf = (body: string) => /<p class="problem" role="alert">([^<]*)<\/p>/.exec(body)?.[1];

describe("signing in", () => {
  it("sets an HttpOnly, SameSite=Strict cookie for the whole site and goes where it was asked, on this server only", async () => {
    now = START;
    const username = await addTestUser(store, "analyst", "901");
    const response = await signIn(username, TEST_PASSWORD, "/report?la=901");
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe("/report?la=901");
    const cookie = String(response.headers["set-cookie"]);
    expect(cookie).toMatch(/^outturn_session=[\w-]{43}; Path=\/; HttpOnly; SameSite=Strict$/);
    expect((await signIn(username, TEST_PASSWORD, "//elsewhere.example/")).headers.location).toBe("/");
    expect((await signIn(username, TEST_PASSWORD, "https://elsewhere.example/")).headers.location).toBe("/");
    const page = await app.inject({ url: "/sign-in?next=%2Fsavings%3Fla%3D901" });
    expect(page.body).toContain('name="next" value="/savings?la=901"');
  });

  it("says the same for an unknown user and a wrong password, and refuses a form from another site", async () => {
    const username = await addTestUser(store, "member", "901");
    const unknown = await signIn("nobody", TEST_PASSWORD);
    const wrong = await signIn(username, "not the password at all");
    expect([unknown.statusCode, wrong.statusCode]).toEqual([401, 401]);
    expect(problemOf(unknown.body)).toBe("The username or password is not right.");
    expect(problemOf(wrong.body)).toBe(problemOf(unknown.body));
    expect(WRONG_PASSWORD).toBe("The username or password is not right.");
    const elsewhere = await app.inject({
      method: "POST",
      url: "/sign-in",
      headers: { ...FORM, origin: "https://elsewhere.example" },
      payload: new URLSearchParams({ username, password: TEST_PASSWORD }).toString(),
    });
    expect(elsewhere.statusCode).toBe(403);
    expect(elsewhere.headers["set-cookie"]).toBeUndefined();
  });

  it("locks after five wrong passwords in a row for 15 minutes, saying until when; a success before that clears the count", async () => {
    now = START;
    const username = await addTestUser(store, "manager", "901");
    for (let i = 0; i < 4; i++) await signIn(username, "wrong password!");
    expect((await signIn(username, TEST_PASSWORD)).statusCode).toBe(303);
    for (let i = 0; i < 4; i++)
      expect(problemOf((await signIn(username, "wrong password!")).body)).toBe(WRONG_PASSWORD);
    const locked = await signIn(username, "wrong password!");
    const message =
      "This account is locked after 5 failed sign-ins, until 10:15 on 4 November 2024. Ask an administrator to unlock it sooner.";
    expect(problemOf(locked.body)).toBe(message);
    expect(problemOf((await signIn(username, TEST_PASSWORD)).body)).toBe(message);
    now = START + minutes(14);
    expect((await signIn(username, TEST_PASSWORD)).statusCode).toBe(401);
    now = START + minutes(15);
    expect((await signIn(username, TEST_PASSWORD)).statusCode).toBe(303);
  });

  it("lets an administrator of the council unlock an account at once, and no one else's", async () => {
    now = START;
    const username = await addTestUser(store, "member", "901");
    for (let i = 0; i < 5; i++) await signIn(username, "wrong password!");
    const admin = await signedIn(app, store, "administrator", "901");
    const other = await signedIn(app, store, "administrator", "902");
    const unlock = (who: SignedIn) =>
      who.inject({ method: "POST", url: `/users/${username}`, payload: { action: "unlock" } });
    expect((await unlock(other)).statusCode).toBe(404);
    expect((await signIn(username, TEST_PASSWORD)).statusCode).toBe(401);
    expect((await unlock(admin)).statusCode).toBe(200);
    expect((await signIn(username, TEST_PASSWORD)).statusCode).toBe(303);
    const users = await admin.inject({ url: "/users" });
    expect(users.body).toContain(`data-user="${username}"`);
    expect(users.body).not.toContain(`data-user="${other.username}"`);
  });
});

describe("sessions", () => {
  it("end after two hours unused, and after twelve however busy", async () => {
    now = START;
    const idle = sessionCookieOf(await signIn(await addTestUser(store, "analyst", "901"), TEST_PASSWORD));
    const busy = sessionCookieOf(await signIn(await addTestUser(store, "analyst", "901"), TEST_PASSWORD));
    for (let hour = 1; hour <= 11; hour++) {
      now = START + minutes(hour * 60 + 59);
      expect((await account(busy)).statusCode).toBe(200);
      if (hour === 1) expect((await account(idle)).statusCode).toBe(200);
    }
    now = START + minutes(12 * 60);
    const ended = await account(busy);
    expect([ended.statusCode, ended.headers.location]).toEqual([303, "/sign-in?next=%2Faccount"]);
    expect((await account(idle)).statusCode).toBe(303);
    expect((await app.inject({ url: "/api/councils", headers: { cookie: busy } })).statusCode).toBe(401);
  });

  it("end at sign-out, which needs the session's token", async () => {
    now = START;
    const who = await signedIn(app, store, "member", "901");
    const forged = await who.inject({
      method: "POST",
      url: "/sign-out",
      headers: { "x-csrf-token": undefined },
    });
    expect(forged.statusCode).toBe(403);
    expect((await account(who.cookie)).statusCode).toBe(200);
    const out = await who.inject({ method: "POST", url: "/sign-out", payload: {} });
    expect([out.statusCode, out.headers.location]).toEqual([303, "/sign-in"]);
    expect(String(out.headers["set-cookie"])).toMatch(/^outturn_session=; .*Expires=Thu, 01 Jan 1970/);
    expect((await account(who.cookie)).statusCode).toBe(303);
  });

  it("end everywhere else when the password changes, and everywhere when an administrator changes the role", async () => {
    now = START;
    const here = await signedIn(app, store, "finance-officer", "901");
    const there = sessionCookieOf(await signIn(here.username, TEST_PASSWORD));
    const change = (current: string, password: string, repeat = password) =>
      here.inject({ method: "POST", url: "/account/password", payload: { current, password, repeat } });
    expect(problemOf((await change("wrong one entirely", "a new long password")).body)).toContain(
      "not right",
    );
    expect(problemOf((await change(TEST_PASSWORD, "short")).body)).toBe(
      "password: A password needs at least 12 characters; this one has 5.",
    );
    expect(problemOf((await change(TEST_PASSWORD, "a new long password", "another")).body)).toContain(
      "not the same",
    );
    expect((await account(there)).statusCode).toBe(200);
    expect((await change(TEST_PASSWORD, "a new long password")).statusCode).toBe(200);
    expect((await account(here.cookie)).statusCode).toBe(200);
    expect((await account(there)).statusCode).toBe(303);
    expect((await signIn(here.username, "a new long password")).statusCode).toBe(303);

    const admin = await signedIn(app, store, "administrator", "901");
    const role = await admin.inject({
      method: "POST",
      url: `/users/${here.username}`,
      payload: { action: "change", name: "Fin", role: "member" },
    });
    expect(role.statusCode).toBe(200);
    expect((await account(here.cookie)).statusCode).toBe(303);
    expect((await store.access().user(here.username))?.role).toBe("member");
  });
});

describe("the guard", () => {
  it("refuses a route that declares no permission when it is added", () => {
    const bare = Fastify();
    registerGuard(
      bare,
      () => store.access(),
      () => new Date(now),
    );
    expect(() => bare.get("/open", async () => "")).toThrow(
      "The route GET /open declares no permission: add { config: { allow: <Permission> } }.",
    );
  });
});
