/**
 * The monthly report's "measures that matter" section: the member view (small numbers suppressed)
 * of every measure at the report's period, finance and service together. The service measures use
 * the SSDA903 history the input carries (none: each says it is not available).
 */
import { parsePeriodRef } from "../../domain/calendar/financial.js";
import { emptyHistory, measuresAt } from "../../domain/measures/engine.js";
import type { MonthlyReportInput, ReportSection } from "../monthly/model.js";
import { measuresSections } from "./measures-document.js";
import { memberView } from "./member-view.js";

export function measuresSection(input: MonthlyReportInput): ReportSection | null {
  const { registers, outturn } = input;
  const report = measuresAt({
    registers,
    history: input.ssda903 ?? emptyHistory(),
    period: parsePeriodRef(outturn.period),
    forecasts: [...(input.snapshots ?? []), outturn],
  });
  const [section] = measuresSections(memberView(report), input.benchmarks ?? null);
  return section ?? null;
}
