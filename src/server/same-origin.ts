/**
 * Protection against cross-site posts: a form is accepted only when the browser says it was sent
 * from a page of this server, its Origin (or, without one, its Referer) naming the same host as the
 * request. The guard (sign-in/guard.ts) asks it of every form, the sign-in form included, besides
 * the session's CSRF token.
 */
import type { FastifyRequest } from "fastify";
import { HttpError } from "./requests.js";

const DEFAULT_PORTS: Readonly<Record<string, string>> = { "http:": "80", "https:": "443" };

interface Place {
  protocol: string;
  hostname: string;
  /** The scheme's default port when none is written. */
  port: string;
}

function placeOf(url: string | undefined): Place | null {
  if (!url || url === "null") return null;
  try {
    const { protocol, hostname, port } = new URL(url);
    return { protocol, hostname, port: port || (DEFAULT_PORTS[protocol] ?? "") };
  } catch {
    return null;
  }
}

export function isSameOrigin(request: Pick<FastifyRequest, "headers">): boolean {
  const { host, origin, referer } = request.headers;
  // The Referer is read only when there is no Origin; an Origin of "null" (a sandboxed page) is refused.
  const from = placeOf(origin ?? referer);
  if (!host || !from) return false;
  const here = placeOf(`${from.protocol}//${host}`);
  return here !== null && here.hostname === from.hostname && here.port === from.port;
}

/** A 403 unless the request came from this server's own page. */
export function requireSameOrigin(request: Pick<FastifyRequest, "headers">): void {
  if (!isSameOrigin(request))
    throw new HttpError(
      403,
      "This form must be sent from Outturn's own page; the request came from another site or did not say where it came from, so nothing was changed.",
    );
}
