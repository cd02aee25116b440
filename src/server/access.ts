/**
 * The contract between the routes and sign-in: who is asking (the viewer), the one permission each
 * route declares in its config (`{ config: { allow: "read" } }`), the council a request may reach
 * (the viewer's own, never another), and the CSRF token a form or API change carries. The guard
 * that fills `request.viewer` and refuses what a role may not do is in sign-in/.
 */
import type { FastifyRequest } from "fastify";
import type { Permission, Role } from "../domain/access/roles.js";
import type { Reader } from "../domain/disclosure/audience.js";
import type { Council, Store } from "../store/store.js";
import { type Html, html } from "./html.js";
import { HttpError } from "./requests.js";

export interface Viewer {
  username: string;
  /** The person's name as pages show it, e.g. "Jo Smith". */
  name: string;
  role: Role;
  /** The one council this person works for. */
  la: string;
  reader: Reader;
  /** This session's CSRF token: forms send it as `_csrf`, API changes as the x-csrf-token header. */
  csrf: string;
}

declare module "fastify" {
  interface FastifyContextConfig {
    /** The permission this route needs; a route without one is refused when it is registered. */
    allow?: Permission;
  }
  interface FastifyRequest {
    /** The signed-in person, or null on a public route with no session. */
    viewer: Viewer | null;
  }
}

export const SESSION_COOKIE = "outturn_session";
export const CSRF_FIELD = "_csrf";
export const CSRF_HEADER = "x-csrf-token";

/** The signed-in person; a 401 when there is none (the guard stops that before a handler runs). */
export function viewerOf(request: FastifyRequest): Viewer {
  if (!request.viewer) throw new HttpError(401, "Sign in to see this page.");
  return request.viewer;
}

/**
 * The viewer's council. A request that names another council (`la` in its path or query) gets the
 * same 404 as a council that does not exist, so nothing tells a user of council A whether B is there.
 */
export async function councilOf(store: Store, request: FastifyRequest): Promise<Council> {
  const viewer = viewerOf(request);
  const asked =
    (request.params as { la?: string } | undefined)?.la ?? (request.query as { la?: string } | undefined)?.la;
  const council = (await store.councils()).find((c) => c.la === viewer.la);
  if (!council || (asked !== undefined && asked !== viewer.la))
    throw new HttpError(404, `No council "${asked ?? viewer.la}".`);
  return council;
}

/** The hidden field every form that changes something carries. */
export function csrfField(viewer: Viewer): Html {
  return html`<input type="hidden" name="${CSRF_FIELD}" value="${viewer.csrf}">`;
}
