/**
 * The medium term financial plan as a document (the /mtfp page, its PDF and workbook) and as a
 * section of the monthly report: the years side by side with the chart, each year's build-up,
 * savings by programme and category, the reconciliation, each scenario against the plan, then every line.
 */
import type { ScenarioLever } from "../../domain/mtfp/mtfp.js";
import { type MtfpPlan, type MtfpPlanOptions, mtfpPlan } from "../../domain/mtfp/plan.js";
import { type MtfpScenarioResult, mtfpScenario, scenarioNames } from "../../domain/mtfp/scenario.js";
import type { CouncilRegisters } from "../../domain/registers.js";
import type { Council } from "../../store/store.js";
import { demandModelNote, planOptions } from "../demand/mtfp-demand.js";
import type { MonthlyReportInput, ReportDocument, ReportSection, ReportTable } from "../monthly/model.js";
import { roundedPounds } from "../monthly/rounded-pounds.js";
import { planChart, scenarioChart } from "./mtfp-charts.js";
import {
  buildUpTable,
  linesTable,
  needTable,
  planSpan,
  reconciliationTable,
  savingsByYearTable,
  yearsTable,
} from "./mtfp-tables.js";

const LEVER_LABELS: Readonly<Record<ScenarioLever, string>> = {
  "savings-slip": "Savings slip",
  demand: "Demand",
  "pay-award": "Pay award",
  inflation: "Inflation",
};

/**
 * The plan and the scenarios asked for (all when none is named); null when the council has no MTFP.
 * `options` carries the demand model's costs when the council's projection prices the plan years.
 */
export function mtfpWithScenarios(
  registers: CouncilRegisters,
  names: readonly string[] = scenarioNames(registers),
  options: MtfpPlanOptions = {},
): { plan: MtfpPlan; scenarios: MtfpScenarioResult[] } | null {
  if (registers.mtfpLines.length === 0 && registers.mtfpAssumptions.length === 0) return null;
  const plan = mtfpPlan(registers, options);
  if (!plan || plan.years.length === 0) return null;
  return { plan, scenarios: names.map((name) => mtfpScenario(registers, plan, name)) };
}

/** "Base budget £65.1m in 2024-25 to £57.5m in 2026-27, after £10.2m of planned savings; …". */
export function mtfpHeadline(plan: MtfpPlan): string {
  const [first, last] = [plan.years[0], plan.years.at(-1)];
  if (!first || !last) return "The plan has no years yet.";
  const budget =
    first === last
      ? `Base budget ${roundedPounds(first.baseCarriedForward)} in ${first.year}`
      : `Base budget ${roundedPounds(first.baseCarriedForward)} in ${first.year} to ${roundedPounds(last.baseCarriedForward)} in ${last.year}`;
  const gap =
    last.gap === 0
      ? "every pressure is funded"
      : `the gap, pressures the budget does not fund, reaches ${roundedPounds(last.gap)} by ${last.year}`;
  return `${budget}, after ${roundedPounds(plan.totalSavings)} of planned savings; ${gap}.`;
}

/** The scenario's gap by year against the plan's, and what each lever adds. */
export function scenarioTable(plan: MtfpPlan, scenario: MtfpScenarioResult): ReportTable {
  const levers = [...new Set(scenario.levers.map((l) => l.lever.lever))];
  return {
    type: "table",
    title: `Scenario ${scenario.scenario}`,
    columns: [
      { key: "year", label: "Year", type: "text" },
      { key: "planGap", label: "Gap in the plan", type: "money" },
      { key: "gap", label: "Gap in the scenario", type: "money" },
      { key: "difference", label: "Difference", type: "money", overspend: true },
      ...levers.map((lever) => ({ key: lever, label: LEVER_LABELS[lever], type: "money" as const })),
    ],
    rows: scenario.years.map((y, i) => ({
      values: {
        year: y.year,
        planGap: plan.years[i]?.gap ?? null,
        gap: y.gap,
        difference: y.gapAgainstPlan,
        ...Object.fromEntries(levers.map((lever) => [lever, y.byLever[lever] ?? null])),
      },
    })),
  };
}

const leverIntro = (scenario: MtfpScenarioResult) =>
  scenario.levers.length === 0
    ? "The scenario has no levers."
    : `Priced as: ${scenario.levers.map((l) => l.basis).join("; ")}.`;

export function scenarioSection(plan: MtfpPlan, scenario: MtfpScenarioResult, index: number): ReportSection {
  return {
    id: `scenario-${index + 1}`,
    title: `Scenario: ${scenario.scenario}`,
    intro: leverIntro(scenario),
    blocks: [scenarioTable(plan, scenario), scenarioChart(plan, scenario)],
  };
}

function warningsSection(plan: MtfpPlan, scenarios: MtfpScenarioResult[]): ReportSection[] {
  const warnings = [
    ...plan.warnings,
    ...scenarios.flatMap((s) => s.warnings.map((w) => `${s.scenario}: ${w}`)),
  ];
  if (warnings.length === 0) return [];
  const columns = [{ key: "warning", label: "Warning", type: "text" as const, wrap: true }];
  const table: ReportTable = {
    type: "table",
    title: "MTFP data warnings",
    columns,
    rows: warnings.map((warning) => ({ values: { warning } })),
  };
  return [{ id: "mtfp-warnings", title: "MTFP data warnings", blocks: [table] }];
}

/** The whole plan, with the scenarios given (each compared with the plan). */
export function mtfpDocument(
  council: Council,
  plan: MtfpPlan,
  scenarios: MtfpScenarioResult[],
  asAt: string,
): ReportDocument & { headline: string } {
  const span = planSpan(plan);
  return {
    title: `Medium term financial plan ${span}`,
    council,
    period: span,
    asAt,
    subtitle: `Plan years ${span} from the MTFP and savings registers as they stand on ${asAt}; base year ${plan.baseYear}.`,
    headline: mtfpHeadline(plan),
    sections: [
      {
        id: "mtfp-years",
        title: "The plan by year",
        intro: mtfpHeadline(plan),
        ...demandNotes(plan),
        blocks: [yearsTable(plan), planChart(plan), needTable(plan)],
      },
      { id: "mtfp-build-up", title: "Budget build-up by year", blocks: plan.years.map(buildUpTable) },
      {
        id: "mtfp-savings",
        title: "Planned savings by programme and category",
        intro: "The savings register's targets for each plan year, so the plan and the tracker agree.",
        blocks: [savingsByYearTable(plan, "programme"), savingsByYearTable(plan, "category")],
      },
      {
        id: "mtfp-reconciliation",
        title: "Reconciliation with the budget lines",
        blocks: [reconciliationTable(plan)],
      },
      ...scenarios.map((s, i) => scenarioSection(plan, s, i)),
      {
        id: "mtfp-lines",
        title: "Pressures and mitigations by line",
        intro:
          "Entered lines as the council entered them; computed lines from the planning assumptions, each with how it was worked out. A mitigation is shown as what it takes off.",
        blocks: [linesTable(plan)],
      },
      ...warningsSection(plan, scenarios),
    ],
  };
}

/** Where the demand model prices demand on placements, a note saying so and on what. */
function demandNotes(plan: MtfpPlan): { notes?: { text: string }[] } {
  const note = demandModelNote(plan);
  return note ? { notes: [{ text: note }] } : {};
}

/**
 * The monthly report's MTFP section: the years, the chart, savings by programme and every scenario's
 * gap; demand on placements from the council's projection at the report's date where it covers the plan.
 */
export function mtfpSection({ registers, ssda903, outturn }: MonthlyReportInput): ReportSection | null {
  const mtfp = mtfpWithScenarios(
    registers,
    scenarioNames(registers),
    planOptions(registers, ssda903, outturn.asAt),
  );
  if (!mtfp) return null;
  const { plan, scenarios } = mtfp;
  return {
    id: "mtfp",
    title: `Medium term financial plan ${planSpan(plan)}`,
    intro: mtfpHeadline(plan),
    ...demandNotes(plan),
    blocks: [
      yearsTable(plan),
      planChart(plan),
      savingsByYearTable(plan, "programme"),
      ...scenarios.map((s) => scenarioTable(plan, s)),
    ],
  };
}
