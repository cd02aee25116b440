/** The file a report is saved as, e.g. "demoshire-2024-25-P7.pdf". */
import type { ReportDocument } from "./model.js";

export type ReportFormat = "html" | "pdf" | "xlsx";

export function reportFileName(
  report: Pick<ReportDocument, "council" | "period">,
  format: ReportFormat,
): string {
  const council =
    report.council.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || report.council.la;
  return `${council}-${report.period.replace(":", "-")}.${format}`;
}
