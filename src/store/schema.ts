/** The tables' shapes as Kysely sees them. Every table has `la`, the council the row belongs to. */

/** A value as both dialects store it: text (incl. ISO dates and JSON), integer (incl. pence) or real. */
export type SqlValue = string | number | null;

export interface CouncilTable {
  la: string;
  name: string;
  region: string;
  /** 1 for a demonstration council, else 0 (booleans are integers in both dialects). */
  demo: number;
}

/** The tables the Store itself touches by name; council-scoped access goes through tenancy.ts. */
export interface Database {
  councils: CouncilTable;
}

/** Tables a council's rows live in, as tenancy.ts sees them: column name → value. */
export type TenantTables = Record<string, Record<string, SqlValue>>;
