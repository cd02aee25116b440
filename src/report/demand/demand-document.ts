/**
 * The demand projection as a document (the /demand page, its PDF and workbook): the projection with
 * its bands and the settings in words, the backtest beside it, the rates that drive it, the cost at
 * the council's own unit costs, and the saved scenarios compared with the base. Built for an
 * audience: a member's edition suppresses small numbers of children and what is made from them.
 */
import type { Backtest } from "../../domain/demand/backtest/backtest.js";
import { longDate } from "../../domain/demand/words.js";
import type { Audience } from "../../domain/disclosure/audience.js";
import type { SavingYear } from "../../domain/savings/saving.js";
import type { Council } from "../../store/store.js";
import type { ReportDocument, ReportSection } from "../monthly/model.js";
import { costByYearTable, costNotes, unitCostsTable } from "./cost-tables.js";
import type { CouncilDemand } from "./council-demand.js";
import { projectionChart } from "./demand-chart.js";
import { demandSeries } from "./demand-series.js";
import { settingsInWords } from "./demand-words.js";
import { backtestTable, populationTables, ratesTables } from "./projection-tables.js";
import { evidenceTable, scenarioListTables } from "./scenario-list.js";
import { comparisonBlocks } from "./scenario-tables.js";

export const DEMAND_TITLE = "Demand and cost projection";
export const CHART_TITLE = "Children looked after, projected, with their range";

/** Where the backtest sits, in words, or why there is none. */
export function backtestNotes(result: Backtest): NonNullable<ReportSection["notes"]> {
  if (!result.ok) return [{ text: result.reason, alert: true }];
  const s = result.settings;
  const moved =
    result.yearsBack === 0
      ? "The projection ends within the returns, so it is its own backtest"
      : `The same settings moved back ${result.yearsBack} year${result.yearsBack === 1 ? "" : "s"}`;
  return [
    {
      text: `${moved}: rates from ${longDate(s.referenceStart)} to ${longDate(s.referenceEnd)}, projected from ${longDate(s.start)} and compared at each month end with the children the returns show were looked after.`,
    },
  ];
}

export function scenariosIntro(count: number): string {
  return count === 0
    ? "No scenario is saved yet. A scenario is what a head of service would say, such as stepping down 10 children from residential to fostering by March; each is translated into changes to the model's rates and compared with the base."
    : `${count} saved scenario${count === 1 ? "" : "s"}, each translated into changes to the model's rates (or, for carers, to the in-house and IFA fostering shares) and compared with the base. Removing a scenario leaves the base as it was.`;
}

export interface DemandDocumentInput {
  council: Council;
  demand: CouncilDemand;
  audience: Audience;
  /** The reporting period the page is opened at, e.g. "2024-25:P7". */
  period: string;
  savingYears: readonly SavingYear[];
}

export function demandDocument(input: DemandDocumentInput): ReportDocument {
  const { council, demand, audience, period } = input;
  const series = demandSeries(demand.projection);
  const evidence = evidenceTable(demand.scenarios, input.savingYears);
  return {
    title: DEMAND_TITLE,
    council,
    period,
    asAt: demand.settings.start,
    subtitle: `Children looked after projected from ${longDate(demand.settings.start)} by the demand model, costed at ${council.name}'s own unit costs, with its backtest and scenarios.`,
    sections: [
      {
        id: "projection",
        title: "Projection",
        intro: settingsInWords(demand.settings),
        blocks: [projectionChart(series, audience, CHART_TITLE), ...populationTables(series, audience)],
      },
      {
        id: "backtest",
        title: "Backtest",
        ...(demand.backtest.ok ? { intro: demand.backtest.summary } : {}),
        notes: backtestNotes(demand.backtest),
        blocks: [backtestTable(demand.backtest, audience)].flatMap((t) => t ?? []),
      },
      {
        id: "rates",
        title: "The rates that drive it",
        intro:
          "The rates are the means over the reference period's days. A daily rate × 365 is the share of the children in a state who would make the move in a year at that rate; each child also ages into the next bracket on their birthday. Moves at a rate of 0, and moves between two placements in the same state, are not listed.",
        blocks: ratesTables(demand.projection, audience),
      },
      {
        id: "cost",
        title: "Projected cost",
        intro: `Each day, a category's projected children × its sub-types' shares × their weekly unit costs ÷ 7, summed by financial year. Unit costs are measured from ${council.name}'s placements unless the demand-costs register enters them.`,
        notes: costNotes(demand.cost, audience),
        blocks: [costByYearTable(demand.cost, series, audience), unitCostsTable(demand.basis, audience)],
      },
      {
        id: "scenarios",
        title: "Scenarios",
        intro: scenariosIntro(demand.scenarios.length),
        blocks: [
          ...(demand.scenarios.length > 0 ? scenarioListTables(demand.scenarios) : []),
          ...comparisonBlocks(demand.scenarios, audience),
          ...(evidence ? [evidence] : []),
        ],
      },
    ],
  };
}
