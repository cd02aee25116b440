/**
 * Signing in and the sessions it starts. A session's cookie holds a random 32-byte token; the store
 * keeps only its SHA-256, with a CSRF token of its own. A session ends after 2 hours unused or 12
 * hours in all, at sign-out, and when the person's password or role changes. Five wrong passwords in
 * a row lock the account for 15 minutes; an administrator can unlock it sooner.
 */
import { createHash, randomBytes } from "node:crypto";
import { readerOf } from "../../domain/access/roles.js";
import type { AccessStore, Session, User } from "../../store/access-store.js";
import type { Viewer } from "../access.js";
import { verifyNobody, verifyPassword } from "./passwords.js";

const MINUTE = 60_000;
export const IDLE_LIMIT_MS = 120 * MINUTE;
export const SESSION_LIMIT_MS = 720 * MINUTE;
/** last_seen is written at most once a minute, so a busy page does not write on every request. */
const TOUCH_EVERY_MS = MINUTE;
export const LOCK_AFTER_FAILURES = 5;
export const LOCK_FOR_MS = 15 * MINUTE;

export const WRONG_PASSWORD = "The username or password is not right.";

const iso = (ms: number) => new Date(ms).toISOString();
export const sessionIdOf = (token: string) => createHash("sha256").update(token).digest("hex");

/** "10:45 on 4 November 2024", in England's time. */
function whenInWords(at: string): string {
  const d = new Date(at);
  const time = d.toLocaleTimeString("en-GB", {
    timeZone: "Europe/London",
    hour: "2-digit",
    minute: "2-digit",
  });
  const day = d.toLocaleDateString("en-GB", { timeZone: "Europe/London", dateStyle: "long" });
  return `${time} on ${day}`;
}

export const lockedMessage = (until: string) =>
  `This account is locked after ${LOCK_AFTER_FAILURES} failed sign-ins, until ${whenInWords(until)}. Ask an administrator to unlock it sooner.`;

export const viewerFor = (user: User, session: Session): Viewer => ({
  username: user.username,
  name: user.name,
  role: user.role,
  la: user.la,
  reader: readerOf(user.role),
  csrf: session.csrf,
});

export type SignIn = { user: User; token: string; session: Session } | { refused: string };

/** Checks the password and starts a session, or says why not, counting the failure. */
export async function signIn(
  access: AccessStore,
  username: string,
  password: string,
  now: Date,
): Promise<SignIn> {
  const user = username ? await access.user(username) : null;
  if (!user) {
    await verifyNobody(password);
    return { refused: WRONG_PASSWORD };
  }
  if (user.lockedUntil && user.lockedUntil > now.toISOString()) {
    await verifyNobody(password);
    return { refused: lockedMessage(user.lockedUntil) };
  }
  if (!(await verifyPassword(password, user.passwordHash))) {
    const lock = { after: LOCK_AFTER_FAILURES, until: iso(now.getTime() + LOCK_FOR_MS) };
    const after = await access.recordFailure(user.username, lock);
    return { refused: after?.lockedUntil === lock.until ? lockedMessage(lock.until) : WRONG_PASSWORD };
  }
  if (user.disabled) return { refused: "This account has been turned off. Ask an administrator." };
  await access.clearFailures(user.username);
  return { user, ...(await startSession(access, user, now)) };
}

export async function startSession(access: AccessStore, user: User, now: Date) {
  const token = randomBytes(32).toString("base64url");
  const session: Session = {
    id: sessionIdOf(token),
    username: user.username,
    la: user.la,
    csrf: randomBytes(32).toString("base64url"),
    createdAt: now.toISOString(),
    expiresAt: iso(now.getTime() + SESSION_LIMIT_MS),
    lastSeen: now.toISOString(),
  };
  await access.createSession(session);
  return { token, session };
}

/**
 * The person a cookie's token signs in, with the session; null when there is no such session, it
 * has ended (it is then deleted), or the user is gone or turned off.
 */
export async function sessionOf(
  access: AccessStore,
  token: string,
  now: Date,
): Promise<{ viewer: Viewer; session: Session } | null> {
  const session = await access.session(sessionIdOf(token));
  if (!session) return null;
  const at = now.getTime();
  const idle = at - Date.parse(session.lastSeen);
  if (at >= Date.parse(session.expiresAt) || idle >= IDLE_LIMIT_MS) {
    await access.deleteSession(session.id);
    return null;
  }
  const user = await access.user(session.username);
  if (!user || user.disabled || user.la !== session.la) return null;
  if (idle >= TOUCH_EVERY_MS) await access.touchSession(session.id, now.toISOString());
  return { viewer: viewerFor(user, session), session };
}
