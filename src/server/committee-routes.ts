/**
 * The committee report on the web: the list, the draft with its live figures as the viewer reads them,
 * the officer's editor (saved through the store, so the audit trail records who changed what), a new
 * report blank or from another, and the Word and PDF downloads. A committee report is a public paper,
 * so both downloads are always built for the member audience, small numbers suppressed, whoever asks.
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Browser } from "playwright-core";
import { can } from "../domain/access/roles.js";
import { latestPeriodWithActuals } from "../domain/budget/ledger.js";
import { audienceFor, type Reader } from "../domain/disclosure/audience.js";
import type { CommitteeReport } from "../domain/scrutiny/model.js";
import { launchChromium } from "../report/chromium.js";
import { asReportDocument } from "../report/committee/as-report.js";
import { committeeDocument } from "../report/committee/build.js";
import { chartPng } from "../report/committee/chart-picture.js";
import type { CommitteeDocument } from "../report/committee/model.js";
import { committeeDocx } from "../report/committee/render-docx.js";
import { councilForecast } from "../report/demand/council-links.js";
import { councilBenchmarks, councilHistory } from "../report/measures/council-measures.js";
import { reportFileName } from "../report/monthly/file-name.js";
import { reportHtml } from "../report/monthly/render-html.js";
import type { Council } from "../store/store.js";
import { councilOf, viewerOf } from "./access.js";
import type { ServerOptions } from "./app.js";
import { html } from "./html.js";
import { linksFor, siteNav } from "./links.js";
import { committeeFormPage, parseCommitteeForm } from "./pages/committee-form.js";
import { committeeListPage } from "./pages/committee-list.js";
import { download, pdfPrinter } from "./pdf.js";
import { choosePeriod, HttpError } from "./requests.js";

type Ref = { Params: { ref: string }; Querystring: { period?: string } };
const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
/** e.g. "demoshire-committee-cr-2024-11-2024-25-P7.docx". */
const fileName = (doc: CommitteeDocument, extension: "docx" | "pdf") =>
  reportFileName(doc, "pdf", `committee ${doc.ref}`).replace(/pdf$/, extension);
const to = (ref: string, tail = "") => `/committee-reports/${encodeURIComponent(ref)}${tail}`;

/** One lazily started browser per server to draw the Word document's charts; closed with the server. */
function chartPictures(app: FastifyInstance) {
  let browser: Promise<Browser> | null = null;
  app.addHook("onClose", async () => {
    await (await browser?.catch(() => null))?.close();
  });
  return async (chart: Parameters<typeof chartPng>[1]) => {
    browser ??= Promise.resolve()
      .then(launchChromium)
      .catch((error: unknown) => {
        browser = null;
        throw new HttpError(503, `The Word document's charts cannot be drawn: ${(error as Error).message}`);
      });
    return chartPng(await browser, chart);
  };
}

export function registerCommitteeRoutes(app: FastifyInstance, { store, clock }: ServerOptions): void {
  const print = pdfPrinter(app);
  const picture = chartPictures(app);
  const read = { config: { allow: "read" as const } };
  const edit = { config: { allow: "edit-scrutiny" as const } };

  async function reports(request: FastifyRequest) {
    const council = await councilOf(store, request);
    return { council, rows: await store.council(council.la).rows("committee-reports") };
  }

  async function reportOf(request: FastifyRequest<Ref>) {
    const { council, rows } = await reports(request);
    const row = rows.find((r) => r.ref === request.params.ref);
    if (!row)
      throw new HttpError(404, `No committee report "${request.params.ref}" in ${council.name}'s register.`);
    return { council, rows, row };
  }

  /** The report with its live figures at the period asked for (else the latest with actuals), for `reader`. */
  async function drafted(council: Council, row: CommitteeReport, period: string | undefined, reader: Reader) {
    const councilStore = store.council(council.la);
    const registers = await councilStore.registers();
    const outturn = await councilForecast(
      councilStore,
      registers,
      choosePeriod(period, latestPeriodWithActuals(registers.actuals)),
    );
    return committeeDocument(row, {
      council,
      audience: audienceFor(reader, registers.assumptions),
      outturn,
      registers,
      snapshots: (await councilStore.snapshots()).map((s) => s.forecast),
      ssda903: await councilHistory(councilStore),
      benchmarks: councilBenchmarks(council),
    });
  }

  app.get("/committee-reports", read, async (request, reply) => {
    const { council, rows } = await reports(request);
    return reply
      .type("text/html; charset=utf-8")
      .send(committeeListPage(council, viewerOf(request), rows).text);
  });

  app.post<{ Body: Record<string, unknown> }>("/committee-reports", edit, async (request, reply) => {
    const { council, rows } = await reports(request);
    const viewer = viewerOf(request);
    const ref = typeof request.body?.ref === "string" ? request.body.ref.trim() : "";
    const from = typeof request.body?.from === "string" ? request.body.from : "";
    const source = rows.find((r) => r.ref === from);
    const problem =
      ref === ""
        ? "Ref must not be blank."
        : rows.some((r) => r.ref === ref)
          ? `Ref "${ref}" is already a committee report; give the new one its own ref.`
          : from !== "" && !source
            ? `There is no committee report "${from}" to start from.`
            : ref.length > 200
              ? `Ref "${ref.slice(0, 40)}…" must be at most 200 characters.`
              : null;
    if (problem)
      return reply
        .code(400)
        .type("text/html; charset=utf-8")
        .send(committeeListPage(council, viewer, rows, problem).text);
    const today = clock().toISOString().slice(0, 10);
    const row: CommitteeReport = source
      ? { ...source, ref }
      : blankReport(ref, rows.at(-1)?.committee ?? "Scrutiny Committee", today);
    await store.council(council.la).replace("committee-reports", [...rows, row], actorOf(viewer.username));
    return reply.redirect(to(ref, "/edit"), 303);
  });

  const actorOf = (by: string) => ({ by, source: "web", at: clock().toISOString() });

  app.get<Ref>("/committee-reports/:ref", read, async (request, reply) => {
    const { council, row } = await reportOf(request);
    const viewer = viewerOf(request);
    const doc = await drafted(council, row, request.query.period, viewer.reader);
    const { to: link, link: drill } = linksFor(council.la, doc.period);
    const downloads = [
      html`<a href="${to(row.ref, ".docx")}">Download Word</a>`,
      html`<a href="${to(row.ref, ".pdf")}">Download PDF</a>`,
      ...(can(viewer.role, "edit-scrutiny")
        ? [html`<a href="${to(row.ref, "/edit")}">Edit the narrative</a>`]
        : []),
      html`<a href="/committee-reports">All committee reports</a>`,
    ];
    const nav = siteNav(viewer, link, null, downloads);
    return reply
      .type("text/html; charset=utf-8")
      .send(reportHtml(asReportDocument(doc), { nav, link: drill }));
  });

  app.get<Ref>("/committee-reports/:ref/edit", edit, async (request, reply) => {
    const { council, row } = await reportOf(request);
    const values = Object.fromEntries(Object.entries(row).map(([k, v]) => [k, String(v ?? "")]));
    return reply
      .type("text/html; charset=utf-8")
      .send(committeeFormPage(council, viewerOf(request), row.ref, values).text);
  });

  app.post<Ref & { Body: Record<string, unknown> }>(
    "/committee-reports/:ref/edit",
    edit,
    async (request, reply) => {
      const { council, rows, row } = await reportOf(request);
      const viewer = viewerOf(request);
      const parsed = parseCommitteeForm(row.ref, request.body ?? {});
      if ("errors" in parsed)
        return reply
          .code(400)
          .type("text/html; charset=utf-8")
          .send(committeeFormPage(council, viewer, row.ref, parsed.values, parsed.errors).text);
      const saved = rows.map((r) => (r.ref === row.ref ? parsed.row : r));
      await store.council(council.la).replace("committee-reports", saved, actorOf(viewer.username));
      return reply.redirect(to(row.ref), 303);
    },
  );

  app.get<Ref>("/committee-reports/:ref.docx", read, async (request, reply) => {
    const { council, row } = await reportOf(request);
    const doc = await drafted(council, row, request.query.period, "member");
    return download(reply, await committeeDocx(doc, picture), DOCX_TYPE, fileName(doc, "docx"));
  });

  app.get<Ref>("/committee-reports/:ref.pdf", read, async (request, reply) => {
    const { council, row } = await reportOf(request);
    const doc = await drafted(council, row, request.query.period, "member");
    const report = asReportDocument(doc);
    return download(reply, await print(report), "application/pdf", fileName(doc, "pdf"));
  });
}

/** A new report's cover as a scrutiny officer usually starts one; the narrative is left to write. */
function blankReport(ref: string, committee: string, today: string): CommitteeReport {
  return {
    ref,
    title: "New committee report",
    committee,
    meeting: today,
    reportBy: "Statutory Scrutiny Officer",
    classification: "Open",
    decisionType: "This is not an executive decision",
    wards: "(All Wards)",
    purpose: "",
    recommendations: "",
    alternativeOptions: "",
    keyConsiderations: "",
    communityImpact: "",
    environmentalImpact: "",
    equalityDuty: "",
    resourceImplications: "",
    legalImplications: "",
    riskImplications: "",
    consultees: "",
    appendices: "",
  };
}
