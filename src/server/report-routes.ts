/**
 * The monthly report on the web: the page, its PDF and workbook downloads, and the drill-down from
 * service area to line to the placements, posts and routes on it. Chromium starts on the first PDF
 * and closes with the server.
 */
import type { FastifyInstance, FastifyReply } from "fastify";
import type { Browser } from "playwright-core";
import { latestPeriodWithActuals } from "../domain/budget/ledger.js";
import { forecastOutturn } from "../domain/outturn/forecast.js";
import { launchChromium } from "../report/chromium.js";
import { lineDetail, serviceAreaDetail } from "../report/monthly/drill-down.js";
import { reportFileName } from "../report/monthly/file-name.js";
import type { DrillTarget, ReportDocument } from "../report/monthly/model.js";
import { type HtmlOptions, reportHtml } from "../report/monthly/render-html.js";
import { reportPdf } from "../report/monthly/render-pdf.js";
import { reportXlsx } from "../report/monthly/render-xlsx.js";
import { monthlyReport } from "../report/monthly/report.js";
import type { ServerOptions } from "./app.js";
import { html } from "./html.js";
import { choosePeriod, councilOrNotFound, HttpError } from "./requests.js";

type Query = { Querystring: { la?: string; period?: string } };

export function registerReportRoutes(app: FastifyInstance, { store }: ServerOptions): void {
  let browser: Promise<Browser> | null = null;
  app.addHook("onClose", async () => {
    const open = await browser?.catch(() => null);
    await open?.close();
  });

  async function forecast(query: Query["Querystring"]) {
    const council = await councilOrNotFound(store, query.la);
    const registers = await store.council(council.la).registers();
    const period = choosePeriod(query.period, latestPeriodWithActuals(registers.actuals));
    const snapshots = (await store.council(council.la).snapshots()).map((s) => s.forecast);
    return { council, registers, outturn: forecastOutturn(registers, period), snapshots };
  }

  /** Links that keep the council and period, for drill-down rows and the navigation. */
  function linksFor(doc: Pick<ReportDocument, "council" | "period">) {
    const query = new URLSearchParams({ la: doc.council.la, period: doc.period }).toString();
    const to = (path: string) => `${path}?${query}`;
    const link = (target: DrillTarget) =>
      target.kind === "line"
        ? to(`/lines/${encodeURIComponent(target.costCentre)}`)
        : to(`/areas/${encodeURIComponent(target.serviceArea)}`);
    return { to, link };
  }

  const page = (reply: FastifyReply, doc: ReportDocument | null, what: string, options: HtmlOptions) => {
    if (!doc) throw new HttpError(404, `No ${what} in the forecast at this period.`);
    return reply.type("text/html; charset=utf-8").send(reportHtml(doc, options));
  };

  app.get<Query>("/report", async (request, reply) => {
    const report = monthlyReport(await forecast(request.query));
    const { to, link } = linksFor(report);
    const nav = html`<a href="${to("/")}">← Forecast outturn</a><a href="${to("/report.pdf")}">Download PDF</a><a href="${to("/report.xlsx")}">Download Excel</a>`;
    return page(reply, report, "report", { link, nav });
  });

  app.get<Query & { Params: { serviceArea: string } }>("/areas/:serviceArea", async (request, reply) => {
    const { council, outturn } = await forecast(request.query);
    const doc = serviceAreaDetail(council, outturn, request.params.serviceArea);
    const { to, link } = linksFor({ council, period: outturn.period });
    const nav = html`<a href="${to("/report")}">← Monthly report</a>`;
    return page(reply, doc, `service area "${request.params.serviceArea}"`, { link, nav });
  });

  app.get<Query & { Params: { costCentre: string } }>("/lines/:costCentre", async (request, reply) => {
    const { council, outturn, registers } = await forecast(request.query);
    const doc = lineDetail(council, outturn, registers, request.params.costCentre);
    const { to, link } = linksFor({ council, period: outturn.period });
    const nav = html`<a href="${to("/report")}">← Monthly report</a>`;
    return page(reply, doc, `budget line "${request.params.costCentre}"`, { link, nav });
  });

  app.get<Query>("/report.pdf", async (request, reply) => {
    const report = monthlyReport(await forecast(request.query));
    browser ??= launchChromium().catch((error: unknown) => {
      browser = null;
      throw new HttpError(503, `The PDF cannot be printed: ${(error as Error).message}`);
    });
    const pdf = await reportPdf(await browser, report, reportHtml(report));
    return download(reply, pdf, "application/pdf", reportFileName(report, "pdf"));
  });

  app.get<Query>("/report.xlsx", async (request, reply) => {
    const report = monthlyReport(await forecast(request.query));
    const xlsx = await reportXlsx(report);
    const type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    return download(reply, xlsx, type, reportFileName(report, "xlsx"));
  });
}

function download(reply: FastifyReply, body: Buffer, type: string, fileName: string) {
  return reply.type(type).header("content-disposition", `attachment; filename="${fileName}"`).send(body);
}
