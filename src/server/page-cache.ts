/**
 * Pages and API answers made once and served many times. A page's content depends only on the
 * council's data, the reader's role and the day, so each is kept under (council, role, day, URL) for
 * as long as the council's data version stands (CouncilStore.version: any change, by this server or
 * another process, gives a new version; another process's change shows within a second). It is made for a stand-in viewer whose name, username and
 * CSRF token are random markers, and those markers are replaced with the real person's, escaped,
 * whenever it is sent, so no one ever sees another person's name or token. Requests for a page
 * being made wait for it instead of making it again. Only the routes listed here are kept: pages
 * that show the progress of a solve, a person's own account, or a download are always made afresh.
 */
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Viewer } from "./access.js";
import type { ServerOptions } from "./app.js";
import { escapeHtml } from "./html.js";

const KEPT_ROUTES: ReadonlySet<string> = new Set([
  "/",
  "/report",
  "/areas/:serviceArea",
  "/lines/:costCentre",
  "/savings",
  "/savings/:ref",
  "/mtfp",
  "/measures",
  "/measures/:id",
  "/demand",
  "/scrutiny",
  "/scrutiny/:ref",
  "/committee-reports",
  "/committee-reports/:ref",
  "/api/councils/:la/forecast",
  "/api/councils/:la/savings",
  "/api/councils/:la/mtfp",
]);

/**
 * How long a council's data version is trusted before it is read again. A change made through this
 * server forgets it at once; one made by another process shows within this time.
 */
const VERSION_TRUSTED_MS = 1000;

/** At most this many bytes of pages are kept; the oldest go first. */
const MAX_BYTES = 64 * 1024 * 1024;

/**
 * A kept page as the bytes it is sent as, cut at the markers, so addressing it is one join of
 * buffers (sending text would encode a large page again on every request).
 */
interface Kept {
  version: string;
  type: string;
  bytes: number;
  parts: Buffer[];
  /** The marker between each two parts. */
  slots: (keyof Markers)[];
}

type Markers = Pick<Viewer, "username" | "name" | "csrf">;

type Made = Kept | null;

interface Making {
  key: string;
  version: string;
  viewer: Viewer;
  done: (made: Made) => void;
}

export function registerPageCache(app: FastifyInstance, { store, clock }: ServerOptions): void {
  const marker = (what: string) => `outturn${what}${randomBytes(12).toString("hex")}`;
  const markers = { username: marker("user"), name: marker("name"), csrf: marker("csrf") };
  const pages = new Map<string, Kept>();
  const inFlight = new Map<string, { version: string; made: Promise<Made> }>();
  const making = new WeakMap<FastifyRequest, Making>();
  let bytes = 0;
  const versions = new Map<string, { version: string; readAt: number }>();

  const versionOf = async (la: string) => {
    const known = versions.get(la);
    const now = performance.now();
    if (known && now - known.readAt < VERSION_TRUSTED_MS) return known.version;
    const version = await store.council(la).version();
    versions.set(la, { version, readAt: now });
    return version;
  };

  const forget = (key: string) => {
    const old = pages.get(key);
    if (old) bytes -= old.bytes;
    pages.delete(key);
  };
  const keep = (key: string, page: Kept) => {
    forget(key);
    pages.set(key, page);
    bytes += page.bytes;
    for (const oldest of pages.keys()) {
      if (bytes <= MAX_BYTES) break;
      forget(oldest);
    }
  };

  const slotOf = new Map(Object.entries(markers).map(([slot, text]) => [text, slot as keyof Markers]));
  const markerPattern = new RegExp(Object.values(markers).join("|"), "g");

  /** Cuts a page at its markers. */
  const kept = (version: string, type: string, body: string): Kept => {
    const parts = body.split(markerPattern).map((part) => Buffer.from(part));
    const bytes = parts.reduce((sum, part) => sum + part.length, 0);
    const slots = (body.match(markerPattern) ?? []).map((m) => slotOf.get(m) as keyof Markers);
    return { version, type, bytes, parts, slots };
  };

  /** The page addressed to the viewer: each marker replaced with their own value, escaped for the page's type. */
  const addressed = (page: Kept, viewer: Viewer): Buffer => {
    if (page.slots.length === 0) return page.parts[0] ?? Buffer.alloc(0);
    const escaped = page.type.includes("json")
      ? (text: string) => JSON.stringify(text).slice(1, -1)
      : page.type.includes("html")
        ? escapeHtml
        : (text: string) => text;
    const values = {
      username: Buffer.from(escaped(viewer.username)),
      name: Buffer.from(escaped(viewer.name)),
      csrf: Buffer.from(escaped(viewer.csrf)),
    };
    const pieces: Buffer[] = [];
    page.parts.forEach((part, i) => {
      if (i > 0) pieces.push(values[page.slots[i - 1] as keyof Markers]);
      pieces.push(part);
    });
    return Buffer.concat(pieces);
  };
  const send = (reply: FastifyReply, page: Kept, viewer: Viewer) =>
    reply.type(page.type).send(addressed(page, viewer));

  app.addHook("preHandler", async (request, reply) => {
    const viewer = request.viewer;
    if (request.method !== "GET" || !viewer || !KEPT_ROUTES.has(request.routeOptions.url ?? "")) return;
    const key = [viewer.la, viewer.role, clock().toISOString().slice(0, 10), request.url].join("|");
    const version = await versionOf(viewer.la);
    const page = pages.get(key);
    if (page?.version === version) return send(reply, page, viewer);
    const pending = inFlight.get(key);
    if (pending?.version === version) {
      const made = await pending.made;
      if (made) return send(reply, made, viewer);
      return; // the page could not be made for the first asker: make it afresh for this one
    }
    let done: (made: Made) => void = () => {};
    inFlight.set(key, { version, made: new Promise<Made>((resolve) => (done = resolve)) });
    making.set(request, { key, version, viewer, done });
    request.viewer = { ...viewer, ...markers };
  });

  app.addHook("onSend", async (request, reply, payload) => {
    const job = making.get(request);
    if (!job) return payload;
    making.delete(request);
    request.viewer = job.viewer;
    const type = String(reply.getHeader("content-type") ?? "");
    const page = typeof payload === "string" ? kept(job.version, type, payload) : null;
    const made = reply.statusCode === 200 ? page : null;
    if (made) keep(job.key, made);
    if (inFlight.get(job.key)?.version === job.version) inFlight.delete(job.key);
    job.done(made);
    return page ? addressed(page, job.viewer) : payload;
  });

  // A request that ends without sending (the client went away) must not leave others waiting; and
  // after any request that may have changed something, the data version is read afresh.
  app.addHook("onResponse", async (request) => {
    if (request.method !== "GET" && request.method !== "HEAD") versions.clear();
    const job = making.get(request);
    if (!job) return;
    making.delete(request);
    if (inFlight.get(job.key)?.version === job.version) inFlight.delete(job.key);
    job.done(null);
  });
}
