/**
 * The measures that matter on the web: /measures (finance and service side by side), /measures/:id
 * (a measure's history, commentary and benchmarks), /measures.xlsx and /measures.pdf, as the server's
 * viewer reads them: for members, small counts of children and anything made from them are suppressed.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { measureDetail } from "../report/measures/measure-detail.js";
import { measuresDocument } from "../report/measures/measures-document.js";
import { viewFor } from "../report/measures/member-view.js";
import { reportFileName } from "../report/monthly/file-name.js";
import type { ReportDocument } from "../report/monthly/model.js";
import { type HtmlOptions, reportHtml } from "../report/monthly/render-html.js";
import { reportXlsx } from "../report/monthly/render-xlsx.js";
import { viewerOf } from "./access.js";
import type { ServerOptions } from "./app.js";
import { html } from "./html.js";
import { linksFor, pdfAndExcel, signedInAs, siteNav } from "./links.js";
import { measuresRequest } from "./measures-requests.js";
import { download, pdfPrinter, XLSX_TYPE } from "./pdf.js";
import { HttpError } from "./requests.js";

type Query = { Querystring: { la?: string; period?: string } };
const READ = { config: { allow: "read" as const } };

const show = (reply: FastifyReply, doc: ReportDocument, options: HtmlOptions) =>
  reply.type("text/html; charset=utf-8").send(reportHtml(doc, options));

export function registerMeasuresRoutes(app: FastifyInstance, { store }: ServerOptions): void {
  const print = pdfPrinter(app);
  async function measures(request: FastifyRequest<Query>) {
    const { council, report, benchmarks, audience } = await measuresRequest(store, request);
    const view = viewFor(report, audience);
    return { council, view, benchmarks, doc: measuresDocument(council, view, benchmarks) };
  }

  app.get<Query>("/measures", READ, async (request, reply) => {
    const { doc } = await measures(request);
    const { to, link } = linksFor(doc.council.la, doc.period);
    return show(reply, doc, {
      link,
      nav: siteNav(viewerOf(request), to, "/measures", pdfAndExcel(to, "/measures")),
    });
  });

  app.get<Query & { Params: { id: string } }>("/measures/:id", READ, async (request, reply) => {
    const { council, view, benchmarks } = await measures(request);
    const doc = measureDetail(council, view, request.params.id, benchmarks);
    if (!doc) throw new HttpError(404, `No measure "${request.params.id}" in Outturn's catalogue.`);
    const { to, link } = linksFor(council.la, view.period);
    return show(reply, doc, {
      link,
      nav: html`<a href="${to("/measures")}">← Measures that matter</a>${signedInAs(viewerOf(request))}`,
    });
  });

  app.get<Query>("/measures.xlsx", READ, async (request, reply) => {
    const { doc } = await measures(request);
    return download(reply, await reportXlsx(doc), XLSX_TYPE, reportFileName(doc, "xlsx", "measures"));
  });

  app.get<Query>("/measures.pdf", READ, async (request, reply) => {
    const { doc } = await measures(request);
    return download(reply, await print(doc), "application/pdf", reportFileName(doc, "pdf", "measures"));
  });
}
