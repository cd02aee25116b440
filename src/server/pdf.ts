/**
 * Printing report documents to PDF for the routes: Chromium starts on the first PDF asked for and
 * closes with the server; a browser that cannot start is a 503 a person can act on.
 */
import type { FastifyInstance, FastifyReply } from "fastify";
import type { Browser } from "playwright-core";
import { launchChromium } from "../report/chromium.js";
import type { ReportDocument } from "../report/monthly/model.js";
import { reportHtml } from "../report/monthly/render-html.js";
import { reportPdf } from "../report/monthly/render-pdf.js";
import { HttpError } from "./requests.js";

export type PdfPrinter = (doc: ReportDocument) => Promise<Buffer>;

const printers = new WeakMap<FastifyInstance, PdfPrinter>();

/** One lazily started browser per server, shared by every route that prints. */
export function pdfPrinter(app: FastifyInstance): PdfPrinter {
  const known = printers.get(app);
  if (known) return known;
  let browser: Promise<Browser> | null = null;
  app.addHook("onClose", async () => {
    const open = await browser?.catch(() => null);
    await open?.close();
  });
  const print: PdfPrinter = async (doc) => {
    // Through a promise, so a missing browser (which launchChromium throws at once) is a 503 too.
    browser ??= Promise.resolve()
      .then(launchChromium)
      .catch((error: unknown) => {
        browser = null;
        throw new HttpError(503, `The PDF cannot be printed: ${(error as Error).message}`);
      });
    return reportPdf(await browser, doc, reportHtml(doc));
  };
  printers.set(app, print);
  return print;
}

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export function download(reply: FastifyReply, body: Buffer, type: string, fileName: string) {
  return reply.type(type).header("content-disposition", `attachment; filename="${fileName}"`).send(body);
}
