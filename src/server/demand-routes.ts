/**
 * The demand projection on the web: /demand (the projection with its bands, the backtest beside it,
 * the rates, the cost and the scenarios), /demand.csv and /demand-scenarios.csv, /demand.xlsx and
 * /demand.pdf, as the viewer reads them. For a role that may edit scenarios the page has the
 * scenario editor, which posts to /demand/scenarios (add) and /demand/scenarios/remove; everyone
 * else sees the scenarios read-only, and the guard refuses their posts.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { can } from "../domain/access/roles.js";
import { demandCsv, scenariosCsv } from "../report/demand/demand-csv.js";
import { demandDocument } from "../report/demand/demand-document.js";
import { reportFileName } from "../report/monthly/file-name.js";
import { reportHtml } from "../report/monthly/render-html.js";
import { reportXlsx } from "../report/monthly/render-xlsx.js";
import { csrfField, type Viewer, viewerOf } from "./access.js";
import type { ServerOptions } from "./app.js";
import { type DemandQuery, type DemandRequest, demandRequest, monthsFor } from "./demand-requests.js";
import { html } from "./html.js";
import { linksFor, pdfAndExcel, siteNav } from "./links.js";
import { demandSettingsForm } from "./pages/demand-settings-form.js";
import type { FieldError } from "./pages/form-errors.js";
import { parseScenarioForm, type ScenarioFormValues, scenarioEditor } from "./pages/scenario-form.js";
import { download, pdfPrinter, XLSX_TYPE } from "./pdf.js";
import { HttpError } from "./requests.js";

type Query = { Querystring: DemandQuery };
const READ = { config: { allow: "read" as const } };
const EDIT = { config: { allow: "edit-scenarios" as const } };
type Post = Query & { Body: ScenarioFormValues };

const CSV_TYPE = "text/csv; charset=utf-8";
const docOf = (r: DemandRequest) =>
  demandDocument({
    council: r.council,
    demand: r.demand,
    audience: r.audience,
    period: r.period,
    savingYears: r.registers.savingYears,
  });

/** The settings asked for, to carry from link to link. */
function settingsQuery(query: DemandQuery): string {
  const kept = Object.entries({ reference: query.reference, start: query.start, months: query.months });
  return new URLSearchParams(kept.filter((e): e is [string, string] => !!e[1])).toString();
}

export function registerDemandRoutes(app: FastifyInstance, options: ServerOptions): void {
  const { store, clock } = options;
  const print = pdfPrinter(app);
  const load = (request: FastifyRequest<Query>) =>
    demandRequest(store, request, clock().toISOString().slice(0, 10));

  function links(r: DemandRequest, query: DemandQuery) {
    const { to, link } = linksFor(r.council.la, r.period);
    const kept = settingsQuery(query);
    return { to, link, here: (path: string) => (kept ? `${to(path)}&${kept}` : to(path)) };
  }

  function page(
    viewer: Viewer,
    reply: FastifyReply,
    r: DemandRequest,
    query: DemandQuery,
    form: EditorState = {},
  ) {
    const { to, link, here } = links(r, query);
    const nav = siteNav(viewer, to, "/demand", [
      ...pdfAndExcel(here, "/demand"),
      html`<a href="${here("/demand.csv")}">Download CSV</a>`,
      html`<a href="${here("/demand-scenarios.csv")}">Scenarios CSV</a>`,
    ]);
    const months = query.months ?? monthsFor(r.demand.settings);
    const after = {
      projection: demandSettingsForm(r.council.la, r.period, r.demand.settings, months),
      ...(can(viewer.role, "edit-scenarios")
        ? {
            scenarios: scenarioEditor({
              add: here("/demand/scenarios"),
              remove: here("/demand/scenarios/remove"),
              csrf: csrfField(viewer),
              saved: r.registers.demandScenarios,
              ...form,
            }),
          }
        : {}),
    };
    return reply
      .code(form.errors && form.errors.length > 0 ? 400 : 200)
      .type("text/html; charset=utf-8")
      .send(reportHtml(docOf(r), { link, nav, after }));
  }

  app.get<Query>("/demand", READ, async (request, reply) =>
    page(viewerOf(request), reply, await load(request), request.query),
  );

  app.get<Query>("/demand.csv", READ, async (request, reply) => {
    const r = await load(request);
    const name = reportFileName(docOf(r), "html", "demand").replace(/\.html$/, ".csv");
    return download(reply, Buffer.from(demandCsv(r.demand.projection, r.audience)), CSV_TYPE, name);
  });

  app.get<Query>("/demand-scenarios.csv", READ, async (request, reply) => {
    const r = await load(request);
    const name = reportFileName(docOf(r), "html", "demand-scenarios").replace(/\.html$/, ".csv");
    return download(reply, Buffer.from(scenariosCsv(r.demand.scenarios, r.audience)), CSV_TYPE, name);
  });

  app.get<Query>("/demand.xlsx", READ, async (request, reply) => {
    const doc = docOf(await load(request));
    return download(reply, await reportXlsx(doc), XLSX_TYPE, reportFileName(doc, "xlsx", "demand"));
  });

  app.get<Query>("/demand.pdf", READ, async (request, reply) => {
    const doc = docOf(await load(request));
    return download(reply, await print(doc), "application/pdf", reportFileName(doc, "pdf", "demand"));
  });

  // The posts: the guard has checked the role, the CSRF token and that the form came from this server.
  const actor = (request: FastifyRequest) => ({
    by: viewerOf(request).username,
    source: "web",
    at: clock().toISOString(),
  });
  const back = (reply: FastifyReply, r: DemandRequest, query: DemandQuery) =>
    reply.redirect(`${links(r, query).here("/demand")}#scenarios`, 303);

  app.post<Post>("/demand/scenarios", EDIT, async (request, reply) => {
    const r = await load(request);
    const saved = r.registers.demandScenarios;
    const parsed = parseScenarioForm(request.body ?? {}, saved);
    if ("errors" in parsed)
      return page(viewerOf(request), reply, r, request.query, {
        values: request.body,
        errors: parsed.errors,
      });
    await store.council(r.council.la).replace("demand-scenarios", [...saved, parsed.row], actor(request));
    return back(reply, r, request.query);
  });

  app.post<Post>("/demand/scenarios/remove", EDIT, async (request, reply) => {
    const r = await load(request);
    const name = request.body?.scenario ?? "";
    const saved = r.registers.demandScenarios;
    if (!saved.some((s) => s.scenario === name))
      throw new HttpError(400, `No scenario "${name}" is saved, so there is nothing to remove.`);
    const kept = saved.filter((s) => s.scenario !== name);
    await store.council(r.council.la).replace("demand-scenarios", kept, actor(request));
    return back(reply, r, request.query);
  });
}

interface EditorState {
  values?: ScenarioFormValues;
  errors?: readonly FieldError[];
}
