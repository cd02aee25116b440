/**
 * Signing in for server tests: `signedIn(app, store, role, la?)` adds a user of that role to the
 * council (the store's first unless `la` is given), signs in through POST /sign-in as a browser would,
 * and gives back an `inject` that sends the session cookie on every request, and on a change (any
 * method but GET and HEAD) the CSRF header and this server's Origin unless the test sets its own
 * (a header set to undefined is left out).
 * Each call makes a new user, so each has its own session.
 */
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from "fastify";
import type { Role } from "../../src/domain/access/roles.js";
import { CSRF_HEADER, SESSION_COOKIE } from "../../src/server/access.js";
import { hashPassword } from "../../src/server/sign-in/passwords.js";
import { sessionIdOf } from "../../src/server/sign-in/sessions.js";
import type { Store } from "../../src/store/store.js";

export const TEST_PASSWORD = "a test password, long enough";
/** The Origin app.inject's requests come from by default (its Host is localhost:80). */
export const SAME_ORIGIN = "http://localhost";

export interface SignedIn {
  username: string;
  /** The Cookie header's value, e.g. "outturn_session=…". */
  cookie: string;
  csrf: string;
  inject(opts: InjectOptions | string): Promise<LightMyRequestResponse>;
}

let hashed: Promise<string> | undefined;
let made = 0;

/** Adds a user with TEST_PASSWORD; the hash is made once for the whole test file. */
export async function addTestUser(store: Store, role: Role, la?: string): Promise<string> {
  const council = la ?? (await store.councils())[0]?.la;
  if (!council) throw new Error("signedIn: the store holds no council to sign in to");
  hashed ??= hashPassword(TEST_PASSWORD);
  const username = `test-${role}-${council.toLowerCase()}-${++made}`;
  await store.access().saveUser({
    username,
    la: council,
    name: `Test ${role} ${made}`,
    role,
    passwordHash: await hashed,
    failedAttempts: 0,
    lockedUntil: null,
    disabled: false,
    createdAt: "2024-11-01T09:00:00.000Z",
  });
  return username;
}

/** The session cookie a sign-in response sets, as "outturn_session=<token>"; throws when there is none. */
export function sessionCookieOf(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === SESSION_COOKIE);
  if (!cookie?.value)
    throw new Error(`sign-in set no session cookie (status ${response.statusCode}): ${response.body}`);
  return `${SESSION_COOKIE}=${cookie.value}`;
}

export async function signedIn(
  app: FastifyInstance,
  store: Store,
  role: Role,
  la?: string,
): Promise<SignedIn> {
  const username = await addTestUser(store, role, la);
  const response = await app.inject({
    method: "POST",
    url: "/sign-in",
    headers: { origin: SAME_ORIGIN, "content-type": "application/x-www-form-urlencoded" },
    payload: new URLSearchParams({ username, password: TEST_PASSWORD }).toString(),
  });
  const cookie = sessionCookieOf(response);
  const session = await store.access().session(sessionIdOf(cookie.slice(SESSION_COOKIE.length + 1)));
  if (!session) throw new Error("signedIn: the session is not in the store");
  const csrf = session.csrf;
  return {
    username,
    cookie,
    csrf,
    inject(opts) {
      const options: InjectOptions = typeof opts === "string" ? { url: opts } : opts;
      const method = (options.method ?? "GET").toUpperCase();
      const changing = method !== "GET" && method !== "HEAD";
      const given = Object.entries({
        ...(changing ? { origin: SAME_ORIGIN, [CSRF_HEADER]: csrf } : {}),
        ...(options.headers ?? {}),
      });
      // A header the test sets to undefined is left out, e.g. { origin: undefined } for a post with no Origin.
      const headers = Object.fromEntries(given.filter(([, value]) => value !== undefined));
      headers.cookie = options.headers?.cookie ? `${cookie}; ${options.headers.cookie}` : cookie;
      return app.inject({ ...options, headers });
    },
  };
}
