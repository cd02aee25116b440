/**
 * Scrutiny on the web. /scrutiny: the committee's picture on today's date (the server's clock), with
 * filters by committee and status; /scrutiny/:ref: one question, recommendation (with its actions)
 * or work programme item, and the figures it concerns, live, as the viewer reads them. Officers who
 * may edit scrutiny add and change items through forms; each post is checked by the register's
 * layout and the rules across the scrutiny registers, written through the store (so the audit trail
 * records the viewer as the one who changed it), and a refused post changes nothing and shows the
 * page again with the errors beside the fields.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { CouncilRegisters } from "../domain/registers.js";
import { REGISTER_FIELD, type RegisterRows } from "../domain/registers.js";
import { scrutinyItemKind } from "../domain/scrutiny/checks.js";
import { reportHtml } from "../report/monthly/render-html.js";
import { itemDocument } from "../report/scrutiny/item-document.js";
import { isStatusFilter, type ScrutinyFilter, scrutinyPicture } from "../report/scrutiny/picture.js";
import { scrutinyDocument } from "../report/scrutiny/scrutiny-document.js";
import { councilOf, viewerOf } from "./access.js";
import type { ServerOptions } from "./app.js";
import { html } from "./html.js";
import { linksFor, siteNav } from "./links.js";
import { type FormState, itemAfter, listAfter } from "./pages/scrutiny-page.js";
import { HttpError } from "./requests.js";
import {
  type FormName,
  type FormValues,
  liveFigures,
  parseScrutinyForm,
  SCRUTINY_FORMS,
  type ScrutinyRegister,
} from "./scrutiny-requests.js";

type ListQuery = { Querystring: { la?: string; committee?: string; status?: string } };
type ItemQuery = { Querystring: { la?: string; period?: string }; Params: { ref: string } };
type Post = { Params: { ref: string }; Body: FormValues };
const READ = { config: { allow: "read" as const } };
const EDIT = { config: { allow: "edit-scrutiny" as const } };

/** The filter the query asks for; a 400 naming the value and what it may be. */
function filterOf(query: ListQuery["Querystring"], committees: string[]): ScrutinyFilter {
  const filter: ScrutinyFilter = {};
  if (query.committee) {
    if (!committees.includes(query.committee))
      throw new HttpError(
        400,
        `No committee "${query.committee}": the committees are ${committees.map((c) => `"${c}"`).join(", ") || "none yet"}.`,
      );
    filter.committee = query.committee;
  }
  if (query.status) {
    if (!isStatusFilter(query.status))
      throw new HttpError(
        400,
        `status must be awaiting, accepted, partly-accepted, rejected or overdue; "${query.status}" is not.`,
      );
    filter.status = query.status;
  }
  return filter;
}

export function registerScrutinyRoutes(app: FastifyInstance, { store, clock }: ServerOptions): void {
  const today = () => clock().toISOString().slice(0, 10);
  const load = async (request: FastifyRequest) => {
    const council = await councilOf(store, request);
    return { council, registers: await store.council(council.la).registers() };
  };
  const send = (reply: FastifyReply, body: string, state?: FormState) =>
    reply
      .code(state ? 400 : 200)
      .type("text/html; charset=utf-8")
      .send(body);

  async function listPage(request: FastifyRequest<ListQuery>, reply: FastifyReply, state?: FormState) {
    const viewer = viewerOf(request);
    const { council, registers } = await load(request);
    const committees = scrutinyPicture(registers, today()).committees;
    const picture = scrutinyPicture(registers, today(), filterOf(request.query ?? {}, committees));
    const { to, link } = linksFor(council.la);
    const after = listAfter(viewer, picture, registers, council.la, state);
    const reports = html`<a href="${to("/committee-reports")}">Committee reports</a>`;
    const nav = siteNav(viewer, to, "/scrutiny", [reports]);
    return send(reply, reportHtml(scrutinyDocument(council, picture), { link, nav, after }), state);
  }

  async function itemPage(request: FastifyRequest<ItemQuery>, reply: FastifyReply, state?: FormState) {
    const viewer = viewerOf(request);
    const { council, registers } = await load(request);
    const { ref } = request.params;
    const kind = scrutinyItemKind(registers, ref);
    const links = registers.scrutinyLinks.filter((l) => l.item === ref);
    const live = await liveFigures(store, council, registers, links, viewer.reader, request.query?.period);
    const doc = kind ? itemDocument(council, scrutinyPicture(registers, today()), ref, links, live) : null;
    if (!kind || !doc)
      throw new HttpError(
        404,
        `No question, recommendation or work programme item "${ref}" in ${council.name}'s scrutiny registers.`,
      );
    const { to, link } = linksFor(council.la, live.period || undefined);
    const nav = html`${siteNav(viewer, to, null)}<a href="${to("/scrutiny")}">← Scrutiny</a>`;
    const after = itemAfter(viewer, kind, ref, registers, today(), state);
    return send(reply, reportHtml(doc, { link, nav, after }), state);
  }

  app.get<ListQuery>("/scrutiny", READ, (request, reply) => listPage(request, reply));
  app.get<ItemQuery>("/scrutiny/:ref", READ, (request, reply) => itemPage(request, reply));

  type Rows = RegisterRows[ScrutinyRegister];
  /**
   * Saves a form: `saved` finds the row it changes (none: it adds one); a refused form shows `page`
   * again with the errors; a saved one goes to the item's page.
   */
  async function save(
    request: FastifyRequest<Post>,
    reply: FastifyReply,
    name: FormName,
    saved: (registers: CouncilRegisters) => Rows | null,
    page: (state: FormState) => Promise<unknown>,
    actionRef?: string,
  ) {
    const { council, registers } = await load(request);
    const body = request.body ?? {};
    const { register } = SCRUTINY_FORMS[name];
    const row = saved(registers);
    const parsed = parseScrutinyForm(name, body, registers, row);
    if ("errors" in parsed)
      return page({ form: name, values: body, errors: parsed.errors, ...(actionRef ? { actionRef } : {}) });
    const actor = { by: viewerOf(request).username, source: "web", at: clock().toISOString() };
    await store.council(council.la).replace(register, parsed.rows as never[], actor);
    const item =
      "item" in parsed.row
        ? parsed.row.item
        : "recommendation" in parsed.row
          ? parsed.row.recommendation
          : parsed.row.ref;
    return reply.redirect(`${linksFor(council.la).to(`/scrutiny/${encodeURIComponent(item)}`)}`, 303);
  }

  /** The saved row of a register by ref, or a 404 naming it. */
  const rowOf =
    <R extends ScrutinyRegister>(register: R, ref: string) =>
    (registers: CouncilRegisters): RegisterRows[R] => {
      const row = (registers[REGISTER_FIELD[register]] as { ref?: string }[]).find((r) => r.ref === ref);
      if (!row) throw new HttpError(404, `No row "${ref}" in ${register}, so there is nothing to change.`);
      return row as RegisterRows[R];
    };

  const adding = (path: string, name: FormName) =>
    app.post<Post>(path, EDIT, (request, reply) =>
      save(
        request,
        reply,
        name,
        () => null,
        (state) => listPage(request as never, reply, state),
      ),
    );
  adding("/scrutiny/questions", "question");
  adding("/scrutiny/recommendations", "recommendation");
  adding("/scrutiny/work-programme", "work-item");

  const changing = (tail: string, name: FormName, register: ScrutinyRegister) =>
    app.post<Post>(`/scrutiny/:ref/${tail}`, EDIT, (request, reply) =>
      save(request, reply, name, rowOf(register, request.params.ref), (state) =>
        itemPage(request as never, reply, state),
      ),
    );
  changing("answer", "answer", "scrutiny-questions");
  changing("response", "response", "scrutiny-recommendations");
  changing("rag", "rag", "scrutiny-recommendations");
  changing("work-item", "work-change", "work-programme");

  app.post<Post>("/scrutiny/:ref/progress", EDIT, (request, reply) => {
    const actionRef = request.body?.actionRef ?? "";
    return save(
      request,
      reply,
      "progress",
      rowOf("scrutiny-actions", actionRef),
      (state) => itemPage(request as never, reply, state),
      actionRef,
    );
  });

  for (const [tail, name] of [
    ["actions", "action"],
    ["links", "link"],
  ] as const)
    app.post<Post>(`/scrutiny/:ref/${tail}`, EDIT, (request, reply) => {
      // The item a new action or link belongs to is the page's, whatever the form says.
      const field = name === "action" ? "recommendation" : "item";
      request.body = { ...(request.body ?? {}), [field]: request.params.ref };
      return save(
        request,
        reply,
        name,
        () => null,
        (state) => itemPage(request as never, reply, state),
      );
    });

  app.post<Post>("/scrutiny/:ref/links/remove", EDIT, async (request, reply) => {
    const { council, registers } = await load(request);
    const { ref } = request.params;
    const { kind = "", target = "" } = request.body ?? {};
    const kept = registers.scrutinyLinks.filter(
      (l) => !(l.item === ref && l.kind === kind && l.target === target),
    );
    if (kept.length === registers.scrutinyLinks.length)
      throw new HttpError(400, `"${ref}" has no link to ${kind} "${target}", so there is nothing to remove.`);
    const actor = { by: viewerOf(request).username, source: "web", at: clock().toISOString() };
    await store.council(council.la).replace("scrutiny-links", kept, actor);
    return reply.redirect(linksFor(council.la).to(`/scrutiny/${encodeURIComponent(ref)}`), 303);
  });
}
