/**
 * The guard, registered before any route: every route must declare the permission it needs
 * (`{ config: { allow } }`) or it is refused when registered; each request's session cookie becomes
 * `request.viewer`; a request without a session is sent to sign in (a 401 for the API), one whose role
 * lacks the permission gets a 403 saying what it needs; and every change (POST, PATCH, PUT, DELETE)
 * carries the session's CSRF token, with a form sent from this server's own page.
 */
import { timingSafeEqual } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { can, type Permission, ROLE_LABELS, ROLES } from "../../domain/access/roles.js";
import type { AccessStore } from "../../store/access-store.js";
import { CSRF_FIELD, CSRF_HEADER, SESSION_COOKIE } from "../access.js";
import { HttpError } from "../requests.js";
import { requireSameOrigin } from "../same-origin.js";
import { sessionOf } from "./sessions.js";

export interface RouteEntry {
  method: string;
  url: string;
  allow: Permission;
}

const CHANGING = new Set(["POST", "PATCH", "PUT", "DELETE"]);
const tables = new WeakMap<FastifyInstance, RouteEntry[]>();

/** Every route of the server with the permission it declares (HEAD, added for each GET, left out). */
export function routeTable(app: FastifyInstance): RouteEntry[] {
  return [...(tables.get(app) ?? [])];
}

const DOING: Readonly<Record<Permission, string>> = {
  public: "open this page",
  read: "read the council's figures",
  "read-child-level": "see rows about one child, pupil or post",
  "edit-finance": "change budget and register figures or close a period",
  "edit-scenarios": "change or solve scenarios",
  "edit-scrutiny": "change the scrutiny record or the committee report",
  "read-audit": "read the audit trail",
  "manage-users": "add, change or unlock users",
};

function refusal(role: (typeof ROLES)[number], allow: Permission): HttpError {
  const holders = ROLES.filter((r) => can(r, allow)).map((r) => ROLE_LABELS[r].toLowerCase());
  const who = holders.length > 1 ? `${holders.slice(0, -1).join(", ")} and ${holders.at(-1)}` : holders[0];
  return new HttpError(
    403,
    `A ${ROLE_LABELS[role].toLowerCase()} may not ${DOING[allow]}: that needs the "${allow}" permission, which only the ${who} roles hold.`,
  );
}

/** Where to come back to after signing in: only a path on this server. */
export function localPath(next: unknown): string {
  return typeof next === "string" && /^\/(?![/\\])/.test(next) ? next : "/";
}

function sameToken(given: unknown, expected: string): boolean {
  if (typeof given !== "string") return false;
  const [a, b] = [Buffer.from(given), Buffer.from(expected)];
  return b.length > 0 && a.length === b.length && timingSafeEqual(a, b);
}

function requireCsrf(request: FastifyRequest, expected: string): void {
  const field = (request.body as Record<string, unknown> | null | undefined)?.[CSRF_FIELD];
  if (!sameToken(request.headers[CSRF_HEADER] ?? field, expected))
    throw new HttpError(
      403,
      "This change did not carry the page's security token, so nothing was changed. Reload the page and try again.",
    );
}

const isForm = (request: FastifyRequest) =>
  /^(application\/x-www-form-urlencoded|multipart\/form-data|text\/plain)/i.test(
    request.headers["content-type"] ?? "",
  );

export function registerGuard(app: FastifyInstance, access: () => AccessStore, clock: () => Date): void {
  const table: RouteEntry[] = [];
  tables.set(app, table);
  app.decorateRequest("viewer", null);

  app.addHook("onRoute", (route) => {
    const allow = route.config?.allow;
    const methods = [route.method].flat();
    if (!allow)
      throw new Error(
        `The route ${methods.join(",")} ${route.url} declares no permission: add { config: { allow: <Permission> } }.`,
      );
    for (const method of methods) if (method !== "HEAD") table.push({ method, url: route.url ?? "", allow });
  });

  app.addHook("onRequest", async (request: FastifyRequest, reply: FastifyReply) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      const signed = await sessionOf(access(), token, clock());
      if (signed) request.viewer = signed.viewer;
      else reply.clearCookie(SESSION_COOKIE, { path: "/" });
    }
    const allow = request.routeOptions.config.allow;
    // No route (a 404) or the sign-in page itself: nothing to check here.
    if (!allow || allow === "public") return;
    if (!request.viewer) {
      if (request.url.startsWith("/api/"))
        return reply.code(401).send({ error: "Sign in first: this needs a signed-in session." });
      return reply.redirect(`/sign-in?${new URLSearchParams({ next: request.url })}`, 303);
    }
    if (!can(request.viewer.role, allow)) throw refusal(request.viewer.role, allow);
  });

  // After the body is read, so a form's _csrf field can be checked; before any handler runs.
  app.addHook("preHandler", async (request: FastifyRequest) => {
    const allow = request.routeOptions.config.allow;
    if (!allow || !CHANGING.has(request.method)) return;
    if (isForm(request)) requireSameOrigin(request);
    if (allow !== "public") requireCsrf(request, request.viewer?.csrf ?? "");
  });
}
