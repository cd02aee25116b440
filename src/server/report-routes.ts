/**
 * The monthly report on the web: the page, its PDF and workbook downloads, and the drill-down from
 * service area to line to the placements, posts and routes on it.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { latestPeriodWithActuals } from "../domain/budget/ledger.js";
import { audienceFor } from "../domain/disclosure/audience.js";
import { councilForecast } from "../report/demand/council-links.js";
import { councilBenchmarks, councilHistory } from "../report/measures/council-measures.js";
import { lineDetail, serviceAreaDetail } from "../report/monthly/drill-down.js";
import { reportFileName } from "../report/monthly/file-name.js";
import type { ReportDocument } from "../report/monthly/model.js";
import { type HtmlOptions, reportHtml } from "../report/monthly/render-html.js";
import { reportXlsx } from "../report/monthly/render-xlsx.js";
import { monthlyReport } from "../report/monthly/report.js";
import { councilOf, viewerOf } from "./access.js";
import type { ServerOptions } from "./app.js";
import { html } from "./html.js";
import { linksFor, pdfAndExcel, signedInAs, siteNav } from "./links.js";
import { download, pdfPrinter, XLSX_TYPE } from "./pdf.js";
import { choosePeriod, HttpError } from "./requests.js";

type Query = { Querystring: { la?: string; period?: string } };
const READ = { config: { allow: "read" as const } };

export function registerReportRoutes(app: FastifyInstance, { store }: ServerOptions): void {
  const print = pdfPrinter(app);

  async function forecast(request: FastifyRequest<Query>) {
    const council = await councilOf(store, request);
    const registers = await store.council(council.la).registers();
    const period = choosePeriod(request.query.period, latestPeriodWithActuals(registers.actuals));
    const snapshots = (await store.council(council.la).snapshots()).map((s) => s.forecast);
    const audience = audienceFor(viewerOf(request).reader, registers.assumptions);
    const outturn = await councilForecast(store.council(council.la), registers, period);
    return { council, registers, audience, outturn, snapshots };
  }

  /** The monthly report, its measures section with the council's SSDA903 history and benchmarks. */
  async function withMeasures(input: Awaited<ReturnType<typeof forecast>>) {
    const ssda903 = await councilHistory(store.council(input.council.la));
    return monthlyReport({ ...input, ssda903, benchmarks: councilBenchmarks(input.council) });
  }

  const page = (reply: FastifyReply, doc: ReportDocument | null, what: string, options: HtmlOptions) => {
    if (!doc) throw new HttpError(404, `No ${what} in the forecast at this period.`);
    return reply.type("text/html; charset=utf-8").send(reportHtml(doc, options));
  };

  app.get<Query>("/report", READ, async (request, reply) => {
    const report = await withMeasures(await forecast(request));
    const { to, link } = linksFor(report.council.la, report.period);
    const nav = siteNav(viewerOf(request), to, "/report", pdfAndExcel(to, "/report"));
    return page(reply, report, "report", { link, nav });
  });

  app.get<Query & { Params: { serviceArea: string } }>(
    "/areas/:serviceArea",
    READ,
    async (request, reply) => {
      const { council, outturn } = await forecast(request);
      const doc = serviceAreaDetail(council, outturn, request.params.serviceArea);
      const { to, link } = linksFor(council.la, outturn.period);
      const nav = html`<a href="${to("/report")}">← Monthly report</a>${signedInAs(viewerOf(request))}`;
      return page(reply, doc, `service area "${request.params.serviceArea}"`, { link, nav });
    },
  );

  app.get<Query & { Params: { costCentre: string } }>("/lines/:costCentre", READ, async (request, reply) => {
    const { council, outturn, registers, audience } = await forecast(request);
    const doc = lineDetail(council, outturn, registers, request.params.costCentre, audience);
    const { to, link } = linksFor(council.la, outturn.period);
    const nav = html`<a href="${to("/report")}">← Monthly report</a>${signedInAs(viewerOf(request))}`;
    return page(reply, doc, `budget line "${request.params.costCentre}"`, { link, nav });
  });

  app.get<Query>("/report.pdf", READ, async (request, reply) => {
    const report = await withMeasures(await forecast(request));
    return download(reply, await print(report), "application/pdf", reportFileName(report, "pdf"));
  });

  app.get<Query>("/report.xlsx", READ, async (request, reply) => {
    const report = await withMeasures(await forecast(request));
    return download(reply, await reportXlsx(report), XLSX_TYPE, reportFileName(report, "xlsx"));
  });
}
