/**
 * Sessions for the load: each of Demoshire's demo users (one per role) signs in through the real
 * `POST /sign-in`, in turn, until there are as many sessions as users asked for, one request each.
 */
import { SESSION_COOKIE } from "../../src/server/access.js";

/** Demoshire's demo accounts (src/demo/load-demo.ts): one per role, password `demoshire-<username>`. */
export const DEMO_USERNAMES = ["administrator", "finance", "analyst", "manager", "member"] as const;

export interface Session {
  username: string;
  /** The Cookie header that carries this session. */
  cookie: string;
}

export async function signIn(url: string, username: string): Promise<Session> {
  const response = await fetch(`${url}/sign-in`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", origin: url },
    body: new URLSearchParams({ username, password: `demoshire-${username}` }).toString(),
  });
  const session = response.headers
    .getSetCookie()
    .map((line) => line.split(";")[0] ?? "")
    .find((pair) => pair.startsWith(`${SESSION_COOKIE}=`));
  if (!session)
    throw new Error(`signing in as ${username} gave ${response.status} and no ${SESSION_COOKIE} cookie`);
  return { username, cookie: session };
}

/** `count` sessions, the demo users in turn, a few sign-ins at a time (each hashes a password). */
export async function signInSessions(url: string, count: number): Promise<Session[]> {
  const sessions: Session[] = [];
  for (let from = 0; from < count; from += DEMO_USERNAMES.length) {
    const batch = DEMO_USERNAMES.slice(0, Math.min(DEMO_USERNAMES.length, count - from));
    sessions.push(...(await Promise.all(batch.map((username) => signIn(url, username)))));
  }
  return sessions;
}
