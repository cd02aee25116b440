/** A report document printed to PDF by headless Chromium: A4 landscape, page numbers in the footer. */
import type { Browser } from "playwright-core";
import { escapeHtml } from "../../server/html.js";
import type { ReportDocument } from "./model.js";

/** Prints the document's HTML (from reportHtml) in a fresh page of an open browser. */
export async function reportPdf(
  browser: Browser,
  doc: ReportDocument,
  documentHtml: string,
): Promise<Buffer> {
  const page = await browser.newPage();
  try {
    await page.setContent(documentHtml, { waitUntil: "load" });
    const footer = escapeHtml(`${doc.council.name} · ${doc.title}`);
    return await page.pdf({
      format: "A4",
      landscape: true,
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: "<span></span>",
      footerTemplate: `<div style="font-size:8px;width:100%;padding:0 10mm;display:flex;justify-content:space-between;font-family:'DejaVu Sans',Arial,sans-serif"><span>${footer}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`,
      margin: { top: "12mm", bottom: "16mm", left: "10mm", right: "10mm" },
    });
  } finally {
    await page.close();
  }
}
