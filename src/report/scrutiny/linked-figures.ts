/**
 * The figures a scrutiny item concerns, as they stand now: each linked measure's latest value,
 * target, RAG and benchmarks; each linked saving's target, forecast, delivered, BRAG and evidence;
 * each linked budget line's budget, forecast outturn and variance. Built from the same tables as the
 * measures page, the savings tracker and the monthly report, so the rows and their drill-down links
 * are theirs; the measures and the tracker come already as the reader's audience sees them.
 */
import type { ForecastOutturn } from "../../domain/outturn/forecast.js";
import type { SavingsTracker } from "../../domain/savings/tracker.js";
import type { ScrutinyLink } from "../../domain/scrutiny/model.js";
import type { MeasureBenchmarks } from "../measures/measure-benchmarks.js";
import { measuresTable } from "../measures/measures-document.js";
import type { ShownReport } from "../measures/member-view.js";
import type { DrillTarget, ReportSection, ReportTable } from "../monthly/model.js";
import { outturnTable } from "../monthly/outturn-section.js";
import { savingsTable } from "../savings/savings-tables.js";

/** What the figures are read from; each is given only when the item links to its kind. */
export interface LiveFigures {
  /** e.g. "2024-25:P7" */
  period: string;
  measures?: { view: ShownReport; benchmarks: MeasureBenchmarks | null };
  tracker?: SavingsTracker | null;
  outturn?: ForecastOutturn;
}

const targetsOf = (links: readonly ScrutinyLink[], kind: ScrutinyLink["kind"]) =>
  links.filter((l) => l.kind === kind).map((l) => l.target);

function measureTable(ids: string[], live: LiveFigures): ReportTable | null {
  if (ids.length === 0 || !live.measures) return null;
  const { view, benchmarks } = live.measures;
  const shown = { ...view, measures: view.measures.filter((m) => ids.includes(m.definition.id)) };
  return { ...measuresTable(shown, benchmarks), title: "Measures it concerns" };
}

function savingTable(refs: string[], live: LiveFigures): ReportTable | null {
  if (refs.length === 0 || !live.tracker) return null;
  const tracker = live.tracker;
  const shown = { ...tracker, savings: tracker.savings.filter((s) => refs.includes(s.saving.ref)) };
  const { total: _, ...table } = savingsTable(shown);
  return { ...table, title: `Savings it concerns ${tracker.year}` };
}

function lineTable(costCentres: string[], live: LiveFigures): ReportTable | null {
  if (costCentres.length === 0 || !live.outturn) return null;
  const all = outturnTable(live.outturn);
  const rows = all.rows.filter((r) => !r.subtotal && costCentres.includes(String(r.values.costCentre ?? "")));
  return { ...all, title: "Budget lines it concerns", rows, total: undefined };
}

/** The measure id, saving ref or cost centre a row leads to. */
function drillKey(drill: DrillTarget | undefined): string {
  if (drill?.kind === "measure") return drill.id;
  if (drill?.kind === "saving") return drill.ref;
  if (drill?.kind === "line") return drill.costCentre;
  return "";
}

/** A sentence for each linked figure the period's figures do not hold (a saving with no target this year, say). */
function missing(links: readonly ScrutinyLink[], tables: (ReportTable | null)[]): string[] {
  const shown = new Set(tables.flatMap((t) => (t?.rows ?? []).map((r) => drillKey(r.drill))));
  const words = { measure: "Measure", saving: "Saving", line: "Budget line" } as const;
  return links
    .filter((l) => !shown.has(l.target))
    .map((l) => `${words[l.kind]} "${l.target}" has no figure at this period.`);
}

/** The section of an item's page that shows what it concerns, or a sentence when it links to nothing. */
export function linkedFiguresSection(links: readonly ScrutinyLink[], live: LiveFigures): ReportSection {
  const tables = [
    measureTable(targetsOf(links, "measure"), live),
    savingTable(targetsOf(links, "saving"), live),
    lineTable(targetsOf(links, "line"), live),
  ];
  const policy = live.measures?.view.policy;
  const suppressed = policy
    ? [
        {
          text: `Counts of children from ${policy.min} to ${policy.max} are not shown (${policy.marker}), nor any share, RAG rating or direction made from them.`,
        },
      ]
    : live.measures
      ? [
          {
            text: "Officer view: small numbers are shown. Do not share this view with members or the public.",
            alert: true,
          },
        ]
      : [];
  const notes = [...suppressed, ...missing(links, tables).map((text) => ({ text, alert: true }))];
  return {
    id: "figures",
    title: "The figures it concerns",
    intro:
      links.length === 0
        ? "This item is not linked to any measure, saving or budget line yet."
        : `As they stand at ${live.period}; each row leads to the figure's own page.`,
    notes,
    blocks: tables.filter((t): t is ReportTable => t !== null),
  };
}
