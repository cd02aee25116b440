/** monthlyReport: the council's monthly outturn report, section by section, from the forecast and registers. */
import { demandSection } from "../demand/demand-section.js";
import { measuresSection } from "../measures/measures-section.js";
import { mtfpSection } from "../savings/mtfp-document.js";
import { savingsKeyFigures, savingsSection } from "../savings/savings-document.js";
import { scrutinySection } from "../scrutiny/scrutiny-document.js";
import { accuracySection, movementSection } from "./history-section.js";
import type { MonthlyReport, MonthlyReportInput, SectionBuilder } from "./model.js";
import { forecastChartSection, outturnSection, warningsSection } from "./outturn-section.js";
import { highCostSection, unitCostSection } from "./placements-section.js";
import { transportSection, workforceSection } from "./staffing-transport-section.js";
import { headline, keyFigures, summarySection } from "./summary.js";
import { varianceSection } from "./variance-section.js";

/**
 * The sections in the order a councillor reads them: the headline and the forecast through the year,
 * what drives the variance, the outturn by area and line, the savings and their evidence, the measures
 * that matter (finance and service), the scrutiny recommendations and what is overdue, the movement since last month, then the services in depth, how
 * accurate past forecasts were, the demand and cost projection, and the medium term financial plan. A new section is a builder in its own file,
 * added here; the renderers need no change.
 */
export const MONTHLY_SECTIONS: readonly SectionBuilder[] = [
  summarySection,
  varianceSection,
  outturnSection,
  forecastChartSection,
  savingsSection,
  measuresSection,
  scrutinySection,
  movementSection,
  highCostSection,
  unitCostSection,
  workforceSection,
  transportSection,
  accuracySection,
  demandSection,
  mtfpSection,
  warningsSection,
];

export function monthlyReport(input: MonthlyReportInput): MonthlyReport {
  const { council, outturn } = input;
  return {
    title: `Monthly outturn report ${outturn.period}`,
    council,
    period: outturn.period,
    asAt: outturn.asAt,
    headline: headline(outturn),
    keyFigures: [...keyFigures(outturn), ...savingsKeyFigures(input)],
    sections: MONTHLY_SECTIONS.flatMap((build) => build(input) ?? []),
  };
}
