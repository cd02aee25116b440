/** The file a report is saved as, e.g. "demoshire-2024-25-P7.pdf" or "demoshire-savings-2024-25-P7.xlsx". */
import type { ReportDocument } from "./model.js";

export type ReportFormat = "html" | "pdf" | "xlsx";

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/** `what` names a document other than the monthly report, e.g. "savings" or "mtfp". */
export function reportFileName(
  report: Pick<ReportDocument, "council" | "period">,
  format: ReportFormat,
  what?: string,
): string {
  const council = slug(report.council.name) || report.council.la;
  const period = report.period.replace(/[^A-Za-z0-9-]+/g, "-");
  return `${[council, what && slug(what), period].filter(Boolean).join("-")}.${format}`;
}
