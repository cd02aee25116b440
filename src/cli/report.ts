/** `outturn report`: the monthly outturn report as an HTML, PDF or Excel file. */
import { writeFile } from "node:fs/promises";
import type { PeriodRef } from "../domain/calendar/financial.js";
import { audienceFor } from "../domain/disclosure/audience.js";
import { launchChromium } from "../report/chromium.js";
import { councilForecast } from "../report/demand/council-links.js";
import { councilBenchmarks, councilHistory } from "../report/measures/council-measures.js";
import { type ReportFormat, reportFileName } from "../report/monthly/file-name.js";
import { reportHtml } from "../report/monthly/render-html.js";
import { reportPdf } from "../report/monthly/render-pdf.js";
import { reportXlsx } from "../report/monthly/render-xlsx.js";
import { monthlyReport } from "../report/monthly/report.js";
import type { Store } from "../store/store.js";
import { chooseCouncil } from "./context.js";
import { progressBar } from "./progress.js";

export interface ReportOptions {
  period: PeriodRef;
  format: ReportFormat;
  la?: string;
  out?: string;
  /** An officer's edition, with child-level rows and small numbers. */
  unsuppressed?: boolean;
}

/** Writes the report and returns the file it wrote. PDF printing shows a progress bar. */
export async function reportCommand(store: Store, options: ReportOptions): Promise<string> {
  const bar = options.format === "pdf" ? progressBar("Report") : { update: () => {}, stop: () => {} };
  const steps = 5;
  bar.update(0, steps, "reading the registers");
  const council = await chooseCouncil(store, options.la);
  const registers = await store.council(council.la).registers();
  const snapshots = (await store.council(council.la).snapshots()).map((s) => s.forecast);
  bar.update(1, steps, "forecasting");
  const outturn = await councilForecast(store.council(council.la), registers, options.period);
  const ssda903 = await councilHistory(store.council(council.la));
  const benchmarks = councilBenchmarks(council);
  const audience = audienceFor(options.unsuppressed ? "officer" : "member", registers.assumptions);
  const report = monthlyReport({ council, registers, audience, outturn, snapshots, ssda903, benchmarks });
  const file = options.out ?? reportFileName(report, options.format);
  bar.update(2, steps, "laying out");
  let body: string | Buffer;
  if (options.format === "xlsx") body = await reportXlsx(report);
  else if (options.format === "html") body = reportHtml(report);
  else {
    bar.update(3, steps, "starting Chromium");
    const browser = await launchChromium();
    try {
      bar.update(4, steps, "printing");
      body = await reportPdf(browser, report, reportHtml(report));
    } finally {
      await browser.close();
    }
  }
  await writeFile(file, body);
  bar.update(steps, steps, "written");
  bar.stop();
  return file;
}
