/**
 * The projection's tables: children in care by placement category at the start, each 31 March and
 * the end, with the range of each; the rates that drive it; and the backtest's errors beside it.
 * Each as the audience sees it (shown-children.ts).
 */
import type { Backtest } from "../../domain/demand/backtest/backtest.js";
import { type DemandProjection, PLACEMENT_CATEGORIES, type StateName } from "../../domain/demand/model.js";
import { dayInWords } from "../../domain/demand/words.js";
import { type Audience, policyOf } from "../../domain/disclosure/audience.js";
import type { Shown } from "../../domain/disclosure/suppress.js";
import { count, number, percent, text } from "../monthly/columns.js";
import type { ReportColumn, ReportRow, ReportTable } from "../monthly/model.js";
import { bandOf, type DemandSeries, reportIndexes, reportLabel, type SeriesName } from "./demand-series.js";
import { entryInWords, stateInWords, transitionInWords, yearlyShare } from "./demand-words.js";
import { beside, shownChildren, shownCounts, wholeChildren } from "./shown-children.js";

const TOTAL = "In care";

/** The children by category at the report's days: the shown counts, and each figure's range. */
export function populationTables(series: DemandSeries, audience: Audience, prefix = ""): ReportTable[] {
  const days = reportIndexes(series.dates);
  const key = (i: number) => `d${i}`;
  const shown = shownCounts(
    audience,
    PLACEMENT_CATEGORIES.map((c) => days.map((d) => series.population[c][d] ?? 0)),
    { columnTotals: true },
  );
  const columns = (type: "count" | "text"): ReportColumn[] => [
    text("category", "Placement category"),
    ...days.map((d) => ({ key: key(d), label: reportLabel(series.dates, d, dayInWords), type })),
  ];
  const range = (name: SeriesName, d: number, count: Shown | null | undefined) => {
    if (d === 0) return "";
    const band = bandOf(series.population[name][d] ?? 0, series.variance[name][d] ?? 0);
    return beside(audience, count, `${wholeChildren(band.low)} to ${wholeChildren(band.high)}`);
  };
  const counts: ReportRow[] = PLACEMENT_CATEGORIES.map((c, i) => ({
    values: { category: c, ...Object.fromEntries(days.map((d, j) => [key(d), shown.cells[i]?.[j] ?? null])) },
  }));
  const ranges: ReportRow[] = PLACEMENT_CATEGORIES.map((c, i) => ({
    values: {
      category: c,
      ...Object.fromEntries(days.map((d, j) => [key(d), range(c, d, shown.cells[i]?.[j])])),
    },
  }));
  const totals = shown.columnTotals ?? [];
  return [
    {
      type: "table",
      title: `${prefix}Projected by placement category`,
      columns: columns("count"),
      rows: counts,
      total: {
        values: { category: TOTAL, ...Object.fromEntries(days.map((d, j) => [key(d), totals[j] ?? null])) },
      },
    },
    {
      type: "table",
      title: `${prefix}Range of the projection (±2σ)`,
      columns: columns("text"),
      rows: ranges,
      total: {
        values: {
          category: TOTAL,
          ...Object.fromEntries(days.map((d, j) => [key(d), range("Total", d, totals[j])])),
        },
      },
    },
  ];
}

/**
 * The moves between states at a rate above 0, and the entries into care, in words. A move between
 * two placements of the same state changes nothing the model projects, so it is not listed.
 */
export function ratesTables(projection: DemandProjection, audience: Audience): ReportTable[] {
  const threshold = policyOf(audience)?.max ?? 0;
  const stock = new Map(projection.states.map((s, i) => [s, projection.initial[i] ?? 0]));
  const startCount = (state: StateName) => shownChildren(audience, stock.get(state) ?? 0);
  const moves = projection.rates.transitions.filter((t) => t.rate > 0 && t.from !== t.to);
  const transitions: ReportRow[] = moves.map((t) => {
    const fromCount = startCount(t.from);
    return {
      values: {
        from: stateInWords(t.from),
        to: stateInWords(t.to),
        daily: beside(audience, fromCount, t.rate),
        yearly: beside(audience, fromCount, yearlyShare(t.rate)),
        words: beside(audience, fromCount, transitionInWords(t.from, t.to, t.rate)),
      },
    };
  });
  const entries: ReportRow[] = projection.rates.entries
    .filter((e) => e.perDay > 0)
    .map((e) => {
      const perYear = shownChildren(audience, e.perDay * 365);
      return {
        values: {
          to: stateInWords(e.to),
          perYear,
          daily: beside(audience, perYear, e.perDay),
          words: entryInWords(e.to, perYear, threshold),
        },
      };
    });
  return [
    {
      type: "table",
      title: "Moves between states",
      columns: [
        text("from", "From"),
        text("to", "To"),
        number("daily", "Rate a day", 6),
        percent("yearly", "A year"),
        text("words", "In words", true),
      ],
      rows: transitions,
    },
    {
      type: "table",
      title: "Entries into care",
      columns: [
        text("to", "Into"),
        count("perYear", "Entries a year"),
        number("daily", "Entries a day", 4),
        text("words", "In words", true),
      ],
      rows: entries,
    },
  ];
}

const METHODS = [
  ["model", "The model"],
  ["carried", "Last value carried forward"],
  ["trend", "Straight-line trend"],
] as const;

/** The backtest's errors, the model beside the two naive methods: in all, and by category for an officer. */
export function backtestTable(result: Backtest, audience: Audience, prefix = ""): ReportTable | null {
  if (!result.ok) return null;
  const c = result.comparison;
  const byCategory = audience.reader === "officer" ? PLACEMENT_CATEGORIES : [];
  return {
    type: "table",
    title: `${prefix}Backtest errors`,
    columns: [
      text("method", "Method"),
      number("mae", "Mean absolute error, in all", 1),
      percent("mape", "Mean absolute % error, in all"),
      ...byCategory.map((cat) => number(cat, `${cat}: mean absolute error`, 1)),
    ],
    rows: METHODS.flatMap(([method, label]) => {
      const r = c[method];
      if (r === null) return [];
      return [
        {
          values: {
            method: label,
            mae: r.errors.Total.mae,
            mape: r.errors.Total.mape,
            ...Object.fromEntries(byCategory.map((cat) => [cat, r.errors[cat].mae])),
          },
        },
      ];
    }),
  };
}
