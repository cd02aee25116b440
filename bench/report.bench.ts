/**
 * How long the monthly report takes in each format, for Demoshire and a large council, from the
 * embedded store to the finished file: read the registers and the snapshots, forecast, build the
 * report with every section (the movement since the last closed period and the forecast accuracy
 * included), render. PDF is timed cold (Chromium started and closed, as `outturn report` does) and
 * warm (a running browser, as the server keeps). Budget: every format of the large council's report
 * under 5 s. Exits non-zero when the budget is missed.
 */
import { parsePeriodRef } from "../src/domain/calendar/financial.js";
import { OFFICER } from "../src/domain/disclosure/audience.js";
import { forecastOutturn } from "../src/domain/outturn/forecast.js";
import { launchChromium } from "../src/report/chromium.js";
import { reportHtml } from "../src/report/monthly/render-html.js";
import { reportPdf } from "../src/report/monthly/render-pdf.js";
import { reportXlsx } from "../src/report/monthly/render-xlsx.js";
import { monthlyReport } from "../src/report/monthly/report.js";
import { openSqliteStore } from "../src/store/sqlite.js";
import { benchCouncils, machine, medianMs } from "./councils.js";

const PERIOD = parsePeriodRef("2024-25:P7");
const BUDGET_MS = 5000;
const RUNS = 5;
const HISTORY_SECTIONS = ["movement", "accuracy"];

const results: { council: string; format: string; ms: number }[] = [];
const warmBrowser = await launchChromium();
for (const { name, file, la } of await benchCouncils()) {
  const store = await openSqliteStore(file);
  const council = (await store.councils()).find((c) => c.la === la);
  if (!council) throw new Error(`no council ${la}`);
  const report = async () => {
    const registers = await store.council(la).registers();
    const snapshots = (await store.council(la).snapshots()).map((s) => s.forecast);
    const outturn = forecastOutturn(registers, PERIOD);
    return monthlyReport({ council, registers, audience: OFFICER, outturn, snapshots });
  };
  const sections = (await report()).sections.map((s) => s.id);
  const missing = HISTORY_SECTIONS.filter((id) => !sections.includes(id));
  if (missing.length > 0) throw new Error(`${name}'s report has no ${missing.join(" or ")} section`);
  const formats: Record<string, () => Promise<unknown>> = {
    "report model": report,
    html: async () => reportHtml(await report()),
    xlsx: async () => reportXlsx(await report()),
    "pdf (cold Chromium)": async () => {
      const doc = await report();
      const browser = await launchChromium();
      try {
        return await reportPdf(browser, doc, reportHtml(doc));
      } finally {
        await browser.close();
      }
    },
    "pdf (warm Chromium)": async () => {
      const doc = await report();
      return reportPdf(warmBrowser, doc, reportHtml(doc));
    },
  };
  for (const [format, work] of Object.entries(formats)) {
    results.push({ council: name, format, ms: await medianMs(work, RUNS) });
  }
  await store.close();
}
await warmBrowser.close();

console.log(
  `Monthly report at ${PERIOD.year}:P${PERIOD.period} with movement and accuracy, store to file (median of ${RUNS})`,
);
console.log(`Machine: ${machine()}`);
console.table(results.map((r) => ({ council: r.council, format: r.format, "ms (median)": r.ms.toFixed(1) })));
const failures = results.filter((r) => r.council === "Large council" && r.ms >= BUDGET_MS);
for (const f of failures)
  console.error(`FAIL ${f.council} ${f.format}: ${f.ms.toFixed(0)} ms is over ${BUDGET_MS} ms`);
console.log(
  failures.length === 0
    ? `The large council's report renders in every format under ${BUDGET_MS} ms.`
    : "Budget missed.",
);
process.exitCode = failures.length === 0 ? 0 : 1;
