/**
 * The monthly report's "measures that matter" section: every measure at the report's period, finance
 * and service together, as its audience sees them (for members, small numbers suppressed). The
 * service measures use the SSDA903 history the input carries (none: each says it is not available),
 * each episode without a PL_DISTANCE given one from the council's postcode grid.
 */
import { parsePeriodRef } from "../../domain/calendar/financial.js";
import { emptyHistory, measuresAt } from "../../domain/measures/engine.js";
import { withDistances } from "../../domain/ssda903/distance.js";
import type { MonthlyReportInput, ReportSection } from "../monthly/model.js";
import { measuresSections } from "./measures-document.js";
import { viewFor } from "./member-view.js";

export function measuresSection(input: MonthlyReportInput): ReportSection | null {
  const { registers, outturn } = input;
  const report = measuresAt({
    registers,
    history: withDistances(input.ssda903 ?? emptyHistory(), registers.postcodeGrid),
    period: parsePeriodRef(outturn.period),
    forecasts: [...(input.snapshots ?? []), outturn],
  });
  const [section] = measuresSections(viewFor(report, input.audience), input.benchmarks ?? null);
  return section ?? null;
}
