/**
 * The demand projection in the councillors' pack: the chart with its bands, the children projected
 * by placement category at each 31 March, the cost by financial year, the backtest in words and the
 * scenarios beside the base, as the report's audience sees them. Needs the council's SSDA903 history;
 * without returns there is no section.
 */
import type { MonthlyReportInput, ReportSection } from "../monthly/model.js";
import { costByYearTable } from "./cost-tables.js";
import { projectionChart } from "./demand-chart.js";
import { CHART_TITLE, DEMAND_TITLE, scenariosIntro } from "./demand-document.js";
import { demandSeries } from "./demand-series.js";
import { settingsInWords } from "./demand-words.js";
import { populationTables } from "./projection-tables.js";
import { comparisonBlocks } from "./scenario-tables.js";
import { sharedDemand } from "./shared-demand.js";

const PREFIX = "Demand: ";

export function demandSection(input: MonthlyReportInput): ReportSection | null {
  const history = input.ssda903;
  if (!history || history.years.length === 0) return null;
  const section = { id: "demand", title: DEMAND_TITLE };
  // Made once per report: the MTFP and the outturn's expected starters read the same projection.
  const shared = sharedDemand(input.registers, history, input.outturn.asAt);
  if ("unavailable" in shared)
    return {
      ...section,
      notes: [{ text: `No projection: ${shared.unavailable}.`, alert: true }],
      blocks: [],
    };
  const { demand } = shared;
  const { audience } = input;
  const series = demandSeries(demand.projection);
  const [byCategory] = populationTables(series, audience, PREFIX);
  const backtest = demand.backtest.ok ? demand.backtest.summary : demand.backtest.reason;
  return {
    ...section,
    intro: settingsInWords(demand.settings),
    notes: [{ text: `Backtest: ${backtest}` }, { text: scenariosIntro(demand.scenarios.length) }],
    blocks: [
      projectionChart(series, audience, CHART_TITLE),
      ...(byCategory ? [byCategory] : []),
      costByYearTable(demand.cost, series, audience, PREFIX),
      ...comparisonBlocks(demand.scenarios, audience, PREFIX),
    ],
  };
}
