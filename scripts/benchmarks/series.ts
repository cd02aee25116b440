/**
 * Where each benchmark series comes from in the DfE files (../shared/data/benchmarks/dfe/, columns
 * as data-guidance.txt describes them), and how its value, numerator and denominator are read from
 * one area's rows for one year.
 */
import type { BenchmarkId, BenchmarkSeries } from "../../src/domain/benchmarks/pack.js";
import { percentage } from "../../src/domain/benchmarks/rate.js";

export type CsvRow = Record<string, string>;

export interface Figures {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  /** The published value's text, to tell "z" (not applicable: the LA did not exist) from suppression. */
  published: string;
}

export interface SeriesSource extends Omit<BenchmarkSeries, "years"> {
  id: BenchmarkId;
  file: string;
  /** Keeps only the file's rows this series reads (before grouping by year and area). */
  keep?: (row: CsvRow) => boolean;
  figures: (rows: readonly CsvRow[]) => Figures | undefined;
}

/** A published number, or null for a marker: c (confidential), x (not available), z (not applicable), k, low, …. */
export function published(text: string | undefined): number | null {
  const t = (text ?? "").trim();
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : null;
}

const one = (rows: readonly CsvRow[], column: string, value: string) => rows.find((r) => r[column] === value);

/** cla_number_and_rate_per_10k_children.csv: the number, the population estimate and the rate. */
const perTenThousand = (populationCount: string) => (rows: readonly CsvRow[]) => {
  const row = one(rows, "population_count", populationCount);
  if (!row) return undefined;
  return {
    value: published(row.rate_per_10000),
    numerator: published(row.number),
    denominator: published(row.population_estimate),
    published: row.rate_per_10000 ?? "",
  };
};

/** la_cla_placement_stability.csv: one characteristic of a group, over the group's "Total children". */
const stability = (group: string, characteristic: string) => (rows: readonly CsvRow[]) => {
  const inGroup = rows.filter((r) => r.cla_group === group);
  const row = one(inGroup, "placement_stability", characteristic);
  if (!row) return undefined;
  return {
    value: published(row.percentage),
    numerator: published(row.number),
    denominator: published(one(inGroup, "placement_stability", "Total children")?.number),
    published: row.percentage ?? "",
  };
};

const NEW_PLACEMENTS = "Location of new placements during the year";
const OVER_20_MILES = [
  "Placed inside LA boundary more than 20 miles from home",
  "Placed outside LA boundary more than 20 miles from home",
];

export const SERIES_SOURCES: SeriesSource[] = [
  {
    id: "cla-rate",
    name: "Children looked after at 31 March per 10,000 children under 18",
    unit: "rate-per-10k",
    polarity: "neutral",
    definition: "children looked after at 31 March ÷ ONS mid-year estimate of children under 18 × 10,000",
    period: "at 31 March",
    file: "cla_number_and_rate_per_10k_children.csv",
    figures: perTenThousand("Children looked after at 31 March each year"),
  },
  {
    id: "cla-starters-rate",
    name: "Children starting to be looked after per 10,000 children under 18",
    unit: "rate-per-10k",
    polarity: "neutral",
    definition: "children who started to be looked after (first occasion) ÷ children under 18 × 10,000",
    period: "in the year to 31 March",
    file: "cla_number_and_rate_per_10k_children.csv",
    figures: perTenThousand("Children starting to be looked after each year"),
  },
  {
    id: "cla-ceased-rate",
    name: "Children ceasing to be looked after per 10,000 children under 18",
    unit: "rate-per-10k",
    polarity: "neutral",
    definition: "children who ceased to be looked after (last occasion) ÷ children under 18 × 10,000",
    period: "in the year to 31 March",
    file: "cla_number_and_rate_per_10k_children.csv",
    figures: perTenThousand("Children ceasing to be looked after each year"),
  },
  {
    id: "stability-3-plus",
    name: "Children looked after with 3 or more placements during the year (%)",
    unit: "percent",
    polarity: "lower-better",
    definition:
      "children looked after at 31 March with 3 or more placements in the year ÷ children looked after at 31 March",
    period: "at 31 March",
    file: "la_cla_placement_stability.csv",
    figures: stability("CLA on 31 March", "With 3 or more placements during the year"),
  },
  {
    id: "long-term-stability",
    name: "Long-term placement stability: with the same carer for at least 2 years (%)",
    unit: "percent",
    polarity: "higher-better",
    definition:
      "children under 16 looked after for at least 2.5 years living with the same carer for at least 2 years ÷ all such children",
    period: "at 31 March",
    file: "la_cla_placement_stability.csv",
    figures: stability(
      "Children looked after continuously for at least 2.5 years on 31 March aged under 16 years",
      "Living with the same carer for at least 2 years",
    ),
  },
  {
    id: "missing-share",
    name: "Children looked after who went missing during the year (%)",
    unit: "percent",
    polarity: "lower-better",
    definition: "children who had a missing incident during the year ÷ children looked after during the year",
    period: "in the year to 31 March",
    file: "la_children_who_were_missing_or_away_from_placement_without_authorisation.csv",
    figures: (rows) => {
      const row = one(rows, "CLA_group", "Percentage of children who had a missing incident during the year");
      if (!row) return undefined;
      return {
        value: published(row.number),
        numerator: published(
          one(rows, "CLA_group", "Children who had a missing incident during the year")?.number,
        ),
        denominator: published(one(rows, "CLA_group", "Children looked after during the year")?.number),
        published: row.number ?? "",
      };
    },
  },
  {
    id: "new-placements-over-20-miles",
    name: "New placements more than 20 miles from home (%)",
    unit: "percent",
    polarity: "lower-better",
    definition:
      "new placements in the year more than 20 miles from home (inside or outside the LA boundary) ÷ all new placements, rounded half up",
    period: "in the year to 31 March",
    file: "la_cla_during_year_new_placements.csv",
    keep: (row) => row.cla_group === NEW_PLACEMENTS,
    figures: (rows) => {
      const total = one(rows, "characteristic", "Total new placements");
      if (!total) return undefined;
      const parts = OVER_20_MILES.map((c) => published(one(rows, "characteristic", c)?.number));
      const numerator = parts.some((p) => p === null) ? null : parts.reduce((a, b) => (a ?? 0) + (b ?? 0), 0);
      const denominator = published(total.number);
      return {
        value: percentage(numerator, denominator),
        numerator,
        denominator,
        published: total.number ?? "",
      };
    },
  },
  {
    id: "ehcp-20-weeks",
    name: "EHC plans issued within 20 weeks, including exceptions (%)",
    unit: "percent",
    polarity: "higher-better",
    definition: "new EHC plans issued within 20 weeks of the request ÷ all new EHC plans issued (SEN2)",
    period: "in the calendar year",
    file: "ehcp_timeliness_20_week.csv",
    keep: (row) => row.breakdown_topic === "All EHC plans issued" && row.breakdown === "All EHC plans issued",
    figures: (rows) => {
      const row = rows[0];
      if (!row) return undefined;
      return {
        value: published(row.pc_plans_issued_within_20_weeks),
        numerator: published(row.plans_issued_within_20_weeks),
        denominator: published(row.plans_issued_den),
        published: row.pc_plans_issued_within_20_weeks ?? "",
      };
    },
  },
];
