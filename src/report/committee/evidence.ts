/**
 * The committee report's live evidence, placed under "Key considerations" as seed 002 places its
 * tables: the forecast outturn by service area with its chart, the key pressures, the savings
 * tracker's summary, the MTFP and its gap by year with its chart, the measures that matter, and
 * the scrutiny recommendations tracker.
 * Every table and chart comes from the monthly report's own builders, as the input's audience sees
 * them (members: small numbers suppressed), so the figures are the monthly report's to the penny.
 */
import { mtfpPlan } from "../../domain/mtfp/plan.js";
import { planOptions } from "../demand/mtfp-demand.js";
import { measuresSection } from "../measures/measures-section.js";
import { money, percent, text } from "../monthly/columns.js";
import type { MonthlyReportInput, ReportBlock, ReportSection, ReportTable } from "../monthly/model.js";
import { forecastChartSection } from "../monthly/outturn-section.js";
import { headline, varianceRatio } from "../monthly/summary.js";
import { varianceSection } from "../monthly/variance-section.js";
import { planChart } from "../savings/mtfp-charts.js";
import { mtfpHeadline } from "../savings/mtfp-document.js";
import { needTable, planSpan, yearsTable } from "../savings/mtfp-tables.js";
import { reportTracker } from "../savings/savings-document.js";
import { savingsAtRiskSentence, unevidencedSentence } from "../savings/savings-sentence.js";
import { bragTable } from "../savings/savings-tables.js";
import { scrutinySection } from "../scrutiny/scrutiny-document.js";

/** A topic of evidence: its heading, the sentences that introduce it, and its tables and charts. */
export interface Evidence {
  id: string;
  title: string;
  sentences: string[];
  blocks: ReportBlock[];
}

/** Budget, forecast and variance by service area with the total: the seed's outturn by area. */
export function serviceAreaTable({ outturn }: MonthlyReportInput): ReportTable {
  const values = (label: string, t: { budget: number; forecast: number; variance: number }) => ({
    values: {
      area: label,
      budget: t.budget,
      forecast: t.forecast,
      variance: t.variance,
      varianceRatio: varianceRatio(t.variance, t.budget),
    },
  });
  return {
    type: "table",
    title: `Forecast outturn by service area at ${outturn.period}`,
    columns: [
      text("area", "Service area"),
      money("budget", "Budget"),
      money("forecast", "Forecast outturn"),
      money("variance", "Variance", true),
      { ...percent("varianceRatio", "Variance %"), overspend: true },
    ],
    rows: outturn.serviceAreas.map((a) => values(a.serviceArea, a)),
    total: values("Total", outturn.total),
  };
}

const charts = (section: ReportSection | null) => (section?.blocks ?? []).filter((b) => b.type === "chart");

function outturnEvidence(input: MonthlyReportInput): Evidence {
  return {
    id: "evidence-outturn",
    title: "Forecast outturn",
    sentences: [
      `${headline(input.outturn)} Variance is forecast − budget: a positive variance is an overspend.`,
    ],
    blocks: [serviceAreaTable(input), ...charts(forecastChartSection(input))],
  };
}

function pressuresEvidence(input: MonthlyReportInput): Evidence {
  const section = varianceSection(input);
  const table = section?.blocks.find((b) => b.type === "table");
  return {
    id: "evidence-pressures",
    title: "Key pressures",
    sentences: [
      "The forecast variance by what drives it, in £ million to one decimal place; a rounding line shows where the rounded figures do not add up.",
    ],
    blocks: [...(table ? [table] : []), ...charts(section)],
  };
}

function savingsEvidence(input: MonthlyReportInput): Evidence | null {
  const tracker = reportTracker(input);
  if (!tracker) return null;
  return {
    id: "evidence-savings",
    title: `Savings ${tracker.year}`,
    sentences: [savingsAtRiskSentence(tracker), unevidencedSentence(tracker)],
    blocks: [bragTable(tracker)],
  };
}

function mtfpEvidence({ registers, ssda903, outturn }: MonthlyReportInput): Evidence | null {
  if (registers.mtfpLines.length === 0 && registers.mtfpAssumptions.length === 0) return null;
  const plan = mtfpPlan(registers, planOptions(registers, ssda903, outturn.asAt));
  if (!plan || plan.years.length === 0) return null;
  return {
    id: "evidence-mtfp",
    title: `Medium term financial plan ${planSpan(plan)}`,
    sentences: [mtfpHeadline(plan)],
    blocks: [yearsTable(plan), needTable(plan), planChart(plan)],
  };
}

/** A monthly report section as it is: its intro and notes the sentences. */
function asEvidence(id: string, section: ReportSection | null): Evidence | null {
  if (!section) return null;
  const sentences = [section.intro ?? "", ...(section.notes ?? []).map((n) => n.text)].filter(Boolean);
  return { id, title: section.title, sentences, blocks: section.blocks };
}

/** Every topic the council has data for, in the order a committee reads them. */
export function committeeEvidence(input: MonthlyReportInput): Evidence[] {
  return [
    outturnEvidence(input),
    pressuresEvidence(input),
    savingsEvidence(input),
    mtfpEvidence(input),
    asEvidence("evidence-measures", measuresSection(input)),
    asEvidence("evidence-scrutiny", scrutinySection(input)),
  ].filter((e): e is Evidence => e !== null);
}
