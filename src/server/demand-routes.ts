/**
 * The demand projection on the web: /demand (the projection with its bands, the backtest beside it,
 * the rates, the cost and the scenarios), /demand.csv and /demand-scenarios.csv, /demand.xlsx and
 * /demand.pdf, as the server's reader sees them. On an officers' server the page has the scenario
 * editor, which posts to /demand/scenarios (add) and /demand/scenarios/remove; a member's server
 * shows the scenarios read-only and refuses the posts.
 */
import type { FastifyInstance, FastifyReply } from "fastify";
import { demandCsv, scenariosCsv } from "../report/demand/demand-csv.js";
import { demandDocument } from "../report/demand/demand-document.js";
import { reportFileName } from "../report/monthly/file-name.js";
import { reportHtml } from "../report/monthly/render-html.js";
import { reportXlsx } from "../report/monthly/render-xlsx.js";
import type { ServerOptions } from "./app.js";
import { type DemandQuery, type DemandRequest, demandRequest, monthsFor } from "./demand-requests.js";
import { html } from "./html.js";
import { linksFor, pdfAndExcel, siteNav } from "./links.js";
import { demandSettingsForm } from "./pages/demand-settings-form.js";
import {
  type FieldError,
  parseScenarioForm,
  type ScenarioFormValues,
  scenarioEditor,
} from "./pages/scenario-form.js";
import { download, pdfPrinter, XLSX_TYPE } from "./pdf.js";
import { HttpError } from "./requests.js";
import { requireSameOrigin } from "./same-origin.js";

type Query = { Querystring: DemandQuery };
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
  const { store, clock, reader = "member" } = options;
  const print = pdfPrinter(app);
  const load = (query: DemandQuery) =>
    demandRequest(store, query, reader, clock().toISOString().slice(0, 10));

  function links(r: DemandRequest, query: DemandQuery) {
    const { to, link } = linksFor(r.council.la, r.period);
    const kept = settingsQuery(query);
    return { to, link, here: (path: string) => (kept ? `${to(path)}&${kept}` : to(path)) };
  }

  function page(reply: FastifyReply, r: DemandRequest, query: DemandQuery, form: EditorState = {}) {
    const { to, link, here } = links(r, query);
    const nav = siteNav(to, "/demand", [
      ...pdfAndExcel(here, "/demand"),
      html`<a href="${here("/demand.csv")}">Download CSV</a>`,
      html`<a href="${here("/demand-scenarios.csv")}">Scenarios CSV</a>`,
    ]);
    const months = query.months ?? monthsFor(r.demand.settings);
    const after = {
      projection: demandSettingsForm(r.council.la, r.period, r.demand.settings, months),
      ...(reader === "officer"
        ? {
            scenarios: scenarioEditor({
              add: here("/demand/scenarios"),
              remove: here("/demand/scenarios/remove"),
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

  app.get<Query>("/demand", async (request, reply) => page(reply, await load(request.query), request.query));

  app.get<Query>("/demand.csv", async (request, reply) => {
    const r = await load(request.query);
    const name = reportFileName(docOf(r), "html", "demand").replace(/\.html$/, ".csv");
    return download(reply, Buffer.from(demandCsv(r.demand.projection, r.audience)), CSV_TYPE, name);
  });

  app.get<Query>("/demand-scenarios.csv", async (request, reply) => {
    const r = await load(request.query);
    const name = reportFileName(docOf(r), "html", "demand-scenarios").replace(/\.html$/, ".csv");
    return download(reply, Buffer.from(scenariosCsv(r.demand.scenarios, r.audience)), CSV_TYPE, name);
  });

  app.get<Query>("/demand.xlsx", async (request, reply) => {
    const doc = docOf(await load(request.query));
    return download(reply, await reportXlsx(doc), XLSX_TYPE, reportFileName(doc, "xlsx", "demand"));
  });

  app.get<Query>("/demand.pdf", async (request, reply) => {
    const doc = docOf(await load(request.query));
    return download(reply, await print(doc), "application/pdf", reportFileName(doc, "pdf", "demand"));
  });

  // The posts in their own scope, so the form body parser is theirs alone. Each is accepted only from
  // this server's own page (same-origin.ts); full CSRF tokens come with sign-in, in a later issue.
  app.register(async (scope) => {
    scope.addContentTypeParser(
      "application/x-www-form-urlencoded",
      { parseAs: "string" },
      (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(String(body)))),
    );

    async function editable(request: { headers: Record<string, unknown>; query: DemandQuery }) {
      if (reader !== "officer")
        throw new HttpError(403, "Scenarios are changed on an officers' server; here they are read-only.");
      requireSameOrigin(request as never);
      return load(request.query);
    }
    const actor = () => ({ by: "web", source: "web", at: clock().toISOString() });
    const back = (reply: FastifyReply, r: DemandRequest, query: DemandQuery) =>
      reply.redirect(`${links(r, query).here("/demand")}#scenarios`, 303);

    scope.post<Post>("/demand/scenarios", async (request, reply) => {
      const r = await editable(request);
      const saved = r.registers.demandScenarios;
      const parsed = parseScenarioForm(request.body ?? {}, saved);
      if ("errors" in parsed)
        return page(reply, r, request.query, { values: request.body, errors: parsed.errors });
      await store.council(r.council.la).replace("demand-scenarios", [...saved, parsed.row], actor());
      return back(reply, r, request.query);
    });

    scope.post<Post>("/demand/scenarios/remove", async (request, reply) => {
      const r = await editable(request);
      const name = request.body?.scenario ?? "";
      const saved = r.registers.demandScenarios;
      if (!saved.some((s) => s.scenario === name))
        throw new HttpError(400, `No scenario "${name}" is saved, so there is nothing to remove.`);
      const kept = saved.filter((s) => s.scenario !== name);
      await store.council(r.council.la).replace("demand-scenarios", kept, actor());
      return back(reply, r, request.query);
    });
  });
}

interface EditorState {
  values?: ScenarioFormValues;
  errors?: readonly FieldError[];
}
