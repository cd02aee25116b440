/**
 * The savings tracker and the MTFP on the web: /savings with drill-down to each saving's evidence,
 * /mtfp with its scenarios, and each as PDF and Excel through the report's renderers.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { scenarioNames } from "../domain/mtfp/scenario.js";
import { reportFileName } from "../report/monthly/file-name.js";
import type { ReportDocument } from "../report/monthly/model.js";
import { type HtmlOptions, reportHtml } from "../report/monthly/render-html.js";
import { reportXlsx } from "../report/monthly/render-xlsx.js";
import { mtfpDocument } from "../report/savings/mtfp-document.js";
import { savingDetail } from "../report/savings/saving-detail.js";
import { savingsDocument } from "../report/savings/savings-document.js";
import { viewerOf } from "./access.js";
import type { ServerOptions } from "./app.js";
import { html } from "./html.js";
import { linksFor, pdfAndExcel, signedInAs, siteNav } from "./links.js";
import { download, pdfPrinter, XLSX_TYPE } from "./pdf.js";
import { HttpError } from "./requests.js";
import { councilRegisters, mtfpOrNotFound, planOptionsFor, viewerTracker } from "./savings-requests.js";

type Query = { Querystring: { la?: string; period?: string; scenario?: string } };
const READ = { config: { allow: "read" as const } };

const show = (reply: FastifyReply, doc: ReportDocument, options: HtmlOptions) =>
  reply.type("text/html; charset=utf-8").send(reportHtml(doc, options));

export function registerSavingsRoutes(app: FastifyInstance, { store, clock }: ServerOptions): void {
  const print = pdfPrinter(app);

  async function savings(request: FastifyRequest<Query>) {
    const { council, registers, period, tracker } = await viewerTracker(store, request);
    return { council, registers, period, tracker, doc: savingsDocument(council, tracker, period) };
  }

  async function mtfp(request: FastifyRequest<Query>) {
    const { council, registers } = await councilRegisters(store, request);
    const options = await planOptionsFor(store, council, registers);
    const { plan, scenarios } = mtfpOrNotFound(council, registers, request.query.scenario, options);
    const doc = mtfpDocument(council, plan, scenarios, clock().toISOString().slice(0, 10));
    return { doc, names: scenarioNames(registers) };
  }

  app.get<Query>("/savings", READ, async (request, reply) => {
    const { doc } = await savings(request);
    const { to, link } = linksFor(doc.council.la, doc.period);
    return show(reply, doc, {
      link,
      nav: siteNav(viewerOf(request), to, "/savings", pdfAndExcel(to, "/savings")),
    });
  });

  app.get<Query & { Params: { ref: string } }>("/savings/:ref", READ, async (request, reply) => {
    const { council, registers, period, tracker } = await savings(request);
    const { ref } = request.params;
    const doc = savingDetail(council, tracker, registers, ref, period);
    if (!doc) {
      const known = registers.savings.some((s) => s.ref === ref);
      throw new HttpError(
        404,
        known
          ? `Saving "${ref}" has no target in ${tracker.year}, so it is not tracked at ${period}.`
          : `No saving "${ref}" in ${council.name}'s savings register.`,
      );
    }
    const { to, link } = linksFor(council.la, period);
    return show(reply, doc, {
      link,
      nav: html`<a href="${to("/savings")}">← Savings tracker</a>${signedInAs(viewerOf(request))}`,
    });
  });

  app.get<Query>("/savings.pdf", READ, async (request, reply) => {
    const { doc } = await savings(request);
    return download(reply, await print(doc), "application/pdf", reportFileName(doc, "pdf", "savings"));
  });

  app.get<Query>("/savings.xlsx", READ, async (request, reply) => {
    const { doc } = await savings(request);
    return download(reply, await reportXlsx(doc), XLSX_TYPE, reportFileName(doc, "xlsx", "savings"));
  });

  app.get<Query>("/mtfp", READ, async (request, reply) => {
    const { doc, names } = await mtfp(request);
    const { to, link } = linksFor(doc.council.la, request.query.period);
    const asked = request.query.scenario;
    const withScenario = (path: string, name = asked) =>
      name ? `${to(path)}&${new URLSearchParams({ scenario: name }).toString()}` : to(path);
    const pick = (name: string | undefined, label: string) =>
      name === asked
        ? html`<strong>${label}</strong>`
        : html`<a href="${withScenario("/mtfp", name)}">${label}</a>`;
    const links = [
      ...pdfAndExcel(withScenario, "/mtfp"),
      ...(names.length > 0
        ? [html`<span>Scenario:</span>`, pick(undefined, "All"), ...names.map((n) => pick(n, n))]
        : []),
    ];
    return show(reply, doc, { link, nav: siteNav(viewerOf(request), to, "/mtfp", links) });
  });

  app.get<Query>("/mtfp.pdf", READ, async (request, reply) => {
    const { doc } = await mtfp(request);
    return download(reply, await print(doc), "application/pdf", reportFileName(doc, "pdf", "mtfp"));
  });

  app.get<Query>("/mtfp.xlsx", READ, async (request, reply) => {
    const { doc } = await mtfp(request);
    return download(reply, await reportXlsx(doc), XLSX_TYPE, reportFileName(doc, "xlsx", "mtfp"));
  });
}
