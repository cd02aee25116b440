/**
 * The SSDA903 return's tables as the DfE lays them out: each table's CSV file and columns, and which
 * columns are dates. A return is one collection year's tables, row by row, as text, with where each
 * row came from, so that every validation error can name the file and row.
 */

export const SSDA903_TABLES = [
  "header",
  "episodes",
  "uasc",
  "reviews",
  "ad1",
  "placed-adoption",
  "prev-perm",
  "missing",
  "oc2",
  "oc3",
  "sw-episodes",
] as const;
export type Ssda903Table = (typeof SSDA903_TABLES)[number];

export interface TableLayout {
  /** The file name in a collection year's folder, e.g. "episodes.csv". */
  file: string;
  columns: readonly string[];
  /** Columns holding dd/mm/yyyy dates in the CSV layout (ISO in the store). */
  dates: readonly string[];
  /** Whether a return must have this table. */
  required: boolean;
}

/** OC2's outcome items: a conviction, health checks and interventions, each a 0/1 flag. */
export const OC2_ITEMS: readonly string[] = [
  "CONVICTED",
  "HEALTH_CHECK",
  "IMMUNISATIONS",
  "TEETH_CHECK",
  "HEALTH_ASSESSMENT",
  "SUBSTANCE_MISUSE",
  "INTERVENTION_RECEIVED",
  "INTERVENTION_OFFERED",
];
/** OC3's care leaver items: in touch, activity and accommodation. */
export const OC3_ITEMS: readonly string[] = ["IN_TOUCH", "ACTIV", "ACCOM"];

export const SSDA903_LAYOUTS: Readonly<Record<Ssda903Table, TableLayout>> = {
  header: {
    file: "header.csv",
    columns: ["CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"],
    dates: ["DOB", "MC_DOB"],
    required: true,
  },
  episodes: {
    file: "episodes.csv",
    columns: [
      "CHILD",
      "DECOM",
      "RNE",
      "LS",
      "CIN",
      "PLACE",
      "PLACE_PROVIDER",
      "DEC",
      "REC",
      "REASON_PLACE_CHANGE",
      "HOME_POST",
      "PL_POST",
      "URN",
    ],
    dates: ["DECOM", "DEC"],
    required: true,
  },
  uasc: { file: "uasc.csv", columns: ["CHILD", "SEX", "DOB", "DUC"], dates: ["DOB", "DUC"], required: false },
  reviews: {
    file: "reviews.csv",
    columns: ["CHILD", "DOB", "REVIEW", "REVIEW_CODE"],
    dates: ["DOB", "REVIEW"],
    required: false,
  },
  ad1: {
    file: "ad1.csv",
    columns: [
      "CHILD",
      "DOB",
      "DATE_INT",
      "DATE_MATCH",
      "FOSTER_CARE",
      "NB_ADOPTR",
      "SEX_ADOPTR",
      "LS_ADOPTR",
    ],
    dates: ["DOB", "DATE_INT", "DATE_MATCH"],
    required: false,
  },
  "placed-adoption": {
    file: "placed_adoption.csv",
    columns: ["CHILD", "DOB", "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"],
    dates: ["DOB", "DATE_PLACED", "DATE_PLACED_CEASED"],
    required: false,
  },
  "prev-perm": {
    file: "prevperm.csv",
    columns: ["CHILD", "DOB", "PREV_PERM", "LA_PERM", "DATE_PERM"],
    dates: ["DOB"],
    required: false,
  },
  missing: {
    file: "missing.csv",
    columns: ["CHILD", "DOB", "MISSING", "MIS_START", "MIS_END"],
    dates: ["DOB", "MIS_START", "MIS_END"],
    required: false,
  },
  oc2: {
    file: "oc2.csv",
    columns: ["CHILD", "DOB", "SDQ_SCORE", "SDQ_REASON", ...OC2_ITEMS],
    dates: ["DOB"],
    required: false,
  },
  oc3: {
    file: "oc3.csv",
    columns: ["CHILD", "DOB", ...OC3_ITEMS],
    dates: ["DOB"],
    required: false,
  },
  "sw-episodes": {
    file: "social_worker.csv",
    columns: ["CHILD", "DOB", "SW_ID", "SW_DECOM", "SW_DEC", "SW_REASON"],
    dates: ["DOB", "SW_DECOM", "SW_DEC"],
    required: false,
  },
};

/** One row of a table: each column's value as text ("" when blank; a date as ISO when it reads as one, else as written). */
export interface Ssda903Row {
  /** The file it came from, e.g. "2024/episodes.csv" or "return.xml". */
  file: string;
  /** The row's line in the file (the header line is 1), or its position among the XML's elements. */
  row: number;
  values: Readonly<Record<string, string>>;
}

/** One collection year's return: the year ending 31 March, e.g. 2024 for 2023-24. */
export interface Ssda903Return {
  year: number;
  tables: Readonly<Record<Ssda903Table, readonly Ssda903Row[]>>;
}

/** The start and end (31 March) of a collection year. */
export function collectionYearSpan(year: number): { start: string; end: string } {
  return { start: `${year - 1}-04-01`, end: `${year}-03-31` };
}
